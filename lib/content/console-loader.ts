import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type PublicPath } from 'wxt/browser';
import type { ConsoleAddresses } from '../marketplaces/types';
import { afterPageLoad } from './after-load';
import { consolePageModule, loadModule } from './extension-module';

/** What a console's page module provides (lib/content/run-console.ts): Settle's whole work on the console page. */
export type RunConsole = (ctx: ContentScriptContext) => Promise<void>;

/**
 * A console's content script: `export default consoleLoader(ADDRESSES)` in
 * `entrypoints/<id>.content.ts`, with the console's addresses from its `pages.ts`. It runs on every
 * page its patterns match, so it holds the address check and nothing else: on a page that is not
 * an order page it stops there (a single-page console: it only listens for the route to become
 * one). On an order page it waits for the console's own load, then imports the reader and the
 * panel, packaged as `<id>-page.js` (`entrypoints/<id>-page.ts`), into its isolated world. The
 * console loads as fast as without Settle; Settle's code is parsed and run after it.
 * WXT reads the manifest entry (matches, exclude_matches, all_frames) by running the entrypoint
 * at build time, so the addresses must be plain data.
 */
export function consoleLoader(addresses: ConsoleAddresses) {
  return defineContentScript({
    matches: addresses.matches,
    excludeMatches: addresses.excludeMatches,
    allFrames: addresses.allFrames,
    // Chrome runs a document_end or document_idle script in a task of its own, queued behind the
    // page's rendering, and holds the page's load event until it has run; a document_start script
    // runs at once, before the page is parsed. Measured on the demo order page: +14 to +20 ms added
    // to the load at document_idle, +3 to +8 at document_start. The script touches no DOM, so it
    // needs none yet: it waits for the load itself.
    runAt: 'document_start',
    // WXT's "script started" window.postMessage is seen by the page's own scripts: not sent.
    noScriptStartedPostMessage: true,
    main: (ctx) => loadConsole(addresses, ctx),
  });
}

async function loadConsole(addresses: ConsoleAddresses, ctx: ContentScriptContext) {
  // Before anything the page could observe: on a URL that cannot be an order page, stop here.
  if (!addresses.isOrderPageUrl(new URL(location.href))) {
    if (!addresses.singlePageApp) return;
    await firstOrderRoute(addresses, ctx);
  }
  await afterPageLoad(document, window, ctx);
  if (ctx.isInvalid) return;
  const name = consolePageModule(addresses.id);
  const run = await loadModule<RunConsole>(name, browser.runtime.getURL(`/${name}.js` as PublicPath));
  await run?.(ctx);
}

/** Resolves when a single-page console's route becomes one of its order pages: two listeners, no DOM work, no timer. */
function firstOrderRoute(addresses: ConsoleAddresses, ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    let reached = false;
    const onRoute = (url: URL) => {
      if (reached || !addresses.isOrderPageUrl(url)) return;
      reached = true;
      resolve();
    };
    ctx.addEventListener(window, 'wxt:locationchange', (event) => onRoute(event.newUrl));
    ctx.addEventListener(window, 'popstate', () => onRoute(new URL(location.href)));
  });
}
