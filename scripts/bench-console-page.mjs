// `npm run bench`, the console page itself (issue 12 point 3): an order page's load with the
// built extension beside the same page without it, and on a 5,000-row list the longest task in
// which Settle's content script ran, beside the page's own longest task, in Chromium on the demo console.
import { startConsole } from '../tests/console/server.mjs';
import { wooListPage } from '../tests/console/generate-woo-list.mjs';
import { launchWithExtension, launchWithoutExtension } from '../tests/console/launch-browser.mjs';
import { traceTasks } from './trace-tasks.mjs';

const PAIRS = 30;
const LIST_VISITS = 3;
const ORDER = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const LIST = 'http://big.test/wp-admin/admin.php?page=wc-orders';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads `url` in a new tab and returns its load time. */
async function visit(context, url, settleMs) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await page.close();
  return load;
}

/**
 * Loads the list with Settle, traced until `settleMs` after load: the longest time Settle's code
 * held the main thread in one task (its content script read, flagged, sent), and the longest task
 * the page had of its own.
 *
 * A task that begins with Settle's code (an idle callback, a timer, a listener) is Settle's, whole.
 * A task that begins with the page's own work is the page's, and only the time Settle's code ran
 * in it is Settle's: its content script, run when the document starts, runs inside the task that
 * parses this list (1.7 s of the page's own, 0.1 to 4 ms of Settle's).
 */
async function tracedListVisit(browser, url, settleMs) {
  const page = await browser.context.newPage();
  const trace = await traceTasks(browser.context, page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const tasks = await trace.stop();
  await page.close();
  const origin = `chrome-extension://${browser.extensionId}/`;
  const settles = (script) => script.url.startsWith(origin);
  const begunBySettle = (task) => task.scripts.length > 0 && settles(task.scripts[0]);
  const settleTime = (task) =>
    begunBySettle(task) ? task.ms : task.scripts.filter(settles).reduce((sum, script) => sum + script.ms, 0);
  const longest = (values) => Math.max(0, ...values);
  return {
    settle: longest(tasks.map(settleTime)),
    page: longest(tasks.filter((task) => !begunBySettle(task)).map((task) => task.ms - settleTime(task))),
  };
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
  const without = await launchWithoutExtension({ hostResolverRules: demo.hostResolverRules });
  try {
    const loads = { with: [], without: [] };
    await visit(withSettle.context, ORDER, 200);
    await visit(without.context, ORDER, 200);
    // Each pair in turn starts with the other browser, so whatever the first visit of a pair leaves
    // running (Settle's background answering the page it read) slows each side as often.
    for (let i = 0; i < PAIRS; i++) {
      const first = i % 2 ? 'without' : 'with';
      for (const side of [first, first === 'with' ? 'without' : 'with'])
        loads[side].push(await visit((side === 'with' ? withSettle : without).context, ORDER, 300));
    }
    const longest = { settle: 0, page: 0 };
    for (let i = 0; i < LIST_VISITS; i++) {
      const tasks = await tracedListVisit(withSettle, LIST, 4000);
      longest.settle = Math.max(longest.settle, tasks.settle);
      longest.page = Math.max(longest.page, tasks.page);
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
        name: "longest task of Settle's code, 5,000-row list",
        value: Math.round(longest.settle),
        unit: 'ms',
        budget: 50,
        ok: longest.settle <= 50,
        // The console's own longest task on the same visits, for scale: what a page does alone.
        floor: Math.round(longest.page),
      },
    ];
  } finally {
    await withSettle.close();
    await without.close();
    await demo.stop();
  }
}
