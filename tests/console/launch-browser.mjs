// Chromium with the built extension loaded and the console hosts resolved to the demo console.
// Shared by the browser tests and `npm start`.
import { chromium } from 'playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * @param {{ hostResolverRules: string, headless?: boolean, locale?: string, profile?: string }} options
 *   locale sets the browser's UI language, which is the language of the extension's own pages.
 *   profile: a browser profile folder to use and keep (the benchmark's prepared databases); without
 *   it, a new one that `close` removes.
 * @returns {Promise<{ context: import('playwright').BrowserContext, extensionId: string,
 *   serviceWorker: () => Promise<import('playwright').Worker>, close: () => Promise<void> }>}
 */
export async function launchWithExtension(options) {
  const { context, close } = await launchChromium(options, [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ]);
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    // The worker may have been stopped and restarted since: always take the live one.
    serviceWorker: async () =>
      context.serviceWorkers().find((w) => w.url().includes(extensionId)) ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 })),
    close,
  };
}

/**
 * The same Chromium, launched the same way, without the extension: the benchmark's floor for what
 * Settle adds to a page's load (any other difference between the two browsers would be measured too).
 * @param {{ hostResolverRules: string, headless?: boolean, locale?: string }} options
 * @returns {Promise<{ context: import('playwright').BrowserContext, close: () => Promise<void> }>}
 */
export function launchWithoutExtension(options) {
  return launchChromium(options, []);
}

async function launchChromium({ hostResolverRules, headless = true, locale = 'en-US', profile: kept }, extensionArgs) {
  const profile = kept ?? (await mkdtemp(join(tmpdir(), 'settle-profile-')));
  const posixLocale = locale.replace('-', '_');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    locale,
    viewport: { width: 1280, height: 900 },
    // Chromium on Linux takes its UI language from LANGUAGE; --lang alone is not enough. LANG stays
    // C.UTF-8, a locale every machine has: with one it lacks (zh_CN.UTF-8 here), file names in a
    // chosen folder crash the renderer.
    env: { ...process.env, LANGUAGE: posixLocale, LANG: 'C.UTF-8' },
    args: [
      '--no-sandbox',
      ...extensionArgs,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${locale}`,
      '--ignore-certificate-errors',
      `--host-resolver-rules=${hostResolverRules}`,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!kept) await rm(profile, { recursive: true, force: true });
    },
  };
}
