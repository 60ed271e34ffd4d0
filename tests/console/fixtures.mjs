// The saved console pages and where each lives: every tests/fixtures/<marketplace>/<name>.html with
// an <name>.expected.json whose "url" is the page's real address.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A stable key for a page address: host, path and the query with its parameters sorted. */
export function pageKey(url) {
  const u = new URL(url);
  const params = [...u.searchParams].sort(([a], [b]) => a.localeCompare(b));
  return `${u.host}${u.pathname}?${new URLSearchParams(params)}`;
}

/** @returns {{ marketplace: string, name: string, htmlPath: string, url: string, expected: any }[]} */
export function loadFixtures(dir = FIXTURES_DIR) {
  const fixtures = [];
  for (const marketplace of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    for (const file of readdirSync(join(dir, marketplace)).filter((f) => f.endsWith('.expected.json'))) {
      const name = file.slice(0, -'.expected.json'.length);
      const htmlPath = join(dir, marketplace, `${name}.html`);
      if (!existsSync(htmlPath)) continue;
      const expected = JSON.parse(readFileSync(join(dir, marketplace, file), 'utf8'));
      fixtures.push({ marketplace, name, htmlPath, url: expected.url, expected });
    }
  }
  return fixtures;
}
