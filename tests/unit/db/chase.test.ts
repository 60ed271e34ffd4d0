import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots, StorageFullError } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { beginSend, finishSend, sendHistory, type SendRecord } from '@/lib/db/sends';
import { startOfLocalDay } from '@/lib/tracker/zoned-time';
import { listDue, nextDueAfter } from '@/lib/db/due';
import { defaultChaseSettings, defaultSchedule, getChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { checkEventLog, getOrderEvents, getTotals } from '@/lib/db/queries';
import { totalsOf } from '@/lib/db/totals';
import { setBuyerPaused } from '@/lib/db/buyer-pause';
import { decideSend } from '@/lib/db/send-decision';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
const T0 = '2026-11-19T14:05:22.000Z';
const KEY: ['woocommerce', 'http://shop.test', string] = ['woocommerce', 'http://shop.test', '1042'];
const ctx = (now: string) => ({ now, url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042' });

beforeEach(async () => {
  db = new SettleDb(`settle-chase-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
  await ingestSnapshots(db, [createSnapshot({ placedAt: T0 })], T0);
});
afterEach(async () => {
  await db.delete();
});

function send(sendId: string, overrides: Partial<SendRecord> = {}): Omit<SendRecord, 'status'> {
  return {
    sendId,
    marketplace: 'woocommerce',
    orderId: '1042',
    buyerKey: 'jane doe',
    shop: 'http://shop.test',
    tone: 'friendly',
    channel: 'console-form',
    text: 'Please pay $1,238.80',
    url: ctx(T0).url,
    startedAt: '2026-11-20T15:00:00.000Z',
    ...overrides,
  };
}

describe('chase steps in the database', () => {
  it('plans the first reminder when an order is first read', async () => {
    expect((await db.orders.get(KEY))?.nextDueAt).toBe('2026-11-20T14:05:22.000Z');
    expect(await nextDueAfter(db, T0)).toBe('2026-11-20T14:05:22.000Z');
  });

  it('a part payment lowers what is due, in the order and in the totals, and keeps chasing', async () => {
    const r = await recordChase(db, KEY, { type: 'payment_recorded', amount: 23880 }, ctx('2026-11-21T10:00:00.000Z'));
    expect(r).toMatchObject({
      ok: true,
      order: { open: 1, amountDue: { amount: 100000 }, chase: { stage: 'partially_paid', paid: 23880 } },
    });
    expect(await getTotals(db)).toMatchObject({ openCount: 1, openDueByCurrency: { USD: 100000 } });
    expect((await db.orders.get(KEY))?.nextDueAt).toBeDefined();
    const events = await getOrderEvents(db, KEY);
    expect(events.at(-1)?.data).toEqual({
      type: 'chase',
      change: { type: 'payment_recorded', amount: 23880 },
      from: 'unpaid',
      to: 'partially_paid',
    });
  });

  it('payment in full closes the order: off the totals, no reminder planned, chain intact', async () => {
    await recordChase(db, KEY, { type: 'payment_recorded', amount: 23880 }, ctx('2026-11-21T10:00:00.000Z'));
    const r = await recordChase(db, KEY, { type: 'payment_recorded', amount: 100000 }, ctx('2026-11-22T10:00:00.000Z'));
    expect(r).toMatchObject({ ok: true, order: { open: 0, chase: { stage: 'paid' } } });
    expect((await db.orders.get(KEY))?.nextDueAt).toBeUndefined();
    expect(await getTotals(db)).toEqual(totalsOf(await db.orders.toArray()));
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({ openCount: 0 });
    expect(await checkEventLog(db)).toMatchObject({ ok: true, length: 3 });
  });

  it('refuses an impossible step and writes nothing', async () => {
    const before = await db.events.count();
    const r = await recordChase(db, KEY, { type: 'extension_lapsed' }, ctx(T0));
    expect(r).toEqual({ ok: false, code: 'no_extension', error: expect.stringContaining('there is no extension') });
    expect(await db.events.count()).toBe(before);
  });

  it('a settlement for less and a write-off keep recovered and given-up money apart', async () => {
    const settled = await recordChase(
      db,
      KEY,
      { type: 'settled', amount: 100000, reason: 'Agreed discount for the late delivery' },
      ctx('2026-11-21T10:00:00.000Z'),
    );
    expect(settled).toMatchObject({
      ok: true,
      order: { open: 0, chase: { stage: 'settled', paid: 100000, waived: 23880 } },
    });
    await ingestSnapshots(db, [createSnapshot({ orderId: '7', placedAt: T0 })], T0);
    const off = await recordChase(
      db,
      ['woocommerce', 'http://shop.test', '7'],
      { type: 'written_off', reason: 'Buyer unreachable' },
      ctx('2026-11-21T10:00:00.000Z'),
    );
    expect(off).toMatchObject({ ok: true, order: { open: 0, chase: { stage: 'written_off', writtenOff: 123880 } } });
    expect(await getTotals(db)).toMatchObject({ openCount: 0 });
  });

  it('a paused order plans nothing until it is resumed', async () => {
    await recordChase(db, KEY, { type: 'paused' }, ctx(T0));
    expect((await db.orders.get(KEY))?.nextDueAt).toBeUndefined();
    await recordChase(db, KEY, { type: 'resumed' }, ctx(T0));
    expect((await db.orders.get(KEY))?.nextDueAt).toBe('2026-11-20T14:05:22.000Z');
  });
});

describe('sending a reminder', () => {
  it('sends once on a double click and counts the reminder with its words', async () => {
    expect(await beginSend(db, send('s1'))).toBe(true);
    expect(await beginSend(db, send('s1'))).toBe(false);
    const r = await finishSend(db, 's1', { ok: true }, '2026-11-20T15:00:05.000Z');
    expect(r).toMatchObject({
      ok: true,
      order: { chase: { stage: 'reminded', remindersSent: 1, lastTone: 'friendly' } },
    });
    // Finishing again changes nothing: it went out once.
    expect(await finishSend(db, 's1', { ok: true }, '2026-11-20T15:00:06.000Z')).toMatchObject({ ok: true });
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(1);
    const last = (await getOrderEvents(db, KEY)).at(-1);
    expect(last?.data).toMatchObject({
      type: 'chase',
      message: { channel: 'console-form', text: 'Please pay $1,238.80' },
    });
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({
      lastReminderAt: '2026-11-20T15:00:05.000Z',
    });
    // The next rung (firm, day 3) waits for its day.
    expect((await db.orders.get(KEY))?.nextDueAt).toBe('2026-11-22T14:05:22.000Z');
  });

  it('logs a failed send on the timeline without counting it', async () => {
    await beginSend(db, send('s2'));
    expect(
      await finishSend(db, 's2', { ok: false, error: 'The note box was not found' }, '2026-11-20T15:00:05.000Z'),
    ).toEqual({ ok: false, error: 'The note box was not found' });
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(0);
    expect((await getOrderEvents(db, KEY)).at(-1)?.data).toEqual({
      type: 'reminder_failed',
      tone: 'friendly',
      channel: 'console-form',
      error: 'The note box was not found',
    });
    expect((await db.sends.get('s2'))?.status).toBe('failed');
  });

  it('records a reminder the page confirmed after the order closed as sent, with its words, without moving the chase', async () => {
    await beginSend(db, send('s3'));
    await ingestSnapshots(
      db,
      [createSnapshot({ placedAt: T0, status: 'paid', statusText: 'Processing' })],
      '2026-11-20T15:00:01.000Z',
    );
    expect(await finishSend(db, 's3', { ok: true }, '2026-11-20T15:00:05.000Z')).toMatchObject({ ok: true });
    expect(await db.sends.get('s3')).toMatchObject({ status: 'sent', finishedAt: '2026-11-20T15:00:05.000Z' });
    expect((await db.orders.get(KEY))?.chase).toMatchObject({ stage: 'paid', remindersSent: 0 });
    const last = (await getOrderEvents(db, KEY)).at(-1);
    expect(last?.data).toEqual({
      type: 'reminder_sent_outside_chase',
      tone: 'friendly',
      stage: 'paid',
      paused: false,
      message: { channel: 'console-form', text: 'Please pay $1,238.80' },
    });
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({
      lastReminderAt: '2026-11-20T15:00:05.000Z',
    });
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
  });

  it('never turns a sent reminder into a failure: a later failure report changes nothing', async () => {
    await beginSend(db, send('s4'));
    await finishSend(db, 's4', { ok: true }, '2026-11-20T15:00:05.000Z');
    const events = await db.events.count();
    expect(
      await finishSend(db, 's4', { ok: false, error: 'The note did not appear' }, '2026-11-20T15:00:30.000Z'),
    ).toMatchObject({ ok: true });
    expect(await db.sends.get('s4')).toMatchObject({ status: 'sent', finishedAt: '2026-11-20T15:00:05.000Z' });
    expect(await db.sends.get('s4')).not.toHaveProperty('error');
    expect(await db.events.count()).toBe(events);
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(1);
  });

  it('writes nothing when the disk is full while finishing, and keeps the send pending', async () => {
    await beginSend(db, send('s5'));
    const before = {
      orders: await db.orders.toArray(),
      events: await db.events.toArray(),
      chains: await db.chains.toArray(),
      buyers: await db.buyers.toArray(),
      summary: await db.summary.toArray(),
    };
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.sends, 'put').mockRejectedValueOnce(quota);
    await expect(finishSend(db, 's5', { ok: true }, '2026-11-20T15:00:05.000Z')).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect({
      orders: await db.orders.toArray(),
      events: await db.events.toArray(),
      chains: await db.chains.toArray(),
      buyers: await db.buyers.toArray(),
      summary: await db.summary.toArray(),
    }).toEqual(before);
    expect((await db.sends.get('s5'))?.status).toBe('pending');
    // Once there is room again, the same outcome goes through.
    expect(await finishSend(db, 's5', { ok: true }, '2026-11-20T15:00:06.000Z')).toMatchObject({ ok: true });
  });

  it("counts a pending send against the buyer's 24 hours and the shop's daily cap, from when it started", async () => {
    await beginSend(db, send('p1'));
    expect(await sendHistory(db, '2026-11-20T20:00:00.000Z', 'UTC')).toEqual({
      sentTodayByShop: { 'http://shop.test': 1 },
      lastSentByBuyer: { 'woocommerce\u0000http://shop.test\u0000jane doe': '2026-11-20T15:00:00.000Z' },
      unresolvedByOrder: { 'woocommerce\u0000http://shop.test\u00001042': '2026-11-20T15:00:00.000Z' },
    });
  });

  it("counts a send at 00:30 on a 25-hour day (summer time ends) as that day's, 24½ hours on", async () => {
    // New York, 1 November 2026: clocks go back at 02:00, the day lasts 25 hours.
    await beginSend(db, send('dst', { startedAt: '2026-11-01T04:30:00.000Z' }));
    await finishSend(db, 'dst', { ok: true }, '2026-11-01T04:30:05.000Z');
    expect(startOfLocalDay('2026-11-02T04:59:00.000Z', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
    expect((await sendHistory(db, '2026-11-02T04:59:00.000Z', 'America/New_York')).sentTodayByShop).toEqual({
      'http://shop.test': 1,
    });
  });

  it('holds an order with an unresolved send, however old, and says since when', async () => {
    await beginSend(db, send('p2', { startedAt: '2026-11-17T09:00:00.000Z' }));
    const order = (await db.orders.get(KEY))!;
    const settings = await getChaseSettings(db);
    // Three days on, the buyer's 24 hours are long over: the unconfirmed send alone holds the order.
    expect(await decideSend(db, order, settings, '2026-11-20T20:00:00.000Z')).toEqual({
      allowed: false,
      block: {
        reason: 'send-unresolved',
        until: '2026-11-17T09:00:00.000Z',
        startedAt: '2026-11-17T09:00:00.000Z',
        channel: 'console-form',
      },
    });
    // Another order of another buyer is not held by it.
    expect(
      await decideSend(db, { ...order, orderId: '77', buyerKey: 'li wei' }, settings, '2026-11-20T20:00:00.000Z'),
    ).toEqual({ allowed: true });
    const due = await listDue(db, '2026-11-21T09:00:00.000Z', { settings });
    expect(due.held).toEqual([{ candidate: expect.objectContaining({ orderId: '1042' }), reason: 'send-unresolved' }]);
  });

  it('keeps the history the limits need: sent today per shop, latest per buyer', async () => {
    await beginSend(db, send('a'));
    await finishSend(db, 'a', { ok: true }, '2026-11-20T15:00:05.000Z');
    await beginSend(db, send('b', { orderId: '9', startedAt: '2026-11-20T16:00:00.000Z' }));
    await finishSend(db, 'b', { ok: false, error: 'x' }, '2026-11-20T16:00:01.000Z');
    expect(await sendHistory(db, '2026-11-20T20:00:00.000Z', 'UTC')).toEqual({
      sentTodayByShop: { 'http://shop.test': 1 },
      lastSentByBuyer: { 'woocommerce\u0000http://shop.test\u0000jane doe': '2026-11-20T15:00:05.000Z' },
      unresolvedByOrder: {},
    });
    // Tomorrow the count starts again, but the buyer's 24 hours still run.
    expect(await sendHistory(db, '2026-11-21T10:00:00.000Z', 'UTC')).toMatchObject({
      sentTodayByShop: {},
      lastSentByBuyer: { 'woocommerce\u0000http://shop.test\u0000jane doe': '2026-11-20T15:00:05.000Z' },
    });
    expect(startOfLocalDay('2026-11-20T20:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-20T16:00:00.000Z');
  });

  it('lists what is due now through the index, held back by the buyer limit', async () => {
    await ingestSnapshots(db, [createSnapshot({ orderId: '1043', placedAt: T0 })], T0);
    const settings = await getChaseSettings(db);
    const due = await listDue(db, '2026-11-21T09:00:00.000Z', { settings });
    expect(due.dueNow.map((d) => d.orderId)).toEqual(['1042']);
    expect(due.held).toEqual([
      { candidate: expect.objectContaining({ orderId: '1043' }), reason: 'buyer-has-another-due' },
    ]);
    expect((await listDue(db, '2026-11-20T09:00:00.000Z', { settings })).dueNow).toEqual([]);
  });
});

describe('a part payment recorded in Settle and the console read again', () => {
  it('keeps what is owed: the console does not know about the bank transfer', async () => {
    await recordChase(db, KEY, { type: 'payment_recorded', amount: 23880 }, ctx('2026-11-21T10:00:00.000Z'));
    const r = await ingestSnapshots(db, [createSnapshot({ placedAt: T0 })], '2026-11-21T11:00:00.000Z');
    expect(r).toMatchObject({ unchanged: 1 });
    expect((await db.orders.get(KEY))?.amountDue).toEqual({ amount: 100000, currency: 'USD' });
    expect(await getTotals(db)).toMatchObject({ openDueByCurrency: { USD: 100000 } });
  });
});

describe('pausing one buyer', () => {
  it('pauses every open order of the buyer, and their next order starts paused; resuming undoes it', async () => {
    await ingestSnapshots(
      db,
      [
        createSnapshot({ orderId: '1043', placedAt: T0 }),
        createSnapshot({ orderId: '2000', buyer: { name: 'Li Wei' }, placedAt: T0 }),
      ],
      T0,
    );
    expect(
      await setBuyerPaused(db, ['woocommerce', 'http://shop.test', 'jane doe'], true, ctx('2026-11-20T09:00:00.000Z')),
    ).toBe(2);
    const jane = await db.orders
      .where('[marketplace+shop+buyerKey]')
      .equals(['woocommerce', 'http://shop.test', 'jane doe'])
      .toArray();
    expect(jane.map((o) => [o.chase.paused, o.nextDueAt])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
    expect((await db.orders.get(['woocommerce', 'http://shop.test', '2000']))?.chase.paused).toBe(false);
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '1044', placedAt: '2026-11-21T10:00:00Z' })],
      '2026-11-21T10:00:00.000Z',
    );
    expect((await db.orders.get(['woocommerce', 'http://shop.test', '1044']))?.chase.paused).toBe(true);
    expect((await getOrderEvents(db, ['woocommerce', 'http://shop.test', '1044'])).map((e) => e.data.type)).toEqual([
      'detected',
      'chase',
    ]);
    expect(
      await setBuyerPaused(db, ['woocommerce', 'http://shop.test', 'jane doe'], false, ctx('2026-11-22T09:00:00.000Z')),
    ).toBe(3);
    expect((await db.orders.get(KEY))?.nextDueAt).toBeDefined();
  });
});

describe('a debt added by hand', () => {
  it('is chased from its payment due date: the seller’s terms, or its own due date', async () => {
    const invoice = createSnapshot({
      marketplace: 'generic',
      orderId: 'M-1',
      url: 'chrome-extension://x/dashboard.html#/order/generic/M-1',
      placedAt: '2026-11-01T12:00:00.000Z',
      shop: 'manual',
    });
    await saveChaseSettings(db, {
      ...defaultChaseSettings(),
      timeZone: 'UTC',
      sellerTerms: { dueDays: 30, graceDays: 0 },
    });
    await ingestSnapshots(db, [invoice], '2026-11-01T12:00:00.000Z');
    // Net 30 from 1 November: due 1 December; the friendly reminder a day later.
    expect((await db.orders.get(['generic', 'manual', 'M-1']))?.nextDueAt).toBe('2026-12-02T12:00:00.000Z');
    await ingestSnapshots(
      db,
      [{ ...invoice, orderId: 'M-2', dueAt: '2026-11-10T12:00:00.000Z' }],
      '2026-11-01T12:00:00.000Z',
    );
    expect((await db.orders.get(['generic', 'manual', 'M-2']))?.nextDueAt).toBe('2026-11-11T12:00:00.000Z');
  });
});

describe('why a send is held back, and until when', () => {
  it('names the buyer’s 24 hours, or the seller’s next local day for the daily cap', async () => {
    await beginSend(db, send('s9'));
    await finishSend(db, 's9', { ok: true }, '2026-11-20T15:00:05.000Z');
    const order = (await db.orders.get(KEY))!;
    const settings = await getChaseSettings(db);
    expect(await decideSend(db, order, settings, '2026-11-20T20:00:00.000Z')).toEqual({
      allowed: false,
      block: { reason: 'buyer-reminded-recently', until: '2026-11-21T15:00:05.000Z' },
    });
    const capped = {
      ...settings,
      timeZone: 'Asia/Shanghai',
      schedules: { woocommerce: { ...defaultSchedule('woocommerce'), dailyCap: 1 } },
    };
    const other = { ...order, orderId: '77', buyerKey: 'li wei' };
    // 15:30 UTC is 23:30 in Shanghai, where today's one reminder went at 23:00: sending resumes at midnight there, 16:00 UTC.
    expect(await decideSend(db, other, capped, '2026-11-20T15:30:00.000Z')).toEqual({
      allowed: false,
      block: { reason: 'daily-cap', until: '2026-11-20T16:00:00.000Z' },
    });
  });
});
