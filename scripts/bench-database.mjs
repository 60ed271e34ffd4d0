// `npm run bench`, issue 12's rows: Settle's database at 0, 20,000 and 100,000 orders, built and
// timed in Chromium with the built extension and Settle's own code (tests/bench/database-entry.ts,
// run in the extension's service worker), each figure a median beside its floor.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../tests/console/launch-browser.mjs';

const NATIVE_BROWSER = fileURLToPath(new URL('../node_modules/wxt/dist/browser.mjs', import.meta.url));
const SIZES = [0, 20_000, 100_000];
const OPENS = 7;
const RUNS = 9;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

async function entryScript() {
  const out = await build({
    entryPoints: ['tests/bench/database-entry.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    alias: { 'wxt/browser': NATIVE_BROWSER },
    // What WXT compiles in for a shipped build: the system clock (lib/browser/clock.ts).
    define: { 'import.meta.env.WXT_TEST_CLOCK': '"0"' },
  });
  return out.outputFiles[0].text;
}

/** Median over RUNS of one call of `settleDbBench[name](…)` in the worker, after a warm-up. */
async function timeInWorker(worker, name, args = () => []) {
  await worker.evaluate(({ name, args }) => globalThis.settleDbBench[name](...args), { name, args: args(-1) });
  const times = [];
  for (let i = 0; i < RUNS; i++)
    times.push(
      await worker.evaluate(
        async ({ name, args }) => {
          const t0 = performance.now();
          await globalThis.settleDbBench[name](...args);
          return performance.now() - t0;
        },
        { name, args: args(i) },
      ),
    );
  return median(times);
}

/**
 * Opens one of Settle's pages OPENS times: the median time from navigation to its list's first
 * row (or its empty state) painted — the next animation frame after it entered the document.
 */
async function timeFirstRow(context, url, selector) {
  const times = [];
  for (let i = 0; i < OPENS; i++) {
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => (globalThis.__settleFirstRow = performance.now()));
      }).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__settleFirstRow !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => globalThis.__settleFirstRow));
    await page.close();
  }
  return median(times);
}

/** @param {(…args: unknown[]) => void} log */
export async function databaseTimings(log) {
  const script = await entryScript();
  const browser = await launchWithExtension({ hostResolverRules: 'MAP nothing.invalid 127.0.0.1' });
  const figures = {};
  try {
    const worker = await browser.serviceWorker();
    await worker.evaluate(script);
    const base = `chrome-extension://${browser.extensionId}`;
    let held = 0;
    for (const size of SIZES) {
      if (size > held) {
        const t0 = performance.now();
        const filled = await worker.evaluate(([from, to]) => globalThis.settleDbBench.fill(from, to), [held, size]);
        log(
          `  database: ${filled.orders} orders, ${filled.events} events, ${filled.due} due now (filled in ${Math.round((performance.now() - t0) / 1000)} s)`,
        );
        held = size;
      }
      const at = (figures[size] = {});
      at.popup = await timeFirstRow(browser.context, `${base}/popup.html`, '.order-row, .empty');
      at.dashboard = await timeFirstRow(
        browser.context,
        `${base}/dashboard.html`,
        '[data-order-id], .dash-empty, p.muted',
      );
      at.pageRead = await timeInWorker(worker, 'pageRead', (i) => [size * 100 + i + 1]);
      if (size === 0) continue;
      at.due = await timeInWorker(worker, 'dueFirstPage');
      at.badge = await timeInWorker(worker, 'badgeDue');
      at.raw50 = await timeInWorker(worker, 'rawDue50');
      log(
        `  at ${size} orders: ${JSON.stringify(Object.fromEntries(Object.entries(at).map(([k, v]) => [k, round(v)])))}`,
      );
    }
    const ingest = [];
    for (let i = 0; i < 3; i++) ingest.push(await worker.evaluate((i) => globalThis.settleDbBench.ingestVsRaw(i), i));
    figures.ingest = { settle: median(ingest.map((r) => r.settleMs)), raw: median(ingest.map((r) => r.rawMs)) };
  } finally {
    await browser.close();
  }
  return rowsOf(figures);
}

function rowsOf(f) {
  const big = f[100_000];
  const empty = f[0];
  const row = (name, value, floor, budget, ok, unit = 'ms') => ({
    name,
    value: round(value),
    unit,
    budget: round(budget),
    ok,
    floor: round(floor),
  });
  const firstRow = (name, value, at0) =>
    row(`${name} first row at 100k (÷ at 0)`, value, at0, Math.min(200, 1.3 * at0), value <= 200 && value <= 1.3 * at0);
  return [
    firstRow('popup', big.popup, empty.popup),
    firstRow('dashboard', big.dashboard, empty.dashboard),
    row('"due now" first page at 100k', big.due, big.raw50, 2 * big.raw50, big.due <= 2 * big.raw50),
    row("badge's due reading at 100k", big.badge, big.raw50, 2 * big.raw50, big.badge <= 2 * big.raw50),
    row(
      'ingest of 10,000 orders',
      f.ingest.settle,
      f.ingest.raw,
      1.5 * f.ingest.raw,
      f.ingest.settle <= 1.5 * f.ingest.raw,
    ),
    row(
      '500-order page read at 100k',
      big.pageRead,
      empty.pageRead,
      1.3 * empty.pageRead,
      big.pageRead <= 1.3 * empty.pageRead,
    ),
  ];
}
