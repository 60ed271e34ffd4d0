import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { getOrderEvents } from '@/lib/db/queries';
import { onChasePanel } from '@/lib/background/chase-panel';
import { onSendBegin, onSendFinish, type SendBeginRequest } from '@/lib/background/send-reminder';
import { onPageRead } from '@/lib/background/page-read';
import { HandledError } from '@/lib/messaging/router';
import type { PageReadMessage } from '@/lib/messaging/types';
import type { OrderSnapshot } from '@/lib/model/order';
import { READ_LIMITS } from '@/lib/marketplaces/limits';
import { clip } from '@/lib/marketplaces/bound';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const SENDER = { url: PAGE, tab: { id: 1, url: PAGE } };
const PAY = 'http://shop.test/checkout/order-pay/1042/?pay_for_order=true&key=wc_order_abc';
const NOW = '2026-11-21T10:00:00.000Z';
const SEND_ID = '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11';
const order = (overrides: Partial<OrderSnapshot> = {}) =>
  createSnapshot({
    url: PAGE,
    payUrl: PAY,
    buyer: { name: 'Jane Doe', email: 'jane@example.com' },
    items: [{ title: 'Oak desk', quantity: 1 }],
    ...overrides,
  });

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-send-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'en' });
  await ingestSnapshots(db, [order()], '2026-11-19T15:00:00.000Z');
});
afterEach(() => db.delete());

const begin = (overrides: Partial<SendBeginRequest> = {}): SendBeginRequest => ({
  sendId: SEND_ID,
  marketplace: 'woocommerce',
  orderId: '1042',
  tone: 'friendly',
  locale: 'en',
  channel: 'console-form',
  reading: { ok: true, marketplace: 'woocommerce', kind: 'order-detail', orders: [order()], warnings: [] },
  ...overrides,
});

describe('the order page panel (background side)', () => {
  it('drafts the due reminder in the seller’s language with amount, payment link and deadline', async () => {
    const model = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, NOW);
    expect(model.order).toMatchObject({ orderId: '1042', buyer: 'Jane Doe', stage: 'unpaid', remindersSent: 0 });
    expect(model.next).toMatchObject({ tone: 'friendly', due: true });
    expect(model.draft?.text).toContain('$1,238.80');
    expect(model.draft?.text).toContain(PAY);
    expect(model.draft?.text).toContain('November 24, 2026');
    expect(model.channels.map((c) => c.channel)).toEqual(['console-form', 'console-invoice', 'mail-draft', 'copied']);
    expect(model.sendId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('drafts in Simplified or Traditional Chinese when the seller picks it', async () => {
    const zh = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042', locale: 'zh_CN' }, PAGE, NOW);
    expect(zh.draft?.locale).toBe('zh_CN');
    expect(zh.draft?.text).toContain('US$1,238.80');
    expect(zh.draft?.text).toContain('2026年11月24日');
    const tw = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042', locale: 'zh_TW' }, PAGE, NOW);
    expect(tw.draft?.text).not.toBe(zh.draft?.text);
  });

  it('adds the offers the seller ticked', async () => {
    const model = await onChasePanel(
      db,
      { marketplace: 'woocommerce', orderId: '1042', offers: { instalments: true, extension: true } },
      PAGE,
      NOW,
    );
    expect(model.draft?.offers).toEqual({ instalments: true, extension: true });
    expect(model.draft?.text).toContain('instalments');
    expect(model.draft?.text).toContain('more time');
  });

  it('flags a buyer who left another order unpaid', async () => {
    await ingestSnapshots(
      db,
      [order({ orderId: '990', url: PAGE.replace('1042', '990') })],
      '2026-10-01T00:00:00.000Z',
    );
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', '990'],
      { type: 'written_off', reason: 'never paid' },
      { now: '2026-10-20T00:00:00.000Z', url: 'x' },
    );
    const model = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, NOW);
    expect(model.unpaidElsewhere).toEqual([{ orderId: '990', stage: 'written_off' }]);
  });
});

