import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb, STORES_V2, STORES_V3 } from '@/lib/db/schema';
import { TABLES } from '@/lib/db/tables';
import { checkEventLog, checkOrderChain, getTotals } from '@/lib/db/queries';
import { listOpenCases } from '@/lib/db/open-cases';
import { recordChase } from '@/lib/db/chase';
import { chainEvent, GENESIS_HASH } from '@/lib/db/event-chain';
import type { ChaseState } from '@/lib/model/chase';
import type { OrderEvent } from '@/lib/model/events';
import type { OrderKey } from '@/lib/model/order-record';
import { chaseFromStatus } from '@/lib/tracker/chase-from-status';

const NAME = 'settle-migration-v3-v4';
afterEach(() => Dexie.delete(NAME));

const SHOP = 'http://shop.test';
/** Version 3's tables as a fresh version 3 database has them (the tables version 3 dropped are not there). */
const V3_TABLES = Object.fromEntries(Object.entries({ ...STORES_V2, ...STORES_V3 }).filter(([, schema]) => schema !== null)) as Record<string, string>;

/** A version 3 order row, exactly as version 3 wrote it (no `openCaseId`). */
function v3Order(orderId: string, chase: Partial<ChaseState>, extra: object = {}) {
  const base = { marketplace: 'woocommerce', shop: SHOP, orderId, url: `${SHOP}/wp-admin/post.php?post=${orderId}&action=edit`, status: 'unpaid', statusText: 'Pending payment', buyer: { name: 'Jane Doe' }, total: { amount: 10000, currency: 'USD' }, amountDue: { amount: 10000, currency: 'USD' }, items: [], placedAt: '2026-11-01T10:00:00.000Z' };
  return { ...base, open: 1, buyerKey: 'jane doe', firstSeenAt: '2026-11-01T10:00:00.000Z', lastActivityAt: '2026-11-02T10:00:00.000Z', chase: { ...chaseFromStatus(base as never), ...chase }, ...extra };
}

/** Each order's own chain, as version 3 keeps it. */
function chainFor(orderId: string, firstId: number): OrderEvent[] {
  const drafts = [
    { data: { type: 'detected', status: 'unpaid', total: { amount: 10000, currency: 'USD' } } },
    { data: { type: 'chase', change: { type: 'case_opened', venue: 'paypal' }, from: 'unpaid', to: 'case' } },
  ];
  let prev = GENESIS_HASH;
  return drafts.map((d, i) => {
    const e = { ...chainEvent({ marketplace: 'woocommerce', shop: SHOP, orderId, at: `2026-11-0${i + 1}T10:00:00.000Z`, url: 'x', data: d.data } as never, prev), id: firstId + i };
    prev = e.hash;
    return e;
  });
}

