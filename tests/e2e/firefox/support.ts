import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { SCREENSHOT_DIR } from '../support/screenshots';
import { readAllInPage } from '../support/extension-pages';

/** Raw IndexedDB reads from one of Settle's pages in Firefox: exactly what Settle stored. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(readAllInPage<T>, store) as Promise<T[]>;
}

/** The toolbar badge, read from one of Settle's pages (Firefox's MV2 build has browserAction). */
export async function badgeText(extensionPage: Page): Promise<string> {
  type Browser = { browserAction: { getBadgeText(details: object): Promise<string> } };
  return extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: Browser }).browser.browserAction.getBadgeText({}),
  );
}

/**
 * Settle's order panel: its frame sits in a closed shadow root, so it is found among the page's
 * frames by where it really is (BiDi reports such a frame as about:blank).
 */
export async function panelFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.includes('/panel.html')) return frame;
  }
  return undefined;
}

/**
 * A real (trusted) click on an element inside a frame. Puppeteer's own click first locates the
 * frame's element from its parent, which Firefox 140's BiDi cannot do for this frame; the click is
 * sent to the frame's own browsing context instead, aimed at the element. The pointer lands where
 * the element is drawn in the window, so whatever the page draws over it there takes the click.
 */
export async function clickInFrame(frame: Frame, selector: string): Promise<void> {
  const handle = await frame.waitForSelector(selector);
  if (!handle) throw new Error(`Nothing matches ${selector} in the frame`);
  // Mid-window, clear of anything the page fixes to the window's edges (the demo console's bar).
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const { sharedId } = (handle as unknown as { remoteValue(): { sharedId: string } }).remoteValue();
  const context = (frame as unknown as { _id: string })._id;
  const connection = (
    frame.page().browser() as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }
  ).connection;
  await connection.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'settle-test-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/** Text of the first element matching `selector` in a page or frame, or undefined. */
export const textOf = (where: Page | Frame, selector: string) =>
  where.$eval(selector, (el) => el.textContent ?? '').catch(() => undefined);

/** A full-page screenshot into the same folder as the Chromium ones, named firefox-<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `firefox-${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
