// `npm run bench`, the single-page consoles (issue 13 points 2 and 8), in Chromium with the built
// extension on the demo console's SPA stress page (tests/console/spa-stress.mjs), whose order table
// changes 100 times a second: Settle's reads a second there under an order route of each console,
// and its work under a route of the same console that is not an order page. What the content
// script does is counted in its own world (tests/console/settle-work.mjs).
import { startConsole } from '../tests/console/server.mjs';
import { launchWithExtension } from '../tests/console/launch-browser.mjs';
import { readsPerSecond, watchSettleWork } from '../tests/console/settle-work.mjs';

/** Per console: a stress page moved by its router to an order list, and one on a route that is no order page. */
const PAGES = {
  shopify: {
    orders: 'https://admin.shopify.com/store/acme-goods/spa-stress?route=/store/acme-goods/orders',
    other: 'https://admin.shopify.com/store/acme-goods/spa-stress/settings',
  },
  ebay: {
    orders: 'https://www.ebay.com/sh/ord/spa-stress?route=/sh/ord/',
    other: 'https://www.ebay.com/sh/ord/spa-stress/settings',
  },
  etsy: {
    orders: 'https://www.etsy.com/your/orders/sold/spa-stress?route=/your/orders/sold',
    other: 'https://www.etsy.com/your/orders/sold/spa-stress/settings',
  },
};
/** Let the first read pass, then count over this long. */
const WARM_MS = 1500;
const WINDOW_MS = 5000;

const round = (x) => Math.round(x * 100) / 100;

/** Loads `url`, waits WARM_MS, and returns what the content script did in the next WINDOW_MS, and the page's changes a second. */
async function countWork(context, url) {
  const page = await context.newPage();
  const work = await watchSettleWork(page);
  try {
    await page.goto(url);
    await page.waitForTimeout(WARM_MS);
    const before = await work.read();
    const mutationsBefore = await page.evaluate(() => window.__spaStress.mutations);
    await page.waitForTimeout(WINDOW_MS);
    const after = await work.read();
    const mutations = (await page.evaluate(() => window.__spaStress.mutations)) - mutationsBefore;
    return { before, after, changesPerSecond: (mutations * 1000) / WINDOW_MS };
  } finally {
    await work.stop();
    await page.close();
  }
}

/** @param {(…args: unknown[]) => void} log */
export async function spaTimings(log) {
  const demo = await startConsole();
  const browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
  const rows = [];
  try {
    for (const [console, { orders, other }] of Object.entries(PAGES)) {
      const stress = await countWork(browser.context, orders);
      const rate = readsPerSecond(stress.before, stress.after);
      log(
        `  ${console} SPA stress: ${round(stress.changesPerSecond)} table changes/s, ${stress.after.passes - stress.before.passes} reads and ` +
          `${stress.after.pageReads - stress.before.pageReads} sent in ${WINDOW_MS / 1000} s (a read that changed nothing is not sent)`,
      );
      rows.push({
        name: `${console} reads a second, SPA stress page (Chromium)`,
        value: round(rate),
        unit: 'reads/s',
        budget: 4,
        ok: rate <= 4,
      });
      // From the script's first statement on: the page's load and WINDOW_MS of its table changing.
      const { after } = await countWork(browser.context, other);
      const calls = after.queries + after.observing + after.timers;
      log(
        `  ${console} not an order page: ${after.queries} DOM queries, ${after.observing} observers, ${after.timers} timers ` +
          `(on its order route: ${stress.after.queries} queries, ${stress.after.observing} observer, ${stress.after.timers} timers)`,
      );
      rows.push({
        name: `${console} not an order page: DOM queries+observers+timers`,
        value: calls,
        unit: 'calls',
        budget: 0,
        ok: calls === 0,
        floor: 0,
      });
    }
  } finally {
    await browser.close();
    await demo.stop();
  }
  return rows;
}
