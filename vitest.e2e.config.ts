import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium (.output/chrome-mv3, Playwright) and in
// Firefox ESR (.output/firefox-mv2, tests/e2e/firefox, puppeteer-core over WebDriver BiDi), against
// the demo console. One file at a time: each starts its own browser, and these machines have two cores.
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Never one test again on its own: most files are one story told in steps (a reminder, then two
    // days later the next), each step on the state the ones before it left. A retried step starts
    // from whatever its failed attempt left, so its pass would prove nothing. A flaky file is fixed.
    retry: 0,
    allowOnly: !process.env.CI,
  },
});
