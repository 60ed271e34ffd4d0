import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettleDb } from '@/lib/db/schema';
import { onPageRead } from '@/lib/background/page-read';
import { refreshReminders } from '@/lib/background/refresh-reminders';
import { recordChase } from '@/lib/db/chase';
import { beginSend } from '@/lib/db/sends';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { loadTabReading } from '@/lib/browser/tab-readings';
import { HandledError } from '@/lib/messaging/router';
import type { PageReadMessage } from '@/lib/messaging/types';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders';
const sender = { url: PAGE, tab: { id: 3, url: PAGE } };
const message = (orders = [createSnapshot()]): PageReadMessage => ({
  type: 'cs-bg-page-read',
  url: PAGE,
  reading: { ok: true, marketplace: 'woocommerce', kind: 'order-list', orders, warnings: [] },
});

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  // Only Date is faked: IndexedDB needs real timers. Orders placed 19 Nov have their first reminder due on the 20th.
  vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
  db = new SettleDb(`settle-bg-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('onPageRead', () => {
  it('stores the orders, sets the badge to the reminders due now and remembers the tab reading', async () => {
    const result = await onPageRead(
      db,
      message([
        createSnapshot({ orderId: '1' }),
        createSnapshot({ orderId: '2', buyer: { name: 'Li Wei' } }),
        createSnapshot({ orderId: '4', buyer: { name: 'Li Wei' } }),
        createSnapshot({ orderId: '3', status: 'paid', amountDue: undefined }),
      ]),
      sender,
      new Date().toISOString(),
    );
    expect(result).toEqual({ created: 4, changed: 0, unchanged: 0, openCount: 3, repeatNonPayers: [] });
    // Three unpaid orders are due, but Li Wei gets one reminder a day: two due now.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await loadTabReading(3)).toMatchObject({ url: PAGE, reading: { ok: true, kind: 'order-list', count: 4 } });
  });

  it('names the unpaid orders on the page whose buyer left another order unpaid', async () => {
    await onPageRead(db, message([createSnapshot({ orderId: '990' })]), sender, new Date().toISOString());
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', '990'],
      { type: 'written_off', reason: 'never paid' },
      { now: '2026-11-21T00:00:00.000Z', url: PAGE },
    );
    const result = await onPageRead(
      db,
      message([createSnapshot({ orderId: '1042' }), createSnapshot({ orderId: '1043', buyer: { name: 'Li Wei' } })]),
      sender,
      new Date().toISOString(),
    );
    expect(result?.repeatNonPayers).toEqual([{ orderId: '1042', others: ['990'] }]);
  });

  it('checks the buyers of a whole page in one read of their orders, not one per buyer', async () => {
    const buyers = Array.from({ length: 40 }, (_, i) => ({ name: `Buyer ${i}` }));
    await onPageRead(
      db,
      message(buyers.map((buyer, i) => createSnapshot({ orderId: `old-${i}`, buyer }))),
      sender,
      new Date().toISOString(),
    );
    for (const [i] of buyers.entries())
      await recordChase(
        db,
        ['woocommerce', 'http://shop.test', `old-${i}`],
        { type: 'written_off', reason: 'never paid' },
        { now: '2026-11-21T00:00:00.000Z', url: PAGE },
      );
    const byBuyerIndex = vi.spyOn(db.orders, 'where');
    const result = await onPageRead(
      db,
      message(buyers.map((buyer, i) => createSnapshot({ orderId: `new-${i}`, buyer }))),
      sender,
      new Date().toISOString(),
    );
    expect(result?.repeatNonPayers).toHaveLength(40);
    expect(result?.repeatNonPayers[7]).toEqual({ orderId: 'new-7', others: ['old-7'] });
    expect(
      byBuyerIndex.mock.calls.filter(([index]) => (index as unknown) === '[marketplace+shop+buyerKey]'),
    ).toHaveLength(1);
  });

  it('remembers why a page could not be read, and writes no order', async () => {
    const bad: PageReadMessage = {
      type: 'cs-bg-page-read',
      url: PAGE,
      reading: {
        ok: false,
        marketplace: 'woocommerce',
        kind: 'order-list',
        error: 'The orders table was not found on this page.',
      },
    };
    expect(await onPageRead(db, bad, sender, new Date().toISOString())).toBeNull();
    expect(await db.orders.count()).toBe(0);
    expect(await loadTabReading(3)).toMatchObject({
      reading: { ok: false, error: 'The orders table was not found on this page.' },
    });
  });

  it('answers a full disk plainly', async () => {
    vi.spyOn(db.orders, 'bulkPut').mockRejectedValueOnce(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    const failure = onPageRead(db, message(), sender, new Date().toISOString());
    await expect(failure).rejects.toBeInstanceOf(HandledError);
    await expect(failure).rejects.toThrow(/disk is full/);
    expect(await db.orders.count()).toBe(0);
  });

  it('recomputes the badge from the database at start (the browser does not keep it)', async () => {
    await onPageRead(
      db,
      message([createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2', buyer: { name: 'Li Wei' } })]),
      sender,
      new Date().toISOString(),
    );
    await fakeBrowser.action.setBadgeText({ text: '' });
    await refreshReminders(db, new Date().toISOString());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });
});

describe('the customer notes an order page shows', () => {
  const EDIT = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
  const editSender = { url: EDIT, tab: { id: 4, url: EDIT } };
  const KEY: ['woocommerce', 'http://shop.test', string] = ['woocommerce', 'http://shop.test', '1042'];
  const read = (customerNotes: string[], at: string) =>
    onPageRead(
      db,
      {
        type: 'cs-bg-page-read',
        url: EDIT,
        reading: {
          ok: true,
          marketplace: 'woocommerce',
          kind: 'order-detail',
          orders: [createSnapshot({ url: EDIT, customerNotes })],
          warnings: [],
        },
      },
      editSender,
      at,
    );

  it('are never stored on the order, and other notes on a later read change nothing', async () => {
    await read(['Please pay soon.'], '2026-11-22T12:00:00.000Z');
    expect(await db.orders.get(KEY)).not.toHaveProperty('customerNotes');
    const events = await db.events.count();
    expect(await read(['A newer note.', 'Please pay soon.'], '2026-11-22T12:05:00.000Z')).toMatchObject({
      created: 0,
      changed: 0,
      unchanged: 1,
    });
    expect(await db.events.count()).toBe(events);
  });

  it('settle a pending console note of that order: sent when shown, failed when not after two minutes', async () => {
    await read([], '2026-11-22T12:00:00.000Z');
    const base = {
      marketplace: 'woocommerce' as const,
      orderId: '1042',
      buyerKey: 'jane doe',
      shop: 'http://shop.test',
      tone: 'friendly' as const,
      channel: 'console-form' as const,
      url: EDIT,
    };
    await beginSend(db, {
      ...base,
      sendId: 'a',
      text: 'Hello Jane, your order #1042 is still unpaid.',
      startedAt: '2026-11-22T12:01:00.000Z',
    });
    await read(['Hello Jane, your order #1042 is still unpaid.'], '2026-11-22T12:02:00.000Z');
    expect((await db.sends.get('a'))?.status).toBe('sent');
    await beginSend(db, {
      ...base,
      sendId: 'b',
      text: 'Final notice for order #1042.',
      startedAt: '2026-11-22T12:03:00.000Z',
    });
    await read(['Hello Jane, your order #1042 is still unpaid.'], '2026-11-22T12:06:00.000Z');
    expect((await db.sends.get('b'))?.status).toBe('failed');
  });
});

describe("a page on another site claiming a real shop's orders (the attack seen in the browser)", () => {
  const EVIL = 'http://evil.test/wp-admin/post.php?post=1&action=edit';
  const evilSender = { url: EVIL, tab: { id: 9, url: EVIL } };
  const evilMessage = (orders: ReturnType<typeof createSnapshot>[]): PageReadMessage => ({
    type: 'cs-bg-page-read',
    url: EVIL,
    reading: { ok: true, marketplace: 'woocommerce', kind: 'order-list', orders, warnings: [] },
  });

  it("cannot overwrite, close or re-link a real shop's order, however its reading is dressed", async () => {
    await onPageRead(
      db,
      message([
        createSnapshot({ orderId: '3301', payUrl: 'http://shop.test/pay/3301' }),
        createSnapshot({ orderId: '1042' }),
      ]),
      sender,
      new Date().toISOString(),
    );
    // Many rows on evil.test (the browser test serves 1,000): #1042 "paid", #3301 with evil's pay link, readings that claim shop.test as their shop.
    const rows = Array.from({ length: 98 }, (_, i) =>
      createSnapshot({ orderId: String(5000 + i), url: EVIL, shop: 'http://shop.test' }),
    );
    rows.push(createSnapshot({ orderId: '1042', url: EVIL, status: 'paid', amountDue: undefined }));
    rows.push(
      createSnapshot({
        orderId: '3301',
        url: EVIL,
        payUrl: 'https://evil.test/pay/3301',
        buyer: { name: 'Lena Schmidt' },
      }),
    );
    await onPageRead(db, evilMessage(rows), evilSender, new Date().toISOString());
    await onPageRead(
      db,
      evilMessage([createSnapshot({ orderId: '1042', url: PAGE, status: 'paid', amountDue: undefined })]),
      evilSender,
      new Date().toISOString(),
    );

    const real = await db.orders.where('shop').equals('http://shop.test').toArray();
    expect(real.map((o) => [o.orderId, o.open, o.url.startsWith('http://shop.test/'), o.payUrl])).toEqual([
      ['1042', 1, true, undefined],
      ['3301', 1, true, 'http://shop.test/pay/3301'],
    ]);
    // evil.test's own orders are evil.test's: none reached the real shop, and its pay link is dropped.
    expect(await db.orders.where('shop').equals('http://evil.test').count()).toBe(100);
    expect((await db.orders.get(['woocommerce', 'http://evil.test', '3301']))?.payUrl).toBeUndefined();
    expect((await loadTabReading(9))?.reading.warnings).toContain(
      'Order #1042 was not saved: it points to another site than this page.',
    );
  });
});