describe('sending (background side)', () => {
  it('plans a customer note with the drafted words, then counts the reminder when the page confirms it', async () => {
    const plan = await onSendBegin(db, begin(), PAGE, NOW);
    expect(plan.action).toEqual({ kind: 'console-form', text: plan.text });
    expect(plan.text).toContain(PAY);
    await onSendFinish(db, { sendId: SEND_ID, ok: true }, PAGE, NOW);
    const events = await getOrderEvents(db, ['woocommerce', 'http://shop.test', '1042']);
    expect(events.at(-1)?.data).toMatchObject({
      type: 'chase',
      change: { type: 'reminder_sent', tone: 'friendly' },
      message: { channel: 'console-form', text: plan.text },
    });
  });

  it('a double click starts one send', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    await expect(onSendBegin(db, begin(), PAGE, NOW)).rejects.toThrow('This reminder is already being sent.');
  });

  it('never reminds an order the page, read again at the click, shows paid', async () => {
    const paid = begin({
      reading: {
        ok: true,
        marketplace: 'woocommerce',
        kind: 'order-detail',
        orders: [order({ status: 'paid', statusText: 'Processing', amountDue: undefined })],
        warnings: [],
      },
    });
    await expect(onSendBegin(db, paid, PAGE, NOW)).rejects.toThrow('The console now shows this order as “Processing”');
    expect(await db.sends.count()).toBe(0);
  });

  it('does not let a stale page reopen an order known to be paid', async () => {
    await ingestSnapshots(
      db,
      [order({ status: 'paid', statusText: 'Processing', amountDue: undefined })],
      '2026-11-20T00:00:00.000Z',
    );
    await expect(onSendBegin(db, begin(), PAGE, NOW)).rejects.toBeInstanceOf(HandledError);
    expect((await db.orders.get(['woocommerce', 'http://shop.test', '1042']))?.open).toBe(0);
  });

  it('refuses an unreadable page, a paused order and a buyer reminded in the last day', async () => {
    await expect(onSendBegin(db, begin({ reading: { ok: false, error: 'x' } }), PAGE, NOW)).rejects.toThrow(
      'could not read this page again',
    );
    await recordChase(db, ['woocommerce', 'http://shop.test', '1042'], { type: 'paused' }, { now: NOW, url: PAGE });
    await expect(onSendBegin(db, begin(), PAGE, NOW)).rejects.toThrow('paused');
    await recordChase(db, ['woocommerce', 'http://shop.test', '1042'], { type: 'resumed' }, { now: NOW, url: PAGE });
    await onSendBegin(db, begin(), PAGE, NOW);
    await onSendFinish(db, { sendId: SEND_ID, ok: true }, PAGE, NOW);
    await expect(
      onSendBegin(db, begin({ sendId: '1b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11' }), PAGE, '2026-11-21T20:00:00.000Z'),
    ).rejects.toThrow('last 24 hours');
  });

  it('logs WooCommerce’s own order email as such, and a mail draft with its recipient', async () => {
    const invoice = await onSendBegin(db, begin({ channel: 'console-invoice' }), PAGE, NOW);
    expect(invoice.action).toEqual({ kind: 'console-action', name: 'send_order_details' });
    expect((await db.sends.get(SEND_ID))?.text).toBe(
      '[Sent with the console’s own order action “Send order details to customer”]',
    );
    expect((await db.sends.get(SEND_ID))?.text).not.toContain('send_order_details');
    // The order's one send at a time: this one settles before the next starts.
    await onSendFinish(db, { sendId: SEND_ID, ok: false, error: 'The order actions box was not found.' }, PAGE, NOW);
    const mail = await onSendBegin(
      db,
      begin({ channel: 'mail-draft', sendId: '2b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11' }),
      PAGE,
      NOW,
    );
    expect(mail.action).toMatchObject({
      kind: 'open-url',
      url: expect.stringMatching(/^mailto:jane@example\.com\?subject=/),
    });
    expect((await db.sends.get('2b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11'))?.recipient).toBe('jane@example.com');
  });

  it('after WooCommerce’s order email (the page reloads), the fresh panel says it went and when; a failed one, why', async () => {
    // Seen: the invoice action reloaded the page and the new panel said nothing of the send.
    await onSendBegin(db, begin({ channel: 'console-invoice' }), PAGE, NOW);
    await onSendFinish(db, { sendId: SEND_ID, ok: true }, PAGE, '2026-11-21T10:00:02.000Z');
    const fresh = await onChasePanel(
      db,
      { marketplace: 'woocommerce', orderId: '1042' },
      PAGE,
      '2026-11-21T10:00:05.000Z',
    );
    expect(fresh.lastSend).toEqual({ channel: 'console-invoice', at: '2026-11-21T10:00:02.000Z', status: 'sent' });
    expect(fresh.blocked).toMatchObject({ reason: 'buyer-reminded-recently' });

    await ingestSnapshots(
      db,
      [order({ orderId: '1043', url: PAGE.replace('1042', '1043'), buyer: { name: 'Li Wei' } })],
      '2026-11-19T15:00:00.000Z',
    );
    const other = PAGE.replace('1042', '1043');
    await onSendBegin(
      db,
      begin({
        orderId: '1043',
        sendId: '3b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11',
        reading: {
          ok: true,
          marketplace: 'woocommerce',
          kind: 'order-detail',
          orders: [order({ orderId: '1043', url: other, buyer: { name: 'Li Wei' } })],
          warnings: [],
        },
      }),
      other,
      NOW,
    );
    await onSendFinish(
      db,
      { sendId: '3b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11', ok: false, error: 'The order actions box was not found.' },
      other,
      NOW,
    );
    expect((await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1043' }, other, NOW)).lastSend).toEqual({
      channel: 'console-form',
      at: NOW,
      status: 'failed',
      error: 'The order actions box was not found.',
    });
  });

  it('refuses a buyer paused on Settle’s page and a promise still running, saying which', async () => {
    const key: ['woocommerce', 'http://shop.test', string] = ['woocommerce', 'http://shop.test', '1042'];
    await db.buyers.update(['woocommerce', 'http://shop.test', 'jane doe'], { paused: true });
    await expect(onSendBegin(db, begin(), PAGE, NOW)).rejects.toThrow(
      'Every reminder to this buyer is paused: no reminder was sent.',
    );
    await db.buyers.update(['woocommerce', 'http://shop.test', 'jane doe'], { paused: false });
    await recordChase(db, key, { type: 'promise_recorded', by: '2026-11-25T23:59:59.000Z' }, { now: NOW, url: PAGE });
    await expect(onSendBegin(db, begin(), PAGE, NOW)).rejects.toThrow('The buyer promised to pay by Nov 25, 2026');
    expect((await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, NOW)).blocked).toEqual({
      reason: 'promised',
      until: '2026-11-25T23:59:59.000Z',
    });
    expect(await db.sends.count()).toBe(0);
  });

  it('finishes only a send started from the same site', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    await expect(onSendFinish(db, { sendId: SEND_ID, ok: true }, 'http://evil.test/x', NOW)).rejects.toThrow(
      'no record',
    );
  });

  it('a failed send is logged and not counted', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    expect(
      await onSendFinish(
        db,
        { sendId: SEND_ID, ok: false, error: 'The order note box was not found on this page.' },
        PAGE,
        NOW,
      ),
    ).toEqual({
      ok: false,
      error: 'The order note box was not found on this page.',
    });
    expect((await db.orders.get(['woocommerce', 'http://shop.test', '1042']))?.chase.remindersSent).toBe(0);
  });
});

