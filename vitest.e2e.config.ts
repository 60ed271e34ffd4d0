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
    retry: process.env.CI ? 1 : 0,
    allowOnly: !process.env.CI,
  },
});
