// Builds a long orders list of Shopify, eBay or Etsy from the rows of its saved list page (the same
// markup as its fixtures), with its expected reading: for the benchmark's 500-row list reads
// (scripts/bench-readers.mjs). Each row is a saved row taken in turn, its order's ids replaced by new ones.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { FIXTURES_DIR } from './fixtures.mjs';

/** Per console: its saved list, the selector of its order rows there, and the ids of the n-th new order. */
const CONSOLES = {
  // A row's order is named twice: its number ("#1024") and the numeric id in its link.
  shopify: {
    page: 'shopify/orders-list-en',
    row: 'tbody > tr',
    ids: (n) => ({ orderId: String(20000 + n), urlId: String(5612345700000 + n) }),
  },
  // The order id (`12-34567-89012`) is in the row's class and its details link.
  ebay: {
    page: 'ebay/sh-ord-list-en',
    row: 'tr.order-info',
    ids: (n) => ({ orderId: `27-${String(10000 + n)}-${String(20000 + n)}` }),
  },
  // The receipt id is in the row's order link and its checkbox label.
  etsy: {
    page: 'etsy/sold-list-en',
    row: '.panel-body-row',
    ids: (n) => ({ orderId: String(4000000000 + n) }),
  },
};

const MARK = '<!--settle-generated-rows-->';
const replaceAll = (text, pairs) => pairs.reduce((out, [from, to]) => out.split(from).join(to), text);

/**
 * @param {'shopify' | 'ebay' | 'etsy'} marketplace
 * @returns {{ url: string, html: string, expected: object[] }} the saved list's address, a full page with `count` orders, and their reading.
 */
export function consoleListPage(marketplace, count = 500) {
  const { page, row, ids } = CONSOLES[marketplace];
  const saved = JSON.parse(readFileSync(`${FIXTURES_DIR}/${page}.expected.json`, 'utf8'));
  const { document } = parseHTML(readFileSync(`${FIXTURES_DIR}/${page}.html`, 'utf8'));
  const rows = [...document.querySelectorAll(row)];
  if (rows.length !== saved.orders.length)
    throw new Error(`${page}: ${rows.length} rows, ${saved.orders.length} orders`);
  const templates = rows.map((element, i) => {
    const order = saved.orders[i];
    const urlId = (/(\d+)$/.exec(new URL(order.url).pathname) ?? [])[1];
    return { html: element.outerHTML, order, urlId };
  });
  rows[0].before(document.createComment(MARK.slice(4, -3)));
  for (const element of rows) element.remove();
  const generated = Array.from({ length: count }, (_, n) => {
    const { html, order, urlId } = templates[n % templates.length];
    const next = ids(n);
    // The link's numeric id first: it may hold the order number (5612345601024 holds 1024).
    const pairs = [...(next.urlId && urlId ? [[urlId, next.urlId]] : []), [order.orderId, next.orderId]];
    return { html: replaceAll(html, pairs), expected: JSON.parse(replaceAll(JSON.stringify(order), pairs)) };
  });
  const html = `<!DOCTYPE html>\n${document.documentElement.outerHTML}`.replace(
    MARK,
    generated.map((r) => r.html).join('\n'),
  );
  return { url: saved.url, html, expected: generated.map((r) => r.expected) };
}
