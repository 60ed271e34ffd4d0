import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '@/lib/marketplaces';
import type { ConsoleAddresses } from '@/lib/marketplaces/types';
import { loadFixtures } from '../../console/fixtures.mjs';

// The house rules of ../shared/STYLE.md that a test can hold.
describe('project layout', () => {
  const contentScripts = readdirSync('entrypoints')
    .filter((f) => f.endsWith('.content.ts'))
    .map((f) => f.replace('.content.ts', ''));

  it('has one content script per registered adapter, named by its id, and the page module it loads', () => {
    expect(contentScripts.sort()).toEqual(adapters.map((a) => a.id).sort());
    for (const id of contentScripts) expect(existsSync(`entrypoints/${id}-page.ts`), id).toBe(true);
  });

  it.each(adapters.map((a) => a.id))(
    "%s's content script runs where its reader's patterns say and reads what its reader reads",
    async (id) => {
      const adapter = adapters.find((a) => a.id === id)!;
      const { ADDRESSES } = (await import(`@/lib/marketplaces/${id}/pages.ts`)) as { ADDRESSES: ConsoleAddresses };
      expect(ADDRESSES).toEqual({
        id,
        matches: adapter.matches,
        ...(adapter.excludeMatches && { excludeMatches: adapter.excludeMatches }),
        ...(adapter.allFrames && { allFrames: adapter.allFrames }),
        isOrderPageUrl: adapter.isOrderPageUrl,
        singlePageApp: !!adapter.spa,
      });
    },
  );

  it.each(adapters.map((a) => a.id))(
    '%s has its definition, rules, pages, selectors and extractors in its own folder, and saved pages of both kinds',
    (id) => {
      for (const file of ['console.ts', 'rules.ts', 'index.ts', 'pages.ts', 'selectors.ts'])
        expect(existsSync(`lib/marketplaces/${id}/${file}`), file).toBe(true);
      expect(readdirSync(`lib/marketplaces/${id}`).some((f) => f.startsWith('extract'))).toBe(true);
      const kinds = new Set(
        loadFixtures()
          .filter((f) => f.marketplace === id)
          .map((f) => f.expected.kind),
      );
      expect(kinds).toEqual(new Set(['order-list', 'order-detail', null]));
    },
  );
});
