import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adapter } from '@/lib/marketplaces/shopify';
import { provideConsolePage } from '@/lib/content/run-console';

// Imported by the shopify content script on an order page once it has loaded (lib/content/console-loader.ts).
// The reader alone (lib/marketplaces/shopify/index.ts), never the console definition (its rules and words).
export default defineUnlistedScript(() => provideConsolePage(adapter));
