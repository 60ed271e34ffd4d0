import type { OrderRecord } from '../model/order-record';
import { buyerKeyFor } from '../model/order-record';
import { sendDecision, type SendDecision } from '../tracker/send-policy';
import { isKnownTimeZone } from '../tracker/zoned-time';
import { isBuyerPaused } from './buyer-pause';
import type { SettleDb } from './schema';
import { sendHistory, unresolvedSendOf } from './sends';
import { scheduleFor, type ChaseSettings } from './settings';

/**
 * Reads what the send policy (lib/tracker/send-policy.ts) judges a send on — the buyer's pause,
 * the sends so far, whether this send's id already started — and asks it. Every surface calls
 * this before it acts. `sendId`: the id the click carries, when there is one.
 */
export async function decideSend(
  db: SettleDb,
  order: OrderRecord,
  settings: ChaseSettings,
  now: string,
  sendId?: string,
): Promise<SendDecision> {
  const [buyerPaused, history, unresolved, started] = await Promise.all([
    isBuyerPaused(db, buyerKeyFor(order)),
    sendHistory(db, now, settings.timeZone),
    unresolvedSendOf(db, order),
    sendId ? db.sends.get(sendId) : undefined,
  ]);
  const schedule = scheduleFor(settings, order.marketplace);
  return sendDecision({
    order,
    buyerPaused,
    history,
    ...(unresolved && { unresolved: { startedAt: unresolved.startedAt, channel: unresolved.channel } }),
    inFlight: !!started,
    dailyCap: schedule.dailyCap,
    timeZone: settings.timeZone,
    quietHours: schedule.quietHours,
    buyerTimeZone:
      order.buyer.timeZone && isKnownTimeZone(order.buyer.timeZone) ? order.buyer.timeZone : settings.timeZone,
    now,
  });
}
