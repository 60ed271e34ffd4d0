// @vitest-environment node
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Content scripts run on every console page, and the scripts they load at a send or a capture run
// in the same page: everything they reach, at any depth, must stay small and free of storage and
// UI. The graph is esbuild's (the same resolution as the build: relative, `@/` and packages).
const FORBIDDEN: [RegExp, string][] = [
  [/(^|\/)node_modules\/dexie\//, 'Dexie'],
  [/(^|\/)node_modules\/(preact|@preact\/[^/]+)\//, 'Preact'],
  [/(^|\/)node_modules\/valibot\//, 'valibot'],
  [/^lib\/db\//, 'lib/db'],
  [/^lib\/tracker\//, 'lib/tracker'],
  [/^components\//, 'components'],
  // ~14 KB minified: readers report dates as printed and the background reads them (lib/marketplaces/resolve-dates.ts).
  [/^lib\/marketplaces\/(parse\/dates|resolve-dates)\.ts$/, 'the date parser'],
];

/** Every script that runs in a console page: each console's content script and the scripts loaded into it. */
function pageScripts(): string[] {
  return readdirSync('entrypoints', { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && /\.content\.tsx?$|-page\.ts$|-contact\.ts$|^page-capture\.ts$/.test(entry.name))
      return [`entrypoints/${entry.name}`];
    if (entry.isDirectory() && entry.name.endsWith('.content'))
      return readdirSync(`entrypoints/${entry.name}`)
        .filter((f) => /^index\.tsx?$/.test(f))
        .map((f) => `entrypoints/${entry.name}/${f}`);
    return [];
  });
}

/** Every file the script reaches, as paths from the repository's root. */
async function importGraphOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
  });
  return Object.keys(result.metafile.inputs);
}

describe('scripts that run in a console page', () => {
  const scripts = pageScripts();

  it('are found: at least one content script and the scripts it loads', () => {
    expect(scripts.some((s) => s.includes('.content'))).toBe(true);
    expect(scripts).toContain('entrypoints/page-capture.ts');
  });

  it.each(scripts)(
    '%s reaches no Dexie, Preact, valibot, lib/db, lib/tracker, components or date parser, at any depth',
    async (entry) => {
      const graph = await importGraphOf(entry);
      expect(graph.length).toBeGreaterThan(3);
      const found = graph.flatMap((file) =>
        FORBIDDEN.filter(([pattern]) => pattern.test(file)).map(([, name]) => `${name}: ${file}`),
      );
      expect(found).toEqual([]);
    },
  );
});
