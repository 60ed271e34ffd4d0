import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { beginSend, finishSend, type SendRecord } from '@/lib/db/sends';
import { reconcileSends, type NotesReading } from '@/lib/db/reconcile-sends';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { checkEventLog, getOrderEvents } from '@/lib/db/queries';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
const T0 = '2026-11-19T14:05:22.000Z';
const START = '2026-11-20T15:00:00.000Z';
const KEY: ['woocommerce', 'http://shop.test', string] = ['woocommerce', 'http://shop.test', '1042'];
const TEXT =
  'Hello Jane,\n\nA friendly reminder: your order #1042 of $1,238.80 is still unpaid. You can pay it here: http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_abc\n\nThanks, Oak & Co.';
// How WooCommerce shows that note: wpautop (paragraphs, line breaks) and wptexturize (curly quotes, dashes).
const SHOWN =
  'Hello Jane,A friendly reminder: your order #1042 of $1,238.80 is still unpaid. You can pay it here: http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_abc Thanks, Oak & Co.';
const minutes = (m: number) => new Date(Date.parse(START) + m * 60_000).toISOString();
const notes = (customerNotes: string[], orderId = '1042'): NotesReading => ({
  marketplace: 'woocommerce',
  shop: 'http://shop.test',
  orderId,
  customerNotes,
});

beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-reconcile-${++n}`);
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
    text: TEXT,
    url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
    startedAt: START,
    ...overrides,
  };
}

describe("a pending console note, reconciled from the order page's notes", () => {
  it('is recorded as sent when a customer note shows its words, and the reminder counts with them', async () => {
    await beginSend(db, send('s1'));
    expect(await reconcileSends(db, [notes(['Order status changed.', SHOWN])], minutes(1))).toEqual({
      sent: ['s1'],
      failed: [],
    });
    expect(await db.sends.get('s1')).toMatchObject({ status: 'sent', finishedAt: minutes(1) });
    expect((await db.orders.get(KEY))?.chase).toMatchObject({ stage: 'reminded', remindersSent: 1 });
    expect((await getOrderEvents(db, KEY)).at(-1)?.data).toMatchObject({
      type: 'chase',
      change: { type: 'reminder_sent', tone: 'friendly' },
      message: { channel: 'console-form', text: TEXT },
    });
  });

  it("matches through WooCommerce's typography: curly quotes, dashes and ellipses", async () => {
    await beginSend(db, send('s1', { text: `It's been a week -- "soon" please... ${TEXT}` }));
    expect(await reconcileSends(db, [notes([`It’s been a week – “soon” please… ${SHOWN}`])], minutes(1))).toEqual({
      sent: ['s1'],
      failed: [],
    });
  });

  it('is recorded as failed, with the reason, once two minutes have passed and the notes do not show it', async () => {
    await beginSend(db, send('s1'));
    expect(await reconcileSends(db, [notes(['Order status changed.'])], minutes(1))).toEqual({ sent: [], failed: [] });
    expect((await db.sends.get('s1'))?.status).toBe('pending');
    expect(await reconcileSends(db, [notes([])], minutes(3))).toEqual({ sent: [], failed: ['s1'] });
    const error = 'The console’s order notes do not show this reminder, so it did not go out.';
    expect(await db.sends.get('s1')).toMatchObject({ status: 'failed', error });
    expect((await getOrderEvents(db, KEY)).at(-1)?.data).toEqual({
      type: 'reminder_failed',
      tone: 'friendly',
      channel: 'console-form',
      error,
    });
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(0);
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
  });

  it('is never failed by a reading that may only confirm (a page open since before the send)', async () => {
    await beginSend(db, send('s1'));
    expect(await reconcileSends(db, [notes([])], minutes(10), { mayFail: false })).toEqual({ sent: [], failed: [] });
    expect((await db.sends.get('s1'))?.status).toBe('pending');
    expect(await reconcileSends(db, [notes([SHOWN])], minutes(11), { mayFail: false })).toEqual({
      sent: ['s1'],
      failed: [],
    });
  });

  it('leaves alone other channels, other orders and a page without a notes list', async () => {
    await beginSend(db, send('mail', { channel: 'mail-draft' }));
    await beginSend(db, send('other', { orderId: '1043' }));
    await beginSend(db, send('s1'));
    expect(await reconcileSends(db, [notes([])], minutes(10))).toEqual({ sent: [], failed: ['s1'] });
    expect((await db.sends.get('mail'))?.status).toBe('pending');
    expect((await db.sends.get('other'))?.status).toBe('pending');
    expect(await reconcileSends(db, [], minutes(10))).toEqual({ sent: [], failed: [] });
  });

  it("does not take an earlier reminder's note with the same words as its own, and does not fail it either", async () => {
    await beginSend(db, send('old', { startedAt: '2026-11-18T10:00:00.000Z' }));
    await finishSend(db, 'old', { ok: true }, '2026-11-18T10:00:05.000Z');
    await beginSend(db, send('s1'));
    // One note with those words, and it is the earlier reminder's: not known whether this one went.
    expect(await reconcileSends(db, [notes([SHOWN])], minutes(10))).toEqual({ sent: [], failed: [] });
    expect((await db.sends.get('s1'))?.status).toBe('pending');
    expect(await reconcileSends(db, [notes([SHOWN, SHOWN])], minutes(11))).toEqual({ sent: ['s1'], failed: [] });
  });

  it('does not fail a send when the notes read are cut at the limit (its note may be further down)', async () => {
    await beginSend(db, send('s1'));
    const many = Array.from({ length: 20 }, (_, i) => `Note ${i}`);
    expect(await reconcileSends(db, [notes(many)], minutes(10))).toEqual({ sent: [], failed: [] });
  });

  it("turns the order's latest failed note into a sent one when the console's notes show it went after all", async () => {
    await beginSend(db, send('s1'));
    await finishSend(db, 's1', { ok: false, error: 'The console did not confirm the note in time.' }, minutes(0.5));
    expect(await reconcileSends(db, [notes([SHOWN])], minutes(1), { mayFail: false })).toEqual({
      sent: ['s1'],
      failed: [],
    });
    expect(await db.sends.get('s1')).toMatchObject({ status: 'sent', finishedAt: minutes(1) });
    expect(await db.sends.get('s1')).not.toHaveProperty('error');
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(1);
  });
});
