import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarketplaceAdapter } from '../marketplaces/types';
import { consolePage } from './console-page';
import { watchSpa } from './spa-watch';

/**
 * A console's whole content script, from its reader alone: `export default consoleContentScript(adapter)`
 * in `entrypoints/<id>.content.ts`. WXT reads the manifest entry (matches, exclude_matches, run_at)
 * by running that file at build time, so the adapter's patterns must be plain data.
 */
export function consoleContentScript(adapter: MarketplaceAdapter) {
  return defineContentScript({
    matches: adapter.matches,
    excludeMatches: adapter.excludeMatches,
    allFrames: adapter.allFrames,
    runAt: 'document_idle',
    // WXT's "script started" window.postMessage is seen by the page's own scripts: not sent.
    noScriptStartedPostMessage: true,
    main: (ctx) => runConsole(adapter, ctx),
  });
}

/**
 * On a console page: for a console that loads a page per address, reads an order page once; for a
 * single-page console (adapter.spa), watches its routes and reads each order page it shows, again
 * when it redraws (lib/content/spa-watch.ts).
 */
async function runConsole(adapter: MarketplaceAdapter, ctx: ContentScriptContext) {
  const { spa } = adapter;
  if (spa) {
    const page = consolePage(adapter, ctx);
    watchSpa(ctx, document, window, {
      isOrderPage: (url) => adapter.isOrderPageUrl(url),
      region: (doc) => spa.region(doc),
      read: (signal) => page.read(signal),
      routeChanged: () => page.leave(),
    });
    return;
  }
  // Before anything the page could observe: on a URL that cannot be an order page, stop here.
  if (!adapter.isOrderPageUrl(new URL(location.href))) return;
  await consolePage(adapter, ctx).read(ctx.signal);
}
