import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb, STORES_V2 } from '@/lib/db/schema';
import { checkEventLog, checkOrderChain, getOrderEvents, getTotals } from '@/lib/db/queries';
import { chainEvent, GENESIS_HASH } from '@/lib/db/event-chain';
import { V2_CHAIN_RECORD_KEY } from '@/lib/db/migrate-v3';
import { chaseFromStatus } from '@/lib/tracker/chase-from-status';
import type { OrderEvent } from '@/lib/model/events';
import type { OrderKey } from '@/lib/model/order-record';

const NAME = 'settle-migration-v2-v3';
afterEach(() => Dexie.delete(NAME));

const REAL = 'https://real.shop/wp-admin/admin.php?page=wc-orders&action=edit&id=3301';
const SHOP = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const OTHER = 'http://other.test/wp-admin/post.php?post=1042&action=edit';
const DASH = 'chrome-extension://abc/dashboard.html#/order/generic/M-1';

/** A version 2 order row, exactly as version 2 wrote it: keyed by marketplace and number, no shop. */
function v2Order(marketplace: string, orderId: string, url: string, buyer: string, extra: object = {}) {
  const base = { marketplace, orderId, url, status: 'unpaid', statusText: 'Pending payment', buyer: { name: buyer }, total: { amount: 10000, currency: 'USD' }, amountDue: { amount: 10000, currency: 'USD' }, items: [] };
  return { ...base, open: 1, buyerKey: buyer.toLowerCase(), firstSeenAt: '2026-11-01T00:00:00.000Z', lastActivityAt: '2026-11-01T00:00:00.000Z', chase: chaseFromStatus(base as never), nextDueAt: '2026-11-02T00:00:00.000Z', ...extra };
}

/** Version 2's events: one chain across every order, hashed without a shop. */
function v2Events() {
  const rows = [
    ['woocommerce', '3301', REAL],
    ['woocommerce', '1042', SHOP],
    ['woocommerce', '2088', OTHER],
    ['generic', 'M-1', DASH],
    ['woocommerce', '1042', SHOP],
  ] as const;
  let prev = GENESIS_HASH;
  return rows.map(([marketplace, orderId, url], i) => {
    const draft = { marketplace, orderId, at: `2026-11-0${i + 1}T00:00:00.000Z`, url, data: { type: 'details_changed', fields: ['url'] } };
    const e = { ...chainEvent(draft as never, prev), id: i + 1 } as Omit<OrderEvent, 'shop'>;
    prev = e.hash;
    return e;
  });
}

/** Fills every version 2 table, with the cases that must not merge: one number in two shops, one buyer in two shops. */
async function makeV2Database() {
  const old = new Dexie(NAME);
  old.version(2).stores(STORES_V2);
  await old.open();
  const events = v2Events();
  await old.table('orders').bulkPut([
    // The residue of the attack: evil.test left its pay link on a real shop's order.
    v2Order('woocommerce', '3301', REAL, 'Lena Schmidt', { payUrl: 'https://evil.test/pay/3301' }),
    v2Order('woocommerce', '1042', SHOP, 'Jane Doe', { payUrl: 'http://shop.test/checkout/order-pay/1042/?key=wc_order_abc' }),
    v2Order('woocommerce', '2088', OTHER, 'Jane Doe', { open: 0, status: 'paid' }),
    v2Order('generic', 'M-1', DASH, 'Tab at the bar'),
  ]);
  await old.table('buyers').bulkPut([
    { marketplace: 'woocommerce', buyerKey: 'jane doe', name: 'Jane Doe', orderCount: 2, openCount: 1, firstSeenAt: 'a', lastSeenAt: 'b', paused: true, lastReminderAt: '2026-11-05T00:00:00.000Z' },
    { marketplace: 'woocommerce', buyerKey: 'lena schmidt', name: 'Lena Schmidt', orderCount: 1, openCount: 1, firstSeenAt: 'a', lastSeenAt: 'b' },
    { marketplace: 'generic', buyerKey: 'tab at the bar', name: 'Tab at the bar', orderCount: 1, openCount: 1, firstSeenAt: 'a', lastSeenAt: 'b' },
  ]);
  await old.table('events').bulkPut(events);
  await old.table('evidence').put({ marketplace: 'woocommerce', orderId: '3301', kind: 'json', url: REAL, capturedAt: 'x', sha256: 'f'.repeat(64), blob: 'bytes' });
  await old.table('templates').put({ id: 'friendly:en', tone: 'friendly', locale: 'en', subject: 'S', body: 'B' });
  await old.table('settings').put({ key: 'language', value: 'zh_CN' });
  await old.table('summary').bulkPut([
    { id: 'totals', openCount: 3, openDueByCurrency: { USD: 30000 } },
    { id: 'event-chain', head: events.at(-1)!.hash, length: events.length },
  ]);
  await old.table('sends').bulkPut([
    { sendId: 's1', marketplace: 'woocommerce', orderId: '1042', buyerKey: 'jane doe', shop: 'shop.test', tone: 'friendly', channel: 'console-form', text: 'Please pay', url: SHOP, startedAt: '2026-11-05T00:00:00.000Z', status: 'sent' },
  ]);
  old.close();
  return { events };
}