/** A version 3 database with data in every table: a case from before case ids, a case on a buyer, an open order, a paid order that had a case. */
async function makeV3Database() {
  const old = new Dexie(NAME);
  old.version(3).stores(V3_TABLES);
  await old.open();
  const orders = [
    v3Order('1', { stage: 'case', case: { venue: 'paypal', openedAt: '2026-11-02T10:00:00.000Z' } }),
    v3Order('2', { stage: 'case', case: { venue: 'court-england-wales', openedAt: '2026-11-02T10:00:00.000Z', id: 'c-2-3', orders: ['2', '3'] } }),
    v3Order('3', { stage: 'case', case: { venue: 'court-england-wales', openedAt: '2026-11-02T10:00:00.000Z', id: 'c-2-3', orders: ['2', '3'] } }),
    v3Order('4', { stage: 'reminded', remindersSent: 1 }, { nextDueAt: '2026-11-05T10:00:00.000Z' }),
    v3Order('5', { stage: 'paid', paid: 10000, case: { venue: 'paypal', openedAt: '2026-11-02T10:00:00.000Z' } }, { open: 0, status: 'paid', amountDue: undefined }),
  ];
  await old.table(TABLES.orders).bulkAdd(orders);
  const events = ['1', '2', '3', '4', '5'].flatMap((id, i) => chainFor(id, i * 2 + 1));
  await old.table(TABLES.events).bulkAdd(events);
  await old.table(TABLES.chains).bulkAdd(['1', '2', '3', '4', '5'].map((orderId) => { const own = events.filter((e) => e.orderId === orderId); return { marketplace: 'woocommerce', shop: SHOP, orderId, head: own.at(-1)!.hash, length: own.length }; }));
  await old.table(TABLES.buyers).add({ marketplace: 'woocommerce', shop: SHOP, buyerKey: 'jane doe', name: 'Jane Doe', orderCount: 5, openCount: 4, firstSeenAt: 'a', lastSeenAt: 'b' });
  await old.table(TABLES.evidence).add({ marketplace: 'woocommerce', shop: SHOP, orderId: '2', kind: 'attachment', url: '', capturedAt: 'x', sha256: 'f'.repeat(64), blob: 'bytes', name: 'invoice.pdf' });
  await old.table(TABLES.sends).add({ sendId: 's1', marketplace: 'woocommerce', shop: SHOP, orderId: '4', buyerKey: 'jane doe', tone: 'friendly', channel: 'console-form', text: 'Please pay', url: 'x', startedAt: '2026-11-03T00:00:00.000Z', status: 'sent' });
  await old.table(TABLES.templates).add({ id: 'friendly:en', tone: 'friendly', locale: 'en', subject: 'S', body: 'B' });
  await old.table(TABLES.settings).bulkAdd([{ key: 'language', value: 'zh_CN' }, { key: 'notified-due', value: ['x'] }]);
  await old.table(TABLES.summary).add({ id: 'totals', openCount: 4, openDueByCurrency: { USD: 40000 } });
  const dump = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.toArray()] as const)));
  old.close();
  return dump;
}

describe('schema version 3 → 4: open cases are indexed', () => {
  it('keeps every row of every table as it was, and adds openCaseId to the orders in an open case only', async () => {
    const before = await makeV3Database();
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(before).sort());
    for (const table of db.tables) {
      if (table.name === TABLES.orders) continue;
      expect(await table.toArray(), table.name).toEqual(before[table.name]);
    }
    const orders = await db.orders.toArray();
    expect(orders.map(({ openCaseId: _, ...rest }) => rest)).toEqual(before[TABLES.orders]);
    expect(Object.fromEntries(orders.map((o) => [o.orderId, o.openCaseId]))).toEqual({ '1': `order:woocommerce/${SHOP}/1`, '2': 'c-2-3', '3': 'c-2-3', '4': undefined, '5': undefined });

    // The background finds both open cases through the index, and nothing else.
    expect((await listOpenCases(db)).map((c) => [c.id, c.orders.map((o) => o.orderId)]).sort()).toEqual([
      ['c-2-3', ['2', '3']],
      [`order:woocommerce/${SHOP}/1`, ['1']],
    ]);
    expect(await checkEventLog(db)).toEqual({ ok: true, length: 10 });
    expect(await getTotals(db)).toMatchObject({ openCount: 4 });
    db.close();
  });

  it('lets an upgraded case go on: a step keeps its chain intact and a payment in full takes it out of the index', async () => {
    await makeV3Database();
    const db = new SettleDb(NAME);
    const key: OrderKey = ['woocommerce', SHOP, '1'];
    await recordChase(db, key, { type: 'case_deadline_set', deadline: '2026-12-01T00:00:00.000Z' }, { now: '2026-11-20T00:00:00.000Z', url: 'x' });
    expect((await db.orders.get(key))!.chase.case).toMatchObject({ venue: 'paypal', deadline: '2026-12-01T00:00:00.000Z' });
    await recordChase(db, key, { type: 'payment_recorded', amount: 10000 }, { now: '2026-11-21T00:00:00.000Z', url: 'x' });
    expect((await db.orders.get(key))!.openCaseId).toBeUndefined();
    expect((await listOpenCases(db)).map((c) => c.id)).toEqual(['c-2-3']);
    expect(await checkOrderChain(db, key)).toMatchObject({ ok: true, length: 4 });
    db.close();
  });
});
