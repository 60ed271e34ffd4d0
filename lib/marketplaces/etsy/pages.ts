/**
 * Etsy's orders page is one single-page app at www.etsy.com (every shop's Shop Manager is there):
 *   list      /your/orders/sold[?ref=seller-platform-mcnav]   /your/orders/sold/new   /your/orders/sold/completed
 *   overlay   the same page with ?order_id=<receipt id>        (opened by route, without a page load)
 *   receipt   /your/orders/sold/<receipt id>
 * The page kind is told by the URL alone (tests/unit/marketplaces/etsy/pages.test.ts).
 */
const SOLD = /^\/your\/orders\/sold(?:\/([a-z_-]+|\d+))?\/?$/;

/** True when the URL alone can be Etsy's orders page or an order open on it. */
export function isEtsyOrderPageUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.host === 'www.etsy.com' && SOLD.test(url.pathname);
}
