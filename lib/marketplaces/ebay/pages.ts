import { isEbayHost } from './hosts';

/**
 * Seller Hub's order pages, told apart by path and query alone (MARKETPLACES.md §1.1; tested in
 * tests/unit/marketplaces/ebay/pages.test.ts):
 *   list          /sh/ord/?filter=status:AWAITING_PAYMENT   (also status:ALL_ORDERS, ?status=…, none)
 *   detail        /sh/ord/details?orderid=12-34567-89012[&srn=…]
 *   mesh detail   /mesh/ord/details?mode=SH&srn=171&orderid=…&source=Orders   (also `orderId=`; may be a child frame)
 */
const LIST_PATH = /^\/sh\/ord\/?$/;
const DETAIL_PATH = /^\/sh\/ord\/details\/?$/;
const MESH_DETAIL_PATH = /^\/mesh\/ord\/details\/?$/;

/** The order id a detail address names: `orderid=`, or the mesh page's `orderId=`. */
function orderIdParam(url: URL): string | undefined {
  return (url.searchParams.get('orderid') || url.searchParams.get('orderId') || '').trim() || undefined;
}

function isEbayOrderList(url: URL): boolean {
  return isEbayHost(url) && LIST_PATH.test(url.pathname);
}

function isEbayOrderDetail(url: URL): boolean {
  return (
    isEbayHost(url) && (DETAIL_PATH.test(url.pathname) || MESH_DETAIL_PATH.test(url.pathname)) && !!orderIdParam(url)
  );
}

/** True when the URL alone can be a Seller Hub order page, on one of eBay's own sites. */
export function isEbayOrderPageUrl(url: URL): boolean {
  return isEbayOrderList(url) || isEbayOrderDetail(url);
}