describe('schema version 2 → 3: every row belongs to its shop', () => {
  it('keeps every row of every table, merges nothing, and gives each its shop', async () => {
    const { events } = await makeV2Database();
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);

    const orders = Object.fromEntries((await db.orders.toArray()).map((o) => [o.orderId, o]));
    expect(Object.keys(orders).sort()).toEqual(['1042', '2088', '3301', 'M-1']);
    expect(orders['3301']).toMatchObject({ shop: 'https://real.shop', buyer: { name: 'Lena Schmidt' } });
    expect(orders['3301']!.payUrl).toBeUndefined(); // another site's pay link is not kept
    expect(orders['1042']).toMatchObject({ shop: 'http://shop.test', payUrl: 'http://shop.test/checkout/order-pay/1042/?key=wc_order_abc' });
    expect(orders['2088']!.shop).toBe('http://other.test');
    expect(orders['M-1']!.shop).toBe('manual');

    // Jane bought in two shops: two buyers now, each counting only their shop's orders; the pause is kept on both.
    const buyers = await db.buyers.toArray();
    expect(buyers).toHaveLength(4);
    expect(await db.buyers.get(['woocommerce', 'http://shop.test', 'jane doe'])).toMatchObject({ orderCount: 1, openCount: 1, paused: true, lastReminderAt: '2026-11-05T00:00:00.000Z' });
    expect(await db.buyers.get(['woocommerce', 'http://other.test', 'jane doe'])).toMatchObject({ orderCount: 1, openCount: 0, paused: true });
    expect(await db.buyers.get(['generic', 'manual', 'tab at the bar'])).toMatchObject({ orderCount: 1 });

    // Every event is kept, in its order, with its words, and each order now has its own intact chain.
    const after = await db.events.orderBy('id').toArray();
    expect(after.map((e) => [e.id, e.at, e.url, e.data])).toEqual(events.map((e) => [e.id, e.at, e.url, e.data]));
    expect(after.map((e) => e.shop)).toEqual(['https://real.shop', 'http://shop.test', 'http://other.test', 'manual', 'http://shop.test']);
    expect(await checkEventLog(db)).toEqual({ ok: true, length: events.length });
    const shopKey: OrderKey = ['woocommerce', 'http://shop.test', '1042'];
    expect((await getOrderEvents(db, shopKey)).map((e) => e.id)).toEqual([2, 5]);
    expect(await checkOrderChain(db, shopKey)).toMatchObject({ ok: true, length: 2 });
    // What version 2's single chain was, checked before it was re-chained, is kept.
    expect((await db.settings.get(V2_CHAIN_RECORD_KEY))?.value).toEqual({ head: events.at(-1)!.hash, length: 5, intact: true });

    expect(await db.sends.get('s1')).toMatchObject({ shop: 'http://shop.test', status: 'sent', text: 'Please pay' });
    expect(await db.sends.where('[marketplace+shop+orderId]').equals(shopKey).count()).toBe(1);
    expect((await db.evidence.toArray())[0]).toMatchObject({ shop: 'https://real.shop', sha256: 'f'.repeat(64) });
    expect(await db.templates.get('friendly:en')).toMatchObject({ body: 'B' });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh_CN' });
    expect(await getTotals(db)).toMatchObject({ openCount: 3, openDueByCurrency: { USD: 30000 } });
    expect(await db.summary.get('event-chain')).toBeUndefined();
    db.close();
  });

  it('says when version 2\'s chain had already been altered, and still keeps every event', async () => {
    await makeV2Database();
    const old = new Dexie(NAME);
    old.version(2).stores(STORES_V2);
    await old.open();
    await old.table('events').update(3, { at: '2020-01-01T00:00:00.000Z' });
    old.close();
    const db = new SettleDb(NAME);
    await db.open();
    expect((await db.settings.get(V2_CHAIN_RECORD_KEY))?.value).toMatchObject({ intact: false });
    expect(await db.events.count()).toBe(5);
    db.close();
  });
});
