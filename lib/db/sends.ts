import Dexie from 'dexie';
import type { ContactChannel, SentMessage } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { buyerKeyFor, orderKeyOf, orderKeyText, type OrderRecord } from '../model/order-record';
import type { Tone } from '../model/tone';
import { buyerId, type SendHistory } from '../tracker/due-limits';
import { startOfLocalDay } from '../tracker/zoned-time';
import { appendEvents } from './append-events';
import { chaseTables, recordChase } from './chase';
import { orStorageFull } from './storage-full';
import type { SettleDb } from './schema';

/** One attempt to send a reminder, from the click to the outcome. Keyed by the id the panel made, so a double click sends once. */
export interface SendRecord {
  sendId: string;
  marketplace: MarketplaceId;
  orderId: string;
  buyerKey: string;
  /** The order's shop (lib/model/shop.ts): part of the order's key, and what the daily cap counts. */
  shop: string;
  tone: Tone;
  channel: ContactChannel;
  subject?: string;
  text: string;
  recipient?: string;
  url: string;
  startedAt: string;
  status: 'pending' | 'sent' | 'failed';
  finishedAt?: string;
  error?: string;
}

/**
 * Records that a send is starting. Returns false when this sendId was already started: the
 * second click of a double click does nothing. Throws StorageFullError when the disk is full.
 */
export async function beginSend(db: SettleDb, send: Omit<SendRecord, 'status'>): Promise<boolean> {
  return orStorageFull(() =>
    db.transaction('rw', db.sends, async () => {
      if (await db.sends.get(send.sendId)) return false;
      await db.sends.add({ ...send, status: 'pending' });
      return true;
    }),
  );
}

export type FinishResult = { ok: true; order?: OrderRecord } | { ok: false; error: string };

/**
 * The outcome of a send. A success becomes a `reminder_sent` step with the words that went out —
 * or, when the chase cannot take it (the order closed, a case opened or chasing paused meanwhile),
 * a `reminder_sent_outside_chase` event with them: a send the console confirmed is never logged as
 * failed. A failure is logged on the timeline and not counted. A sent send stays sent: finishing it
 * again, or reporting it failed later, changes nothing and answers ok. A failed send becomes sent
 * when the console confirms it after all. All of it commits together, or nothing does (a full disk
 * throws StorageFullError and the send stays as it was).
 */
export async function finishSend(
  db: SettleDb,
  sendId: string,
  outcome: { ok: true } | { ok: false; error: string },
  now: string,
): Promise<FinishResult> {
  return orStorageFull(() =>
    db.transaction('rw', [db.sends, ...chaseTables(db)], async (): Promise<FinishResult> => {
      const send = await db.sends.get(sendId);
      if (!send) return { ok: false, error: 'There is no record of this send.' };
      if (send.status === 'sent') return { ok: true };
      if (outcome.ok) return recordSent(db, send, now);
      if (send.status === 'failed') return { ok: false, error: send.error ?? outcome.error };
      return recordFailed(db, send, outcome.error, now);
    }),
  );
}

async function recordSent(db: SettleDb, send: SendRecord, now: string): Promise<FinishResult> {
  const key = orderKeyOf(send);
  const message: SentMessage = {
    channel: send.channel,
    text: send.text,
    ...(send.subject && { subject: send.subject }),
    ...(send.recipient && { recipient: send.recipient }),
  };
  const { error: _failedBefore, ...rest } = send;
  const result = await recordChase(
    db,
    key,
    { type: 'reminder_sent', tone: send.tone },
    { now, url: send.url, message },
  );
  let order = result.ok ? result.order : await db.orders.get(key);
  if (!result.ok && order) {
    // It went out all the same: on the timeline with its words, the stage unmoved, the buyer reminded.
    order = { ...order, lastActivityAt: now };
    await db.orders.put(order);
    await appendEvents(db, [
      {
        marketplace: send.marketplace,
        shop: send.shop,
        orderId: send.orderId,
        at: now,
        url: send.url,
        data: {
          type: 'reminder_sent_outside_chase',
          tone: send.tone,
          stage: order.chase.stage,
          paused: order.chase.paused,
          message,
        },
      },
    ]);
    const buyer = await db.buyers.get(buyerKeyFor(order));
    if (buyer) await db.buyers.put({ ...buyer, lastReminderAt: now });
  }
  await db.sends.put({ ...rest, status: 'sent', finishedAt: now });
  return { ok: true, ...(order && { order }) };
}

