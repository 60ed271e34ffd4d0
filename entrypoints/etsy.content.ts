import { ADDRESSES } from '@/lib/marketplaces/etsy/pages';
import { consoleLoader } from '@/lib/content/console-loader';

// The address check alone: the reader and panel (entrypoints/etsy-page.ts) come in on an order page, after its load.
export default consoleLoader(ADDRESSES);
