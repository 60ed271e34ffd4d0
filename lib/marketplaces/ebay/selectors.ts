/**
 * Every selector Settle uses on eBay Seller Hub. The structure rests on MARKETPLACES.md §1.2 (a
 * Seller Hub scraper of about 2025: rows `tr.order-info` with the order id in a class
 * `orderid_<id>`, cells `td.order-default-cell`, the item title `.item-title a[href*="/itm/"]`, a
 * details link carrying `orderid=`) and on eBay Skin's components (`.table`, `.signal`); the rest
 * reads labels and their values, URL parameters and eBay's own link shapes (`/usr/<name>`,
 * `/itm/<id>`) rather than class paths. Each alternative sits beside a saved page in
 * tests/fixtures/ebay/ that has it (tests/unit/marketplaces/ebay/selectors.test.ts checks).
 */

/** Alternatives for one thing on the page, as one selector list. */
/* @__NO_SIDE_EFFECTS__ */
function anyOf(...alternatives: string[]): string {
  return alternatives.join();
}

export const selectors = {
  // List: one row per order; its order id in a class `orderid_<id>` (the scraper's reading).
  listRow: anyOf(
    'tr.order-info', // sh-ord-list-en
    'tr[class*="orderid_"]', // sh-ord-list-awaiting-de
  ),
  rowCell: 'td', // sh-ord-list-en
  // The details link: its `orderid=` parameter is the order id (a URL parameter, the steadiest signal).
  detailsLink: 'a[href*="orderid="]', // sh-ord-list-en
  // eBay's profile links are /usr/<username> on every site: the buyer's handle.
  buyerLink: 'a[href*="/usr/"]', // sh-ord-list-en
  // A status in a Skin "signal" (assumed for Seller Hub; the filter in the URL says it when absent).
  rowStatus: '.signal', // sh-ord-list-en

  // Details: "label: value" pairs (dt/dd), each field found by its label's words (labels.ts).
  infoLabel: 'dt', // sh-ord-details-unpaid-en
  lineItemLink: anyOf(
    '.item-title a[href*="/itm/"]', // sh-ord-details-unpaid-en
    'a[href*="/itm/"]', // sh-ord-list-en
  ),

  // The outer details page whose order sits in a child frame (the mesh page): the frame's own script reads it.
  detailFrame: 'iframe[src*="/mesh/ord/details"]', // sh-ord-details-frame-shell

  // What Seller Hub redraws the orders table and the order's details in: eBay's main content landmark.
  ordersRegion: anyOf(
    '#mainContent', // sh-ord-list-en
    'main', // sh-ord-details-frame-shell
  ),

  // Where Settle's panel goes: eBay's main content landmark.
  panelAnchor: anyOf(
    '#mainContent', // sh-ord-details-unpaid-en
    'main', // sh-ord-details-frame-shell
  ),
};

/**
 * The "Message buyer" box and the order's actions, used only by the contact script
 * (console-contact.ts). The box is assumed to be a Skin dialog (`role=dialog`) opened by a button
 * that names it (`aria-controls`), holding a form with a textarea (tests/fixtures/ebay/README.md).
 */
export const contactSelectors = {
  messageBox: '[role="dialog"] form textarea', // sh-ord-details-unpaid-en
  submit: 'button[type="submit"]', // sh-ord-details-unpaid-en
  // Skin's notices: a confirmation, or a status line the page announces.
  sentNotice: anyOf(
    '.inline-notice--confirmation', // sh-ord-details-message-sent
    '[role="status"]', // sh-ord-details-message-sent
  ),
  // Every link and button of the page: an order action is found by its words (labels.ts ACTION_LABELS).
  actionControl: anyOf(
    'a[href]', // sh-ord-details-unpaid-en
    'button', // sh-ord-details-unpaid-en
  ),
};

export type SelectorKey = keyof typeof selectors;

/** The alternatives of one entry, each a selector of its own (none of them holds a comma). */
export const alternativesOf = (selector: string) => selector.split(',');
