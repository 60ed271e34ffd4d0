import type { ContactChannel } from '../model/events';
import type { OrderRecord } from '../model/order-record';
import { sendBlockedBy, type HoldReason } from '../tracker/due-limits';
import type { SettleDb } from './schema';
import { sendHistory, startOfLocalDay, unresolvedSendOf } from './sends';
import { scheduleFor, type ChaseSettings } from './settings';

export interface SendBlock {
  reason: HoldReason;
  /**
   * When sending is possible again: 24 hours after the buyer's last reminder, or the seller's next
   * day. For `send-unresolved` no time is known (it holds until that send is settled): the send's start.
   */
  until: string;
  /** `send-unresolved` only: when the unconfirmed send started, and how it was sent. */
  startedAt?: string;
  channel?: ContactChannel;
}

/**
 * Why a reminder for this order may not go out now, or null: a send of this order never confirmed
 * (it may have gone out), one per buyer per day, the shop's daily cap.
 */
export async function sendBlockFor(db: SettleDb, order: OrderRecord, settings: ChaseSettings, now: string): Promise<SendBlock | null> {
  const unresolved = await unresolvedSendOf(db, order);
  if (unresolved) return { reason: 'send-unresolved', until: unresolved.startedAt, startedAt: unresolved.startedAt, channel: unresolved.channel };
  const history = await sendHistory(db, now, settings.timeZone);
  const blocked = sendBlockedBy({ marketplace: order.marketplace, orderId: order.orderId, buyerKey: order.buyerKey, shop: order.shop }, history, scheduleFor(settings, order.marketplace).dailyCap, now);
  if (!blocked) return null;
  // The next local midnight: today's start plus a day and some, back to that day's start (DST-proof).
  const tomorrow = startOfLocalDay(new Date(Date.parse(startOfLocalDay(now, settings.timeZone)) + 30 * 3_600_000).toISOString(), settings.timeZone);
  return { reason: blocked.reason, until: blocked.until ?? tomorrow };
}
