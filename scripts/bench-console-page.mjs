// `npm run bench`, the console page itself (issue 12 point 3): an order page's load with the
// built extension beside the same page without it, and the longest task on a 5,000-row list with
// and without it, in Chromium on the demo console.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startConsole } from '../tests/console/server.mjs';
import { wooListPage } from '../tests/console/generate-woo-list.mjs';
import { CHROMIUM, launchWithExtension } from '../tests/console/launch-browser.mjs';

const PAIRS = 10;
const LIST_VISITS = 3;
const ORDER = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const LIST = 'http://big.test/wp-admin/admin.php?page=wc-orders';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Records every long task from the page's start, for the visit to read back. */
function watchLongTasks() {
  globalThis.__settleLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__settleLongTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Loads `url` in a new tab; its load time and its longest task within `settleMs` after load. */
async function visit(context, url, settleMs) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const figures = await page.evaluate(() => ({
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    longest: Math.max(0, ...globalThis.__settleLongTasks),
  }));
  await page.close();
  return figures;
}

async function plainChromium(hostResolverRules) {
  const profile = await mkdtemp(join(tmpdir(), 'settle-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      `--host-resolver-rules=${hostResolverRules}`,
    ],
  });
  return { context, close: () => context.close().then(() => rm(profile, { recursive: true, force: true })) };
}

/** @param {(…args: unknown[]) => void} log */
export async function consolePageTimings(log) {
  const { html, expected } = wooListPage({ host: 'big.test', count: 5000, firstId: 100000 });
  const demo = await startConsole({
    extraPages: [
      { marketplace: 'woocommerce', name: 'big', url: LIST, html, expected: { url: LIST, orders: expected } },
    ],
  });
  const withSettle = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
  const without = await plainChromium(demo.hostResolverRules);
  try {
    for (const b of [withSettle, without]) await b.context.addInitScript(watchLongTasks);
    const loads = { with: [], without: [] };
    await visit(withSettle.context, ORDER, 200);
    await visit(without.context, ORDER, 200);
    for (let i = 0; i < PAIRS; i++) {
      loads.with.push((await visit(withSettle.context, ORDER, 300)).load);
      loads.without.push((await visit(without.context, ORDER, 300)).load);
    }
    const longest = { with: 0, without: 0 };
    for (let i = 0; i < LIST_VISITS; i++) {
      longest.with = Math.max(longest.with, (await visit(withSettle.context, LIST, 4000)).longest);
      longest.without = Math.max(longest.without, (await visit(without.context, LIST, 4000)).longest);
    }
    log(`  order page load, ${PAIRS} pairs: with ${loads.with.join(', ')} ms; without ${loads.without.join(', ')} ms`);
    const added = median(loads.with) - median(loads.without);
    return [
      {
        name: 'order page load, added by Settle (median)',
        value: Math.round(added),
        unit: 'ms',
        budget: 10,
        ok: added <= 10,
        floor: Math.round(median(loads.without)),
      },
      {
        name: 'longest task, 5,000-row list, with Settle',
        value: Math.round(longest.with),
        unit: 'ms',
        budget: 50,
        // The console's own longest task is the floor: Settle's part is what exceeds it.
        ok: longest.with <= Math.max(50, longest.without),
        floor: Math.round(longest.without),
      },
    ];
  } finally {
    await withSettle.close();
    await without.close();
    await demo.stop();
  }
}
