// The size budgets of the built content scripts, measured the same way by `npm run bench` (which
// reports them) and `npm test` (which fails on them): `node scripts/bundle-budgets.mjs` measures
// the builds in .output/ and exits 1 when a script is over its budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

// Every content script runs on every console page: each within 35 KB minified and 12 KB gzip, the
// WXT runtime included (issue 9). Content scripts go without the polyfill (wxt.config.ts), and
// sending code is loaded only at a send (lib/content/console-contact.ts).
const SCRIPT_BUDGET_KB = { minified: 35, gzip: 12 };
// Tighter rows for scripts issue 13 holds to less (by the content script's file name).
const SCRIPT_BUDGET_KB_OF = {
  etsy: { minified: 30, gzip: 12 },
  ebay: { minified: 30, gzip: 12 },
  shopify: { minified: 30, gzip: 12 },
};

/** The builds measured, by their folder in .output/, with the `wxt build` arguments that make each. */
export const TARGETS = [
  { target: 'chrome-mv3', buildArgs: [] },
  { target: 'firefox-mv2', buildArgs: ['-b', 'firefox'] },
];

export const contentScriptsDir = (target) => `.output/${target}/content-scripts`;

const round = (x) => Math.round(x * 1000) / 1000;

/**
 * Every script that runs in a console page: each content script (the address check) and the page
 * module it loads on an order page (`<id>-page.js`, the reader and the panel), by console.
 */
function consolePageScripts(target) {
  const dir = contentScriptsDir(target);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .flatMap((file) => {
      const id = file.replace(/\.js$/, '');
      const module = `.output/${target}/${id}-page.js`;
      return [
        { id, path: `${dir}/${file}`, what: 'content script' },
        ...(existsSync(module) ? [{ id, path: module, what: 'page module' }] : []),
      ];
    });
}

/** One row per script and measure, as `npm run bench -- --json` prints them. */
export function measureContentScripts(target) {
  return consolePageScripts(target).flatMap(({ id, path, what }) => {
    const bytes = readFileSync(path);
    const gzip = gzipSync(bytes).length;
    const budget = SCRIPT_BUDGET_KB_OF[id] ?? SCRIPT_BUDGET_KB;
    const name = `${id} ${what}, ${target.split('-')[0]}`;
    return [
      {
        name: `${name} (minified)`,
        value: round(bytes.length / 1024),
        unit: 'KB',
        budget: budget.minified,
        ok: bytes.length <= budget.minified * 1024,
      },
      {
        name: `${name} (gzip)`,
        value: round(gzip / 1024),
        unit: 'KB',
        budget: budget.gzip,
        ok: gzip <= budget.gzip * 1024,
      },
    ];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = TARGETS.filter(({ target }) => !existsSync(contentScriptsDir(target)));
  if (missing.length) {
    console.error(`Not built: ${missing.map((m) => m.target).join(', ')} (run wxt build first).`);
    process.exit(1);
  }
  const rows = TARGETS.flatMap(({ target }) => measureContentScripts(target));
  for (const r of rows)
    console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} ${r.unit} (budget ${r.budget} ${r.unit})`);
  const over = rows.filter((r) => !r.ok);
  if (!rows.length) console.error('No content script found in the builds.');
  process.exit(over.length || !rows.length ? 1 : 0);
}
