import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb, STORES_V1 } from '@/lib/db/schema';
import { checkEventLog, getTotals } from '@/lib/db/queries';
import { ingestSnapshots } from '@/lib/db/ingest';
import { createSnapshot } from '../factories';

const NAME = 'settle-migration-v1';
afterEach(() => Dexie.delete(NAME));

/** The database exactly as version 1 shipped it, filled by version 1's own code path. */
async function makeV1Database() {
  const v1 = new SettleDb(NAME);
  // Write through the current ingest, then strip what v2 added, so the rows are v1-shaped.
  await ingestSnapshots(v1, [
    createSnapshot({ orderId: '1' }),
    createSnapshot({ orderId: '2', status: 'paid', amountDue: undefined }),
    createSnapshot({ orderId: '3', status: 'cancelled', amountDue: undefined }),
    createSnapshot({ orderId: '4', total: { amount: 29800, currency: 'CNY' }, amountDue: { amount: 29800, currency: 'CNY' } }),
  ], new Date().toISOString());
  const rows = (await v1.orders.toArray()).map(({ chase: _c, nextDueAt: _n, ...v1Row }) => v1Row);
  const rest = { events: await v1.events.toArray(), buyers: await v1.buyers.toArray(), summary: await v1.summary.toArray() };
  v1.close();
  await Dexie.delete(NAME);
  const old = new Dexie(NAME);
  old.version(1).stores(STORES_V1);
  await old.open();
  await old.table('orders').bulkPut(rows);
  await old.table('events').bulkPut(rest.events);
  await old.table('buyers').bulkPut(rest.buyers);
  await old.table('summary').bulkPut(rest.summary);
  await old.table('settings').put({ key: 'language', value: 'zh_CN' });
  const counts = { orders: await old.table('orders').count(), events: await old.table('events').count() };
  old.close();
  return counts;
}

describe('schema version 1 → current', () => {
  it('keeps every order, event, buyer, setting and the summary, and starts each order\'s chase from its status', async () => {
    const before = await makeV1Database();
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.orders.count()).toBe(before.orders);
    expect(await db.events.count()).toBe(before.events);
    expect(await db.buyers.count()).toBeGreaterThan(0);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh_CN' });
    expect(await getTotals(db)).toMatchObject({ openCount: 2, openDueByCurrency: { USD: 123880, CNY: 29800 } });
    expect(await checkEventLog(db)).toEqual({ ok: true, length: before.events });
    const stages = Object.fromEntries((await db.orders.toArray()).map((o) => [o.orderId, o.chase]));
    expect(stages['1']).toMatchObject({ stage: 'unpaid', remindersSent: 0, paid: 0, paused: false });
    expect(stages['2']).toMatchObject({ stage: 'paid', paid: 123880 });
    expect(stages['3']).toMatchObject({ stage: 'cancelled' });
    // Each open order gets its first reminder planned, found through the new index; closed ones none.
    const planned = await db.orders.where('nextDueAt').above('').toArray();
    expect(planned.map((o) => o.orderId).sort()).toEqual((await db.orders.filter((o) => o.open === 1).toArray()).map((o) => o.orderId).sort());
    expect(planned.length).toBe(2);
    expect(await db.sends.count()).toBe(0);
    db.close();
  });
});
