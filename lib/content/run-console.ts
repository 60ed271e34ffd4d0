import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { RunConsole } from './console-loader';
import { consolePage } from './console-page';
import { consolePageModule, provideModule } from './extension-module';
import { watchSpa } from './spa-watch';

/**
 * A console's page module, from its reader alone: `export default defineUnlistedScript(() =>
 * provideConsolePage(adapter))` in `entrypoints/<id>-page.ts`. Its content script
 * (lib/content/console-loader.ts) imports it on an order page once the page has loaded.
 */
export function provideConsolePage(adapter: MarketplaceAdapter): void {
  const run: RunConsole = (ctx) => runConsole(adapter, ctx);
  provideModule(consolePageModule(adapter.id), run);
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
  // The loader imports this module only once the address is an order page's (lib/content/console-loader.ts).
  await consolePage(adapter, ctx).read(ctx.signal);
}