describe('a send that was never confirmed (the tab closed while the console was slow)', () => {
  const SECOND = '4b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11';
  const later = '2026-11-21T10:05:00.000Z';
  const KEY: ['woocommerce', 'http://shop.test', string] = ['woocommerce', 'http://shop.test', '1042'];

  it('holds the order: the panel says since when, and a second click sends nothing', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    const model = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, later);
    expect(model.blocked).toEqual({ reason: 'send-unresolved', until: NOW, startedAt: NOW, channel: 'console-form' });
    await expect(onSendBegin(db, begin({ sendId: SECOND }), PAGE, later)).rejects.toThrow('was never confirmed');
    expect(await db.sends.count()).toBe(1);
  });

  it("counts against the buyer's 24 hours on the buyer's other orders too", async () => {
    await ingestSnapshots(
      db,
      [order({ orderId: '1043', url: PAGE.replace('1042', '1043') })],
      '2026-11-19T15:00:00.000Z',
    );
    await onSendBegin(db, begin(), PAGE, NOW);
    const other = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1043' }, PAGE, later);
    expect(other.blocked).toEqual({ reason: 'buyer-reminded-recently', until: '2026-11-22T10:00:00.000Z' });
  });

  it("is confirmed by the console's notes in the reading taken at the next click, which the buyer's 24 hours then hold", async () => {
    const plan = await onSendBegin(db, begin(), PAGE, NOW);
    // The note as the reader gives it: cut to the length Settle keeps of a note.
    const reading = {
      ok: true as const,
      marketplace: 'woocommerce' as const,
      kind: 'order-detail' as const,
      orders: [order({ customerNotes: [clip(plan.text.replace(/\n+/g, ' '), READ_LIMITS.customerNoteChars)] })],
      warnings: [],
    };
    await expect(onSendBegin(db, begin({ sendId: SECOND, reading }), PAGE, later)).rejects.toThrow('last 24 hours');
    expect((await db.sends.get(SEND_ID))?.status).toBe('sent');
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(1);
    expect(await db.orders.get(KEY)).not.toHaveProperty('customerNotes');
  });

  it('is failed by a fresh read of the order page that does not show it, and Send is open again', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    const read: PageReadMessage = {
      type: 'cs-bg-page-read',
      url: PAGE,
      reading: {
        ok: true,
        marketplace: 'woocommerce',
        kind: 'order-detail',
        orders: [order({ customerNotes: [] })],
        warnings: [],
      },
    };
    await onPageRead(db, read, SENDER, later);
    expect(await db.sends.get(SEND_ID)).toMatchObject({
      status: 'failed',
      error: 'The console’s order notes do not show this reminder, so it did not go out.',
    });
    const model = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, later);
    expect(model.blocked).toBeUndefined();
  });

  it('a reminder the page confirmed after the order closed is answered as sent, and a later failure report changes nothing', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    await ingestSnapshots(db, [order({ status: 'paid', statusText: 'Processing', amountDue: undefined })], NOW);
    expect(await onSendFinish(db, { sendId: SEND_ID, ok: true }, PAGE, NOW)).toEqual({ ok: true });
    expect(await onSendFinish(db, { sendId: SEND_ID, ok: false, error: 'x' }, PAGE, NOW)).toEqual({ ok: true });
    expect((await db.sends.get(SEND_ID))?.status).toBe('sent');
    expect((await getOrderEvents(db, KEY)).at(-1)?.data).toMatchObject({
      type: 'reminder_sent_outside_chase',
      stage: 'paid',
    });
  });

  it('a full disk while finishing is answered plainly, and the send stays pending', async () => {
    await onSendBegin(db, begin(), PAGE, NOW);
    vi.spyOn(db.sends, 'put').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const failure = onSendFinish(db, { sendId: SEND_ID, ok: true }, PAGE, NOW);
    await expect(failure).rejects.toMatchObject({
      code: 'storage-full',
      message: expect.stringMatching(/disk is full/),
    });
    expect((await db.sends.get(SEND_ID))?.status).toBe('pending');
    expect((await db.orders.get(KEY))?.chase.remindersSent).toBe(0);
  });
});

