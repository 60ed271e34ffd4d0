import { describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { DB_NAME, TABLES } from '@/lib/db/tables';

describe('database schema', () => {
  it('names every table once, in lower camel case, and declares them all', async () => {
    const names = Object.values(TABLES);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-zA-Z]*$/);
    const db = new SettleDb('settle-schema-test');
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...names].sort());
    expect(db.verno).toBe(5);
    // Two shops may share an order number: the shop is part of every order's and buyer's key.
    expect(db.orders.schema.primKey.keyPath).toEqual(['marketplace', 'shop', 'orderId']);
    expect(db.buyers.schema.primKey.keyPath).toEqual(['marketplace', 'shop', 'buyerKey']);
    await db.delete();
  });

  it('uses the database name "settle"', () => {
    expect(DB_NAME).toBe('settle');
    expect(new SettleDb().name).toBe('settle');
  });
});
