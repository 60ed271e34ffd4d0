import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alternativesOf,
  contactSelectors,
  selectors,
  type SelectorKey as Key,
} from '@/lib/marketplaces/ebay/selectors';

const DIR = 'tests/fixtures/ebay';
const open = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}.html`, 'utf8'), 'text/html');
const SAVED_PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

// How many elements each selector finds on saved pages: a changed console (or a broken selector)
// shows up here first, with the page and the selector named.
const EXPECTED: Record<string, Partial<Record<Key, number>>> = {
  'sh-ord-list-en': {
    listRow: 22,
    detailsLink: 22,
    buyerLink: 22,
    rowStatus: 22,
    infoLabel: 0,
    detailFrame: 0,
    ordersRegion: 1,
  },
  'sh-ord-list-awaiting-de': { listRow: 3, detailsLink: 3, rowStatus: 3 },
  'sh-ord-details-unpaid-en': { infoLabel: 7, lineItemLink: 1, buyerLink: 1, panelAnchor: 1, listRow: 0 },
  'sh-ord-details-frame-shell': { detailFrame: 1, infoLabel: 0, panelAnchor: 1 },
  'sh-ovw': { listRow: 0, infoLabel: 0 },
};

describe('eBay selectors on saved pages', () => {
  for (const [page, counts] of Object.entries(EXPECTED)) {
    const doc = open(page);
    it.each(Object.entries(counts))(`${page}: %s finds %i`, (key, count) => {
      expect(doc.querySelectorAll(selectors[key as Key]).length).toBe(count);
    });
  }

  // Every alternative is there for a page that needs it: one that matches on no saved page is
  // either dead or needs its page saved (tests/fixtures/ebay/README.md).
  const pages = SAVED_PAGES.map((name) => [name, open(name)] as const);
  const alternatives = Object.entries({ ...selectors, ...contactSelectors }).flatMap(([key, list]) =>
    alternativesOf(list).map((alternative) => [key, alternative] as const),
  );
  it.each(alternatives)('%s: "%s" matches on some saved page', (_key, alternative) => {
    expect(pages.filter(([, doc]) => doc.querySelector(alternative)).map(([name]) => name)).not.toEqual([]);
  });

  it('names, beside each alternative, a saved page it matches on', () => {
    const source = readFileSync('lib/marketplaces/ebay/selectors.ts', 'utf8');
    for (const [key, alternative] of alternatives) {
      const at = source.indexOf(`'${alternative}', // `);
      expect(at, `${key}: ${alternative} has no saved page named beside it`).toBeGreaterThan(-1);
      const page = /\/\/ ([\w-]+)/.exec(source.slice(at))![1]!;
      expect(open(page).querySelector(alternative), `${key}: ${alternative} on ${page}`).not.toBeNull();
    }
  });
});
