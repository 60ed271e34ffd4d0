import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '@/lib/marketplaces';
import { loadFixtures } from '../../console/fixtures.mjs';

// The house rules of ../shared/STYLE.md that a test can hold.
describe('project layout', () => {
  const contentScripts = readdirSync('entrypoints')
    .filter((f) => f.endsWith('.content.ts'))
    .map((f) => f.replace('.content.ts', ''));

  it('has one content script per registered adapter, named by its id', () => {
    expect(contentScripts.sort()).toEqual(adapters.map((a) => a.id).sort());
  });

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
