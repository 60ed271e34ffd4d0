import { adapter } from '@/lib/marketplaces/woocommerce';
import { consoleContentScript } from '@/lib/content/run-console';

// The reader alone (lib/marketplaces/woocommerce/index.ts), never the console definition: see lib/marketplaces/woocommerce/console.ts.
export default consoleContentScript(adapter);
