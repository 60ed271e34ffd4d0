// Counts the work Settle's content script does on a page, in Chromium with the built extension:
// its DOM queries (grouped into read passes), the mutation observers it keeps observing, the timers
// it sets and the messages it sends. A breakpoint on the content script's first statement (CDP
// Debugger) installs the counters in the script's own isolated world before any of its code runs,
// so nothing it does is missed, nothing the page's own scripts do is counted, and the page sees
// nothing. Shared by the bench (scripts/bench-spa.mjs) and the browser test (tests/e2e/spa-reads.test.ts).

/** Queries closer together than this belong to one read pass: reads start at least 250 ms apart (lib/content/spa-watch.ts). */
const PASS_GAP_MS = 100;

// Runs in the content script's isolated world. `closest` is left out: the watcher's filter of
// Settle's own changes (lib/content/settle-node.ts) calls it on every change, outside any read.
const INSTRUMENT = `(() => {
  if (globalThis.__settleWork) return;
  const work = (globalThis.__settleWork = { installed: true, queries: 0, passes: 0, passStarts: [], observing: 0, timers: 0, pageReads: 0 });
  let lastQuery = -Infinity;
  const wrap = (owner, name, count) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      count.apply(this, args);
      return original.apply(this, args);
    };
  };
  for (const proto of [Document.prototype, Element.prototype, DocumentFragment.prototype])
    for (const name of ['querySelector', 'querySelectorAll', 'getElementById', 'getElementsByClassName', 'getElementsByTagName'])
      if (Object.prototype.hasOwnProperty.call(proto, name))
        wrap(proto, name, () => {
          const now = performance.now();
          if (now - lastQuery > ${PASS_GAP_MS}) work.passStarts.push(now), work.passes++;
          lastQuery = now;
          work.queries++;
        });
  const observing = new WeakSet();
  wrap(MutationObserver.prototype, 'observe', function () {
    if (!observing.has(this)) work.observing++;
    observing.add(this);
  });
  wrap(MutationObserver.prototype, 'disconnect', function () {
    if (observing.delete(this)) work.observing--;
  });
  for (const name of ['setTimeout', 'setInterval', 'requestIdleCallback', 'requestAnimationFrame'])
    wrap(globalThis, name, () => work.timers++);
  // Chromium may give both names to one runtime: wrapped once.
  const runtimes = new Set([globalThis.browser, globalThis.chrome].map((api) => api && api.runtime).filter(Boolean));
  for (const runtime of runtimes)
    wrap(runtime, 'sendMessage', (message) => {
      if (message && message.type === 'cs-bg-page-read') work.pageReads++;
    });
})()`;

/**
 * Watches `page` (a Playwright page, before it loads what is to be counted).
 * @returns {Promise<{ read: () => Promise<SettleWork>, stop: () => Promise<void> }>} `read` gives
 *   the counts so far in the content script's world of the page's current document (zeros when no
 *   script ran there).
 * @typedef {{ installed: boolean, queries: number, passes: number, passStarts: number[], observing: number, timers: number,
 *   pageReads: number }} SettleWork whether Settle's content script runs in the page, its DOM queries, read passes (and when each started, on the page's
 *   clock), observers observing now, timers set, page readings sent to the background.
 */
export async function watchSettleWork(page) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://') && context.auxData && context.auxData.type === 'isolated')
      worlds.set(context.auxData.frameId, context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    for (const [frame, id] of worlds) if (id === executionContextId) worlds.delete(frame);
  });
  cdp.on('Debugger.paused', async ({ callFrames }) => {
    try {
      await cdp.send('Debugger.evaluateOnCallFrame', {
        callFrameId: callFrames[0].callFrameId,
        expression: INSTRUMENT,
      });
    } finally {
      await cdp.send('Debugger.resume').catch(() => undefined);
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setBreakpointByUrl', {
    urlRegex: '/content-scripts/[^/]+\\.js$',
    lineNumber: 0,
    columnNumber: 0,
  });
  const zero = { installed: false, queries: 0, passes: 0, passStarts: [], observing: 0, timers: 0, pageReads: 0 };
  return {
    async read() {
      const mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
      const contextId = worlds.get(mainFrame);
      if (contextId === undefined) return zero;
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId,
        expression: 'JSON.stringify(globalThis.__settleWork || null)',
        returnByValue: true,
      });
      return JSON.parse(result.value) ?? zero;
    },
    stop: () => cdp.detach(),
  };
}

/**
 * Reads a second between two counts: the read passes started between them, one fewer than their
 * number over the time from the first to the last, so the edges of the time never count a read
 * twice. None or one read is 0 a second.
 * @param {SettleWork} before @param {SettleWork} after
 */
export function readsPerSecond(before, after) {
  const starts = after.passStarts.slice(before.passStarts.length);
  return starts.length < 2 ? 0 : ((starts.length - 1) * 1000) / (starts.at(-1) - starts[0]);
}
