import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alternativesOf,
  contactSelectors,
  selectors,
  type SelectorKey as Key,
} from '@/lib/marketplaces/etsy/selectors';
import { ETSY_FIXTURES, openSaved } from './open-page';

const SAVED_PAGES = readdirSync(ETSY_FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

// How many elements each selector finds on saved pages: a changed console shows up here first.
const EXPECTED: Record<string, Partial<Record<Key, number>>> = {
  'sold-list-en': {
    mainColumn: 1,
    listRow: 24,
    orderLink: 24,
    dropdown: 48 /* the buyer's menu and "Update progress" on each row */,
    actionTooltip: 24,
    profileLink: 24,
    shipToName: 24,
    status: 24,
    date: 24,
    moneyValue: 24,
    overlay: 0,
    orderInfo: 0,
  },
  'order-unpaid-en': {
    listRow: 24,
    overlay: 1,
    orderInfo: 1,
    orderInfoLink: 1,
    tabPanel: 1,
    itemRow: 2,
    itemTitle: 29 + 2 /* the list's items, the overlay's */,
    status: 25,
  },
  'not-orders-dashboard': { listRow: 0, overlay: 0, orderInfo: 0 },
};

describe('Etsy selectors on saved pages', () => {
  for (const [page, counts] of Object.entries(EXPECTED)) {
    const doc = openSaved(page);
    it.each(Object.entries(counts))(`${page}: %s finds %i`, (key, count) => {
      expect(doc.querySelectorAll(selectors[key as Key]).length).toBe(count);
    });
  }

  /** Matches in the page and in every open shadow root (the composer's textarea lives in one). */
  const find = (doc: Document, selector: string): boolean =>
    !!doc.querySelector(selector) ||
    [...doc.querySelectorAll('*')].some((el) => !!(el.shadowRoot && el.shadowRoot.querySelector(selector)));

  const alternatives = Object.entries({ ...selectors, ...contactSelectors }).flatMap(([key, list]) =>
    alternativesOf(list).map((alternative) => [key, alternative] as const),
  );
  const pages = SAVED_PAGES.map((name) => [name, openSaved(name)] as const);

  it.each(alternatives)('%s: "%s" matches on some saved page', (_key, alternative) => {
    expect(pages.filter(([, doc]) => find(doc, alternative)).map(([name]) => name)).not.toEqual([]);
  });

  it('names, beside each alternative, a saved page it matches on', () => {
    const source = readFileSync('lib/marketplaces/etsy/selectors.ts', 'utf8');
    for (const [key, alternative] of alternatives) {
      const at = source.indexOf(`'${alternative}', // `);
      expect(at, `${key}: ${alternative} has no saved page named beside it`).toBeGreaterThan(-1);
      const page = /\/\/ ([\w-]+)/.exec(source.slice(at))![1]!;
      expect(find(openSaved(page), alternative), `${key}: ${alternative} on ${page}`).toBe(true);
    }
  });

  it('reads the overlay status from the Collage badge, whose words are in its shadow root', () => {
    const badge = openSaved('order-unpaid-en').querySelector('clg-badge')!;
    expect(badge.textContent).toBe('');
    expect(badge.shadowRoot!.textContent).toContain('Unpaid');
  });
});
