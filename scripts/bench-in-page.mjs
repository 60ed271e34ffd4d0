// Timing code inside a Chromium page, for `npm run bench`: bundling an entry into one script for
// the page, and the median times of calls there.
import { build } from 'esbuild';

const RUNS = 15;
const WARM_UP_MS = 100;

export const round = (x) => Math.round(x * 1000) / 1000;

/** `entry` bundled, minified, as one script to add to a page. */
export async function bundle(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    // Outside the extension: browser.i18n and runtime come from a stand-in (tests/bench/browser-stub.ts).
    alias: { 'wxt/browser': './tests/bench/browser-stub.ts' },
  });
  return out.outputFiles[0].text;
}

/**
 * Median time of one call of each of `exprs` in the page over RUNS samples each, after a warm-up
 * of WARM_UP_MS each: V8 compiles a function better after it has run a while, and a reader of
 * many small functions takes longer to get there than the floor's one loop (the Shopify detail
 * read, warmed by a single call, was timed at 0.36 ms beside a floor of 0.18; both warmed, at
 * 0.12 beside 0.28). The samples take turns (one of each, RUNS times), so a machine that gets
 * busier or quieter meanwhile moves every figure alike: a read and its floor stay comparable on a
 * shared machine. Each sample times enough calls to last ≥ 5 ms, because the page's clock is
 * coarse (0.1 ms steps).
 */
export async function timeInPage(page, exprs) {
  return page.evaluate(
    ({ exprs, runs, warmUpMs }) => {
      const timers = exprs.map((expr) => {
        const fn = new Function(`return (${expr})`);
        const t = performance.now();
        let calls = 0;
        while (calls < 3 || performance.now() - t < warmUpMs) {
          fn();
          calls++;
        }
        const reps = Math.max(1, Math.ceil(5 / Math.max((performance.now() - t) / calls, 0.05)));
        return { fn, reps, times: [] };
      });
      for (let i = 0; i < runs; i++)
        for (const { fn, reps, times } of timers) {
          const t0 = performance.now();
          for (let r = 0; r < reps; r++) fn();
          times.push((performance.now() - t0) / reps);
        }
      return timers.map(({ times }) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
    },
    { exprs, runs: RUNS, warmUpMs: WARM_UP_MS },
  );
}
