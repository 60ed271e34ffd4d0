import { ADDRESSES } from '@/lib/marketplaces/woocommerce/pages';
import { consoleLoader } from '@/lib/content/console-loader';

// The address check alone: the reader and panel (entrypoints/woocommerce-page.ts) come in on an order page, after its load.
export default consoleLoader(ADDRESSES);
