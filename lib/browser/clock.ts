import { browser } from 'wxt/browser';

/** storage.local key a browser test sets to move Settle's clock forward (test builds only). */
const TEST_CLOCK_KEY = 'test-clock-offset-ms';

/**
 * Now, as the background sees it. Browser tests must watch reminders fall due days apart, and a
 * service worker's clock cannot be faked from outside; so builds made with WXT_TEST_CLOCK=1
 * (npm test does) add an offset a test writes to storage.local. Shipped builds (npm run zip)
 * compile this to the system clock.
 */
export async function clockNow(): Promise<string> {
  if (import.meta.env.WXT_TEST_CLOCK !== '1') return new Date().toISOString();
  const offset = Number((await browser.storage.local.get(TEST_CLOCK_KEY))[TEST_CLOCK_KEY] ?? 0);
  lastOffsetMs = Number.isFinite(offset) ? offset : 0;
  return clockNowSync();
}

/** The test builds' offset as clockNow last read it (0 until then, and always in shipped builds). */
let lastOffsetMs = 0;

/**
 * Now, for code that cannot wait (a render's "3 days ago", today's date in a form): the same clock
 * as clockNow, with the test offset it last read. Anything that is written down uses clockNow.
 */
export function clockNowSync(): string {
  return new Date(Date.now() + lastOffsetMs).toISOString();
}
