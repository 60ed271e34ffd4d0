import { adapter } from '@/lib/marketplaces/shopify';
import { consoleContentScript } from '@/lib/content/run-console';

// The reader alone (lib/marketplaces/shopify/index.ts), never the console definition: see lib/marketplaces/shopify/console.ts.
export default consoleContentScript(adapter);
