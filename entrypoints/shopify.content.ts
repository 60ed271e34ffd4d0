import { ADDRESSES } from '@/lib/marketplaces/shopify/pages';
import { consoleLoader } from '@/lib/content/console-loader';

// The address check alone: the reader and panel (entrypoints/shopify-page.ts) come in on an order page, after its load.
export default consoleLoader(ADDRESSES);
