import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alternativesOf,
  contactSelectors,
  selectors,
  type SelectorKey as Key,
} from '@/lib/marketplaces/shopify/selectors';
import { adapter } from '@/lib/marketplaces/shopify';

const DIR = 'tests/fixtures/shopify';
const open = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}.html`, 'utf8'), 'text/html');
const SAVED_PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

// How many elements each selector finds on saved pages: a changed console (or a broken selector)
// shows up here first, with the page and the selector named.
const EXPECTED: Record<string, Partial<Record<Key, number>>> = {
  'orders-list-en': {
    main: 1,
    listTable: 1,
    bodyRow: 24,
    orderLink: 25 /* + "Create order" (draft_orders/new) */,
    panelAnchor: 1,
  },
  'orders-list-zh-cn': { main: 1, bodyRow: 8, orderLink: 8 /* the navigation's links are not orders' */ },
  'order-pending-en': { title: 1, customerLink: 1, mailto: 1, tel: 1, productLink: 2, card: 3, pageHeader: 1 },
  'order-paid-legacy-en': { title: 1, mailto: 0, tel: 0, productLink: 1, card: 3 },
};

describe('Shopify selectors on saved pages', () => {
  for (const [page, counts] of Object.entries(EXPECTED)) {
    const doc = open(page);
    it.each(Object.entries(counts))(`${page}: %s finds %i`, (key, count) => {
      expect(doc.querySelectorAll(selectors[key as Key]).length).toBe(count);
    });
  }

  // Every alternative is there for a page that needs it: one that matches on no saved page is
  // either dead or needs its page saved (tests/fixtures/shopify/README.md).
  const pages = SAVED_PAGES.map((name) => [name, open(name)] as const);
  const alternatives = Object.entries({ ...selectors, ...contactSelectors }).flatMap(([key, list]) =>
    alternativesOf(list).map((alternative) => [key, alternative] as const),
  );
  it.each(alternatives)('%s: "%s" matches on some saved page', (_key, alternative) => {
    expect(pages.filter(([, doc]) => doc.querySelector(alternative)).map(([name]) => name)).not.toEqual([]);
  });

  it('names, beside each alternative, a saved page it matches on', () => {
    const source = readFileSync('lib/marketplaces/shopify/selectors.ts', 'utf8');
    for (const [key, alternative] of alternatives) {
      const at = source.indexOf(`'${alternative}', // `);
      expect(at, `${key}: ${alternative} has no saved page named beside it`).toBeGreaterThan(-1);
      const page = /\/\/ ([\w-]+)/.exec(source.slice(at))![1]!;
      expect(open(page).querySelector(alternative), `${key}: ${alternative} on ${page}`).not.toBeNull();
    }
  });
});

describe('where Settle puts its things on a Shopify page', () => {
  it('finds an order’s row by the number its link prints, and no row for a number not listed', () => {
    const doc = open('orders-list-en');
    expect(adapter.listRow(doc, '1020')!.getAttribute('id')).toBe('5612345601020');
    expect(adapter.listRow(doc, '999')).toBeNull();
    expect(adapter.listRow(open('orders-list-zh-cn'), '1106')!.textContent).toContain('李娜');
  });

  it('puts the panel at the top of the page’s content, else in the main column', () => {
    const doc = open('order-pending-en');
    expect(adapter.panelAnchor(doc)!.className).toBe('Polaris-Page__Content');
    doc.querySelector('.Polaris-Page__Content')!.classList.remove('Polaris-Page__Content');
    expect(adapter.panelAnchor(doc)!.id).toBe('AppFrameMain');
  });
});
