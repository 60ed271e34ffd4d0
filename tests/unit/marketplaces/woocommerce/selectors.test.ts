import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alternativesOf,
  contactSelectors,
  selectors,
  type SelectorKey as Key,
} from '@/lib/marketplaces/woocommerce/selectors';

const DIR = 'tests/fixtures/woocommerce';
const open = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}.html`, 'utf8'), 'text/html');
const SAVED_PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

// How many elements each selector finds on two saved pages: a changed console (or a broken
// selector) shows up here first, with the page and the selector named.
const EXPECTED: Record<string, Partial<Record<Key, number>>> = {
  'hpos-list-en': {
    listBody: 1,
    listRow: 8,
    rowNumberCell: 8,
    rowOrderLink: 8,
    rowDate: 8,
    rowStatus: 8,
    rowTotal: 8,
    wcSettingsScript: 1,
    orderData: 0,
  },
  'legacy-list-zh': {
    listBody: 1,
    listRow: 7,
    rowNumberCell: 7,
    rowOrderLink: 7,
    rowDate: 7,
    rowStatus: 7,
    rowTotal: 7,
  },
  'hpos-edit-pending-en': {
    orderData: 1,
    heading: 1,
    statusSelect: 1,
    payLink: 1,
    dateInput: 1,
    hourInput: 1,
    minuteInput: 1,
    secondInput: 1,
    billingFirstName: 1,
    billingLastName: 1,
    billingCompany: 1,
    billingEmail: 1,
    billingPhone: 1,
    billingMailto: 1,
    lineItemsBody: 1,
    lineItem: 2,
    itemName: 2,
    itemSku: 2,
    itemCost: 3 /* + the shipping row's */,
    customerSelected: 1,
    totalsTable: 3 /* totals, hook table, refund form */,
    itemQuantityView: 2,
    itemQuantityInput: 2,
    listBody: 0,
    notesList: 1,
    customerNote: 0 /* one system note */,
    noteContent: 1,
  },
  'hpos-edit-hostile': { customerNote: 1, noteContent: 1 },
  'legacy-edit-processing-en': { orderData: 1, orderEditMarkers: 3, payLink: 0, lineItem: 1, statusSelect: 1 },
};

describe('WooCommerce selectors on saved pages', () => {
  for (const [page, counts] of Object.entries(EXPECTED)) {
    const doc = open(page);
    it.each(Object.entries(counts))(`${page}: %s finds %i`, (key, count) => {
      expect(doc.querySelectorAll(selectors[key as Key]).length).toBe(count);
    });
  }

  // Every alternative is there for a page that needs it: one that matches on no saved page is
  // either dead or needs its page saved (tests/fixtures/woocommerce/README.md).
  const pages = SAVED_PAGES.map((name) => [name, open(name)] as const);
  const alternatives = Object.entries({ ...selectors, ...contactSelectors }).flatMap(([key, list]) =>
    alternativesOf(list).map((alternative) => [key, alternative] as const),
  );
  it.each(alternatives)('%s: "%s" matches on some saved page', (_key, alternative) => {
    expect(pages.filter(([, doc]) => doc.querySelector(alternative)).map(([name]) => name)).not.toEqual([]);
  });

  it('names, beside each alternative, a saved page it matches on', () => {
    const source = readFileSync('lib/marketplaces/woocommerce/selectors.ts', 'utf8');
    for (const [key, alternative] of alternatives) {
      const at = source.indexOf(`'${alternative}', // `);
      expect(at, `${key}: ${alternative} has no saved page named beside it`).toBeGreaterThan(-1);
      const page = /\/\/ ([\w-]+)/.exec(source.slice(at))![1]!;
      expect(open(page).querySelector(alternative), `${key}: ${alternative} on ${page}`).not.toBeNull();
    }
  });

  it('joins the alternatives of an entry into one selector list', () => {
    expect(selectors.orderEditMarkers).toBe('#order_data,#woocommerce-order-data,body.post-type-shop_order');
  });
});
