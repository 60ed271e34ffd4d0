import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { TABLES } from '@/lib/db/tables';
import { dueRowOf } from '@/lib/db/due-rows';
import { listDue } from '@/lib/db/due';
import { defaultChaseSettings } from '@/lib/db/settings';
import v5 from '../../fixtures/db/v5.json';
import { loadDump } from './load-dump';

const NAME = 'settle-migration-v5-v6';
afterEach(() => Dexie.delete(NAME));

describe('schema version 5 (tests/fixtures/db/v5.json) → 6: the due table', () => {
  it('keeps every row of every table and gives each order with a reminder planned its due row', async () => {
    await loadDump(NAME, v5);
    const db = new SettleDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    for (const table of db.tables) {
      if (table.name === TABLES.due) continue;
      expect(await table.toArray(), table.name).toEqual((v5.tables as Record<string, object[]>)[table.name]);
    }
    const orders = await db.orders.toArray();
    // The frozen upgrade made the rows today's code makes, for the planned reminders only.
    const expected = orders.map(dueRowOf).filter((row) => row !== undefined);
    expect(await db.due.toArray()).toEqual(expected);
    expect((await db.due.toArray()).map((row) => [row.shop, row.orderId, row.dueAt, row.lapseAt])).toEqual([
      ['http://shop.test', '3001', '2026-11-21T09:12:00.000Z', undefined],
      // A promise, and an extension: each lapses at its own date.
      ['http://shop.test', '3002', '2026-11-26T12:00:00.000Z', '2026-11-26T12:00:00.000Z'],
      ['http://shop.test', '3004', '2026-11-30T08:00:00.000Z', '2026-11-30T00:00:00.000Z'],
    ]);
    const due = await listDue(db, { ...defaultChaseSettings(), timeZone: 'UTC' }, '2026-11-27T00:00:00.000Z');
    expect(due.dueNow.map((c) => c.orderId)).toEqual(['3001', '3002']);
  });
});
