// `npm run bench`: performance figures beside their budgets and beside a floor measured in the same
// run on the same page. `npm run bench -- --json` prints the rows as one JSON array.
// A benchmark, not a test: it reports, it does not fail on a slow machine.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import { CHROMIUM } from '../tests/console/launch-browser.mjs';
import { contentScriptsDir, measureContentScripts, TARGETS } from './bundle-budgets.mjs';
import { databaseTimings } from './bench-database.mjs';
import { consolePageTimings } from './bench-console-page.mjs';
import { bundle, round } from './bench-in-page.mjs';
import { readerTimings } from './bench-readers.mjs';
import { spaTimings } from './bench-spa.mjs';

const json = process.argv.includes('--json');
const log = (...a) => !json && console.error(...a);

/**
 * The groups of rows, in the order they print. `--only readers,spa` runs those groups alone (a
 * check of one part without the whole bench, which takes about 12 minutes here).
 */
const GROUPS = ['sizes', 'readers', 'export', 'spa', 'console-page', 'database'];
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg === -1 ? GROUPS : (process.argv[onlyArg + 1] ?? '').split(',');
const unknown = only.filter((g) => !GROUPS.includes(g));
if (unknown.length) throw new Error(`--only: no group ${unknown.join(', ')} (groups: ${GROUPS.join(', ')})`);
const runs = (group) => only.includes(group);

/**
 * The evidence export (issue 10): a case of 100 screenshots (~30 MB) built (every file hashed, the
 * report and manifest written) and zipped within 5 s, at least half as fast as fflate zipping the
 * same bytes in one call; SHA-256 ≥ 250 MB/s; peak memory below twice the package's size.
 */
async function exportTimings(browser) {
  const page = await browser.newPage();
  // WebCrypto's subtle needs a secure context: localhost is one, about:blank is not.
  await page.route('http://localhost/bench', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>bench</title>' }),
  );
  await page.goto('http://localhost/bench');
  await page.addScriptTag({ content: await bundle('tests/bench/export-entry.ts') });
  page.on('console', (m) => log(m.text()));
  const r = await page.evaluate(() => window.settleExportBench.run());
  const memory = await exportPeakMemory(page);
  await page.close();
  log(
    `  evidence export: ${(r.bytes / 1e6).toFixed(1)} MB; peak memory over ${memory.samples} samples in ${MEMORY_RUNS} exports`,
  );
  const speed = r.floorMs / r.exportMs;
  const MB = (x) => round(x / 1e6);
  return [
    {
      name: 'evidence export, 100 screenshots (Chromium)',
      value: round(r.exportMs),
      unit: 'ms',
      budget: 5000,
      ok: r.exportMs <= 5000,
      floor: round(r.floorMs),
    },
    {
      name: 'evidence export speed ÷ fflate alone',
      value: round(speed),
      unit: '×',
      budget: 0.5,
      ok: speed >= 0.5,
      higherIsBetter: true,
    },
    {
      name: 'evidence export peak memory (Chromium)',
      value: MB(memory.peak),
      unit: 'MB',
      budget: MB(2 * memory.packageBytes),
      ok: memory.peak < 2 * memory.packageBytes,
    },
    {
      name: 'SHA-256 of the case (Chromium)',
      value: round(r.hashMBps),
      unit: 'MB/s',
      budget: 250,
      ok: r.hashMBps >= 250,
      higherIsBetter: true,
    },
  ];
}

const MEMORY_RUNS = 3;

/**
 * The most memory one export holds above what the page held before it, the largest of
 * MEMORY_RUNS exports. Measured with CDP's Runtime.getHeapUsage, polled back to back from here
 * while the export runs: `usedSize` (the JS heap) plus `backingStorageSize` (ArrayBuffer contents,
 * where every file's bytes and the zip's output live). Not Performance.getMetrics' JSHeapUsedSize:
 * it leaves ArrayBuffer contents out (a 50 MB Uint8Array moved it by 0.1 MB here). Not
 * performance.measureUserAgentSpecificMemory: it needs a cross-origin isolated page and answers
 * at a later garbage collection, not at the peak. Bytes handed to a Blob go to the browser's blob
 * storage, outside the page: the finished ZIP is one such Blob and is not counted; the zip hands
 * its output over a few megabytes at a time (lib/evidence/zip.ts).
 */
async function exportPeakMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    const u = await cdp.send('Runtime.getHeapUsage');
    return u.usedSize + u.backingStorageSize;
  };
  let peak = 0;
  let samples = 0;
  let packageBytes = 0;
  for (let run = 0; run < MEMORY_RUNS; run++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await heap();
    let finished = false;
    const exporting = page.evaluate(() => window.settleExportBench.exportOnce()).finally(() => (finished = true));
    while (!finished) {
      peak = Math.max(peak, (await heap()) - before);
      samples++;
    }
    packageBytes = await exporting;
  }
  await cdp.detach();
  return { peak, samples, packageBytes };
}

const rows = [];
if (runs('sizes'))
  for (const { target, buildArgs } of TARGETS) {
    if (!existsSync(contentScriptsDir(target)))
      spawnSync('npx', ['wxt', 'build', ...buildArgs], { stdio: json ? 'ignore' : 'inherit' });
    rows.push(...measureContentScripts(target));
  }

if (runs('readers') || runs('export')) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    if (runs('readers')) rows.push(...(await readerTimings(browser, log)));
    if (runs('export')) rows.push(...(await exportTimings(browser)));
  } finally {
    await browser.close();
  }
}
// The rows below load the built extension (.output/chrome-mv3): `npm run build` first.
if (runs('spa')) rows.push(...(await spaTimings(log)));
if (runs('console-page')) rows.push(...(await consolePageTimings(log)));
if (runs('database')) rows.push(...(await databaseTimings(log)));

if (json) console.log(JSON.stringify(rows));
else {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('benchmark', 58)}${pad('value', 14)}${pad('budget', 12)}${pad('floor', 12)}ok`);
  for (const r of rows)
    console.log(
      `${pad(r.name, 58)}${pad(`${r.value} ${r.unit}`, 14)}${pad(`${r.budget} ${r.unit}`, 12)}${pad(r.floor === undefined ? '–' : `${r.floor} ${r.unit}`, 12)}${r.ok ? 'yes' : 'NO'}`,
    );
}
