import { adapter } from '@/lib/marketplaces/etsy';
import { consoleContentScript } from '@/lib/content/run-console';

// The reader alone (lib/marketplaces/etsy/index.ts), never the console definition (lib/marketplaces/etsy/console.ts).
export default consoleContentScript(adapter);