describe('the instalment offer', () => {
  it('proposes three monthly instalments when no plan is agreed yet', async () => {
    const model = await onChasePanel(
      db,
      { marketplace: 'woocommerce', orderId: '1042', offers: { instalments: true, extension: false } },
      PAGE,
      NOW,
    );
    expect(model.draft?.text).toContain(
      'November 24, 2026: $412.93; December 24, 2026: $412.93; January 23, 2027: $412.94',
    );
  });
});

describe("a page on another site asking about a real shop's order", () => {
  const EVIL = 'http://evil.test/wp-admin/post.php?post=1042&action=edit';

  it('gets no panel, no draft and no buyer data for it', async () => {
    await expect(onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, EVIL, NOW)).rejects.toThrow(
      'has not stored this order',
    );
  });

  it("sends only for its own order of that number, never with the real order's buyer, link or count, and cannot finish the real shop's send", async () => {
    const evilOrder = createSnapshot({ url: EVIL, buyer: { name: 'Mallory' }, payUrl: 'https://evil.test/pay/1042' });
    const plan = await onSendBegin(
      db,
      begin({
        reading: { ok: true, marketplace: 'woocommerce', kind: 'order-detail', orders: [evilOrder], warnings: [] },
      }),
      EVIL,
      NOW,
    );
    expect(plan.text).toContain('Mallory');
    expect(plan.text).not.toContain('Jane');
    expect(plan.text).not.toContain(PAY);
    expect((await db.sends.toArray()).map((s) => s.shop)).toEqual(['http://evil.test']);
    expect((await db.orders.get(['woocommerce', 'http://shop.test', '1042']))?.chase.remindersSent).toBe(0);
    await onSendBegin(db, begin({ sendId: '3b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11' }), PAGE, NOW);
    await expect(
      onSendFinish(db, { sendId: '3b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11', ok: true }, EVIL, NOW),
    ).rejects.toBeInstanceOf(HandledError);
    expect((await db.sends.get('3b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11'))?.status).toBe('pending');
  });
});

describe('who a reminder is signed by', () => {
  it("signs with the shop's own name from Options, else the seller's, and never with the page's address", async () => {
    const unsigned = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, NOW);
    expect(unsigned.unsigned).toBe(true);
    expect(unsigned.draft!.text).not.toMatch(/shop\.test\s*$/); // the old sign-off: the page's host
    await saveChaseSettings(db, {
      ...defaultChaseSettings(),
      timeZone: 'UTC',
      reminderLocale: 'en',
      sellerName: 'Jo Maker',
      shops: { 'http://other.test': { name: 'Other' } },
    });
    expect((await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, NOW)).draft!.text).toMatch(
      /Jo Maker$/,
    );
    await saveChaseSettings(db, {
      ...defaultChaseSettings(),
      timeZone: 'UTC',
      reminderLocale: 'en',
      sellerName: 'Jo Maker',
      shops: { 'http://shop.test': { name: 'Oak & Iron' } },
    });
    const named = await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042' }, PAGE, NOW);
    expect(named.draft!.text).toMatch(/Oak & Iron$/);
    expect(named.unsigned).toBeUndefined();
  });
});
