import Dexie from 'dexie';
import type { ContactChannel, SentMessage } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { Tone } from '../model/tone';
import { buyerId, type SendHistory } from '../tracker/due-limits';
import { addLocalDays, instantOf, wallTimeAt } from '../tracker/zoned-time';
import { appendEvents } from './append-events';
import { chaseTables, recordChase } from './chase';
import type { SettleDb } from './schema';

/** One attempt to send a reminder, from the click to the outcome. Keyed by the id the panel made, so a double click sends once. */
export interface SendRecord {
  sendId: string;
  marketplace: MarketplaceId;
  orderId: string;
  buyerKey: string;
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

/** The shop a daily cap counts against. */
export const shopOf = (order: { marketplace: MarketplaceId; shop?: string }) => order.shop ?? order.marketplace;

/**
 * Records that a send is starting. Returns false when this sendId was already started: the
 * second click of a double click does nothing.
 */
export async function beginSend(db: SettleDb, send: Omit<SendRecord, 'status'>): Promise<boolean> {
  return db.transaction('rw', db.sends, async () => {
    if (await db.sends.get(send.sendId)) return false;
    await db.sends.add({ ...send, status: 'pending' });
    return true;
  });
}

/**
 * The outcome of a send. A success becomes a `reminder_sent` step with the words that went out;
 * a failure is logged on the timeline and not counted. Finishing twice changes nothing.
 */
export async function finishSend(db: SettleDb, sendId: string, outcome: { ok: true } | { ok: false; error: string }, now: string) {
  return db.transaction('rw', [db.sends, ...chaseTables(db)], async () => {
    const send = await db.sends.get(sendId);
    if (!send || send.status !== 'pending') return { ok: false as const, error: 'This send is already finished.' };
    const key: [MarketplaceId, string] = [send.marketplace, send.orderId];
    if (outcome.ok) {
      const message: SentMessage = { channel: send.channel, text: send.text, ...(send.subject && { subject: send.subject }), ...(send.recipient && { recipient: send.recipient }) };
      const result = await recordChase(db, key, { type: 'reminder_sent', tone: send.tone }, { now, url: send.url, message });
      // Refused (the order closed meanwhile): keep the failure on record rather than a phantom reminder.
      if (!result.ok) return fail(db, send, result.error, now);
      await db.sends.put({ ...send, status: 'sent', finishedAt: now });
      return result;
    }
    return fail(db, send, outcome.error, now);
  });
}

async function fail(db: SettleDb, send: SendRecord, error: string, now: string) {
  await db.sends.put({ ...send, status: 'failed', finishedAt: now, error });
  await appendEvents(db, [{ marketplace: send.marketplace, orderId: send.orderId, at: now, url: send.url, data: { type: 'reminder_failed', tone: send.tone, channel: send.channel, error } }]);
  return { ok: false as const, error };
}

/** Start of the seller's local day containing `now`, as an ISO instant. */
export function startOfLocalDay(now: string, timeZone: string): string {
  const wall = wallTimeAt(Date.parse(now), timeZone);
  return new Date(instantOf({ ...addLocalDays(wall, 0, false), hour: 0, minute: 0, second: 0 }, timeZone)).toISOString();
}

/** What the limits across orders need: reminders sent today per shop, and each buyer's latest. */
export async function sendHistory(db: SettleDb, now: string, timeZone: string): Promise<SendHistory> {
  const dayStart = startOfLocalDay(now, timeZone);
  const since = new Date(Math.min(Date.parse(dayStart), Date.parse(now) - 86_400_000)).toISOString();
  const recent = await db.sends.where('startedAt').between(since, Dexie.maxKey).toArray();
  const history: SendHistory = { sentTodayByShop: {}, lastSentByBuyer: {} };
  for (const s of recent) {
    if (s.status !== 'sent') continue;
    if (s.startedAt >= dayStart) history.sentTodayByShop[s.shop] = (history.sentTodayByShop[s.shop] ?? 0) + 1;
    const id = buyerId(s);
    if ((history.lastSentByBuyer[id] ?? '') < (s.finishedAt ?? s.startedAt)) history.lastSentByBuyer[id] = s.finishedAt ?? s.startedAt;
  }
  return history;
}
