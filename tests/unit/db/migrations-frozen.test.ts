import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// An upgrade must do forever what it did when it shipped: it may use only code frozen with it
// (its own file, or a helper in lib/db/migrations/frozen/ named for its version or an earlier one)
// and these packages, never today's planner, defaults or helpers (tests/fixtures/db/README.md).
const MIGRATIONS = 'lib/db/migrations';
const PACKAGES = ['dexie', '@noble/hashes'];

/** Every import of a file: a path inside the repository for relative and `@/` ones, else the bare specifier. */
function importsOf(file: string): { specifier: string; resolved?: string }[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({ fileName: specifier }) => {
    if (specifier.startsWith('.')) return { specifier, resolved: `${join(dirname(file), specifier)}.ts` };
    if (specifier.startsWith('@/')) return { specifier, resolved: `${specifier.slice(2)}.ts` };
    return { specifier };
  });
}

/** What each version's upgrade reaches, following its relative imports to the end. */
function reachableFrom(entry: string): { file: string; specifier: string; resolved?: string }[] {
  const seen = new Set([entry]);
  const found: { file: string; specifier: string; resolved?: string }[] = [];
  for (const file of seen) {
    for (const imported of importsOf(file)) {
      found.push({ file, ...imported });
      if (imported.resolved?.startsWith(`${MIGRATIONS}/`)) seen.add(imported.resolved);
    }
  }
  return found;
}

const versionOf = (file: string) => Number(/(?:^|\/)v(\d+)[-.]/.exec(file)?.[1]);

describe('schema upgrades use only code frozen with them', () => {
  const entries = readdirSync(MIGRATIONS)
    .filter((f) => /^v\d+\.ts$/.test(f))
    .map((f) => `${MIGRATIONS}/${f}`);

  it('has one file per schema version, 1 to the current one', () => {
    expect(entries.map(versionOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it('names every frozen helper for the version it was frozen with', () => {
    for (const file of readdirSync(`${MIGRATIONS}/frozen`)) expect(file).toMatch(/^v\d+-[a-z0-9-]+\.ts$/);
  });

  it.each(entries)('%s imports nothing but its frozen set', (entry) => {
    const outside = reachableFrom(entry).filter(({ specifier, resolved }) => {
      if (!resolved) return !PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`));
      const inFrozenSet = resolved.startsWith(`${MIGRATIONS}/`) && !relative(MIGRATIONS, resolved).includes('..');
      return !inFrozenSet || versionOf(resolved) > versionOf(entry);
    });
    expect(outside.map(({ file, specifier }) => `${file} imports ${specifier}`)).toEqual([]);
  });
});
