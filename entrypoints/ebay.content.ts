import { adapter } from '@/lib/marketplaces/ebay';
import { consoleContentScript } from '@/lib/content/run-console';

// The reader alone (lib/marketplaces/ebay/index.ts), never the console definition: see lib/marketplaces/ebay/console.ts.
export default consoleContentScript(adapter);
