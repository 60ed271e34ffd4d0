import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '@/lib/marketplaces';
import { admitPageOrders } from '@/lib/background/page-orders';
import { ingestSnapshots } from '@/lib/db/ingest';
import { checkEventLog, getOrderEvents } from '@/lib/db/queries';
import { SettleDb } from '@/lib/db/schema';
import { EBAY_SHOP } from '@/lib/marketplaces/ebay/shop';
import { loadFixtures } from '../../../console/fixtures.mjs';

/** When the background got the readings. */
const READ_AT = '2026-12-05T10:00:00.000Z';

// The whole path of an order eBay renumbers at payment, from its saved pages: read the unpaid page
// (on ebay.de) and the paid page (on ebay.com), admit each for its page, store: one order.
const pages = loadFixtures().filter((f) => f.marketplace === 'ebay');
const page = (name: string) => pages.find((f) => f.name === name)!;

function readAt(name: string, url: string) {
  const doc = new DOMParser().parseFromString(readFileSync(page(name).htmlPath, 'utf8'), 'text/html');
  const reading = readPage(doc, new URL(url));
  if (!reading.ok) throw new Error(reading.error);
  return admitPageOrders('ebay', reading.orders, url, READ_AT).orders;
}

let db: SettleDb;
let n = 0;
beforeEach(() => {
  db = new SettleDb(`settle-ebay-renumbered-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('an eBay order whose id changes on payment', () => {
  it('stays one order, read on two eBay sites, its whole timeline in one chain', async () => {
    const unpaidUrl = 'https://www.ebay.de/sh/ord/details?orderid=05-11111-22222';
    await ingestSnapshots(db, readAt('sh-ord-details-renumber-unpaid-en', unpaidUrl), '2026-11-30T20:20:00.000Z');
    const paidUrl = page('sh-ord-details-renumber-paid-en').url;
    await ingestSnapshots(db, readAt('sh-ord-details-renumber-paid-en', paidUrl), '2026-12-01T07:35:00.000Z');
    const orders = await db.orders.toArray();
    expect(orders.map((o) => [o.shop, o.orderId, o.consoleOrderId, o.status, o.open, o.url])).toEqual([
      [EBAY_SHOP, '05-11111-22222', '05-33333-44444', 'paid', 0, paidUrl],
    ]);
    const events = await getOrderEvents(db, ['ebay', EBAY_SHOP, '05-11111-22222']);
    expect(events.map((e) => e.data.type)).toContain('renumbered');
    expect(await checkEventLog(db)).toMatchObject({ ok: true });
  });
});
