import type { PageKind } from '../../model/order';
import type { ConsoleAddresses } from '../types';

/**
 * WooCommerce runs on the seller's own host, often in a subfolder (`/shop/wp-admin/`), so pages are
 * told apart by path and query only. Examples (tested in tests/unit/marketplaces/woocommerce/pages.test.ts):
 *   HPOS list    /wp-admin/admin.php?page=wc-orders[&status=wc-pending]
 *   HPOS edit    /wp-admin/admin.php?page=wc-orders&action=edit&id=1042
 *   legacy list  /wp-admin/edit.php?post_type=shop_order[&post_status=wc-pending]
 *   legacy edit  /wp-admin/post.php?post=987&action=edit   (any post type: confirmed by the page)
 */
const ADMIN = /\/wp-admin\/(admin|edit|post)\.php$/;

function adminScript(url: URL): string | undefined {
  return (ADMIN.exec(url.pathname) ?? [])[1];
}

export function isOrderList(url: URL): boolean {
  const script = adminScript(url);
  const q = url.searchParams;
  if (script === 'admin') return q.get('page') === 'wc-orders' && !q.has('action');
  if (script === 'edit') return q.get('post_type') === 'shop_order';
  return false;
}

/** True for URLs that can only be an order's edit page (HPOS). */
export function isHposOrderEdit(url: URL): boolean {
  const q = url.searchParams;
  return (
    adminScript(url) === 'admin' &&
    q.get('page') === 'wc-orders' &&
    q.get('action') === 'edit' &&
    /^\d+$/.test(q.get('id') ?? '')
  );
}

/** Legacy edit URLs are shared by every post type: the page must say it is an order. */
export function isLegacyPostEdit(url: URL): boolean {
  const q = url.searchParams;
  return adminScript(url) === 'post' && q.get('action') === 'edit' && /^\d+$/.test(q.get('post') ?? '');
}

/** True when the URL alone can be an order page (the list, an HPOS edit page, or a legacy post edit page). */
export function isWooOrderPageUrl(url: URL): boolean {
  return isOrderList(url) || isHposOrderEdit(url) || isLegacyPostEdit(url);
}

/**
 * The content script's match patterns. A pattern's path is matched against the URL's path AND query,
 * with `*` its only wildcard (a `?` is literal): `/wp-admin/admin.php?*` needs the path to end
 * there, at the root or (second form) in a subfolder. The subfolder form also matches when the
 * words only sit in the query (`/search?q=/wp-admin/admin.php?…`): EXCLUDE_MATCHES drops every URL
 * whose query holds `/wp-admin/<script>.php`. isWooOrderPageUrl checks the rest before anything runs.
 */
const SCRIPTS = ['admin', 'edit', 'post'] as const;
export const MATCHES = SCRIPTS.flatMap((s) => [`*://*/wp-admin/${s}.php?*`, `*://*/*/wp-admin/${s}.php?*`]);
export const EXCLUDE_MATCHES = SCRIPTS.map((s) => `*://*/*?*/wp-admin/${s}.php*`);

export function detectWooPage(
  url: URL,
  doc: Document,
  isOrderEditDocument: (doc: Document) => boolean,
): PageKind | null {
  if (isOrderList(url)) return 'order-list';
  if (isHposOrderEdit(url)) return 'order-detail';
  if (isLegacyPostEdit(url) && isOrderEditDocument(doc)) return 'order-detail';
  return null;
}

/** Where the content script runs and what it reads, for the always-on loader (lib/content/console-loader.ts). */
export const ADDRESSES: ConsoleAddresses = {
  id: 'woocommerce',
  matches: MATCHES,
  excludeMatches: EXCLUDE_MATCHES,
  isOrderPageUrl: isWooOrderPageUrl,
  singlePageApp: false,
};
