import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright';

/** Browser-test screenshots land here, to be looked at by a person after `npm test`. */
export const SCREENSHOT_DIR = resolve('.test-results/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  // A full-page capture lays the page out again beyond its viewport; give the browser a moment to
  // paint it back, or the panel's visibility check (IntersectionObserver v2) may still see it moved.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))),
  );
  return path;
}

/** One part of a page (a section of Options), on its own. */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await locator.screenshot({ path });
  return path;
}