async function recordFailed(db: SettleDb, send: SendRecord, error: string, now: string): Promise<FinishResult> {
  await db.sends.put({ ...send, status: 'failed', finishedAt: now, error });
  await appendEvents(db, [
    {
      marketplace: send.marketplace,
      shop: send.shop,
      orderId: send.orderId,
      at: now,
      url: send.url,
      data: { type: 'reminder_failed', tone: send.tone, channel: send.channel, error },
    },
  ]);
  return { ok: false, error };
}

/** The longest local day: 24 hours and the hour a change to summer or winter time adds. */
const LONGEST_DAY_MS = 25 * 3_600_000;

/** The sends the limits across orders look at, as read: `recentSends`. */
export interface RecentSends {
  recent: SendRecord[];
  unresolved: SendRecord[];
}

/**
 * The sends the limits across orders look at, read before the seller's time zone is known (so in
 * the same round as it): those started in the last 25 hours, which holds today's wherever today
 * began, and those never settled.
 */
export async function recentSends(db: SettleDb, now: string): Promise<RecentSends> {
  const [recent, unresolved] = await Promise.all([
    db.sends
      .where('startedAt')
      .between(new Date(Date.parse(now) - LONGEST_DAY_MS).toISOString(), Dexie.maxKey)
      .toArray(),
    db.sends.where('status').equals('pending').toArray(),
  ]);
  return { recent, unresolved };
}

/**
 * What the limits across orders need: reminders sent today per shop, each buyer's latest (within
 * the last day), and the orders with a send never confirmed. A send not known to have failed
 * (pending) counts as sent, from when it started: it may have gone out.
 */
export function historyOf({ recent, unresolved }: RecentSends, now: string, timeZone: string): SendHistory {
  const dayStart = startOfLocalDay(now, timeZone);
  const since = new Date(Math.min(Date.parse(dayStart), Date.parse(now) - 86_400_000)).toISOString();
  const unresolvedByOrder: Record<string, string> = {};
  const history: SendHistory = { sentTodayByShop: {}, lastSentByBuyer: {}, unresolvedByOrder };
  for (const s of recent) {
    if (s.status === 'failed' || s.startedAt < since) continue;
    if (s.startedAt >= dayStart) history.sentTodayByShop[s.shop] = (history.sentTodayByShop[s.shop] ?? 0) + 1;
    const id = buyerId(s);
    const at = s.status === 'sent' ? (s.finishedAt ?? s.startedAt) : s.startedAt;
    if ((history.lastSentByBuyer[id] ?? '') < at) history.lastSentByBuyer[id] = at;
  }
  for (const s of unresolved) {
    const key = orderKeyText(s);
    if ((unresolvedByOrder[key] ?? '') < s.startedAt) unresolvedByOrder[key] = s.startedAt;
  }
  return history;
}

/** `historyOf` the sends read now. */
export async function sendHistory(db: SettleDb, now: string, timeZone: string): Promise<SendHistory> {
  return historyOf(await recentSends(db, now), now, timeZone);
}

type OrderRef = { marketplace: MarketplaceId; shop: string; orderId: string };

/** The order's sends, oldest first. */
async function sendsOf(db: SettleDb, order: OrderRef): Promise<SendRecord[]> {
  const sends = await db.sends.where('[marketplace+shop+orderId]').equals(orderKeyOf(order)).toArray();
  return sends.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** The order's latest send never confirmed (pending), or undefined. */
export async function unresolvedSendOf(db: SettleDb, order: OrderRef): Promise<SendRecord | undefined> {
  return (await sendsOf(db, order)).filter((s) => s.status === 'pending').at(-1);
}

/** The order's latest send, whatever became of it, or undefined. */
export async function latestSendOf(db: SettleDb, order: OrderRef): Promise<SendRecord | undefined> {
  return (await sendsOf(db, order)).at(-1);
}
