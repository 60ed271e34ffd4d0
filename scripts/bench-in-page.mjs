// Timing code inside a Chromium page, for `npm run bench`: bundling an entry into one script for
// the page, and the median time of a call there.
import { build } from 'esbuild';

const RUNS = 15;

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
 * Median time of one call of `expr` in the page over RUNS samples, after one warm-up. Each sample
 * times enough calls to last ≥ 5 ms, because the page's clock is coarse (0.1 ms steps).
 */
export async function timeInPage(page, expr) {
  return page.evaluate(
    ({ expr, runs }) => {
      const fn = new Function(`return (${expr})`);
      const t = performance.now();
      fn();
      const reps = Math.max(1, Math.ceil(5 / Math.max(performance.now() - t, 0.05)));
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        for (let r = 0; r < reps; r++) fn();
        times.push((performance.now() - t0) / reps);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { expr, runs: RUNS },
  );
}
