/**
 * Every selector Settle uses on the Shopify admin, from Polaris (Shopify/polaris: IndexTable, Badge,
 * Page, Card, Text, Modal, TextField) and the public userscripts named in
 * tests/fixtures/shopify/README.md. The reader leans on what survives a redesign: the order links'
 * addresses, table header labels, card headings, badges, ARIA roles and mailto/tel links, never a
 * deep class path. Each alternative sits on its own line beside a saved page in
 * tests/fixtures/shopify/ that has it; tests/unit/marketplaces/shopify/selectors.test.ts fails when
 * one matches nothing on every saved page.
 */

/** Alternatives for one thing on the page, as one selector list. */
/* @__NO_SIDE_EFFECTS__ */
function anyOf(...alternatives: string[]): string {
  return alternatives.join();
}

export const selectors = {
  // The admin's main column (Polaris Frame's <main id="AppFrameMain">), else any <main>.
  main: anyOf(
    '#AppFrameMain', // orders-list-en
    'main', // orders-list-zh-cn
  ),
  // The orders table: its header labels name the columns, its body rows are orders.
  listTable: 'table', // orders-list-en
  headCell: 'thead th', // orders-list-en
  bodyRow: 'tbody > tr', // orders-list-en
  // An order's own link (IndexTable marks the row's primary link); drafts link to draft_orders.
  orderLink: anyOf(
    'a[data-primary-link]', // orders-list-en
    'a[href*="/orders/"]', // orders-list-zh-cn (the 2025 admin's table, after the public userscript)
    'a[href*="/draft_orders/"]', // draft-orders-list-en
  ),
  // Polaris Badge: `Polaris-Badge` in the published CSS, suffixed with a hash in the admin's own build.
  badge: anyOf(
    '.Polaris-Badge', // orders-list-en
    '[class^="Polaris-Badge_"]', // orders-list-zh-cn
  ),
  // Polaris' screen-reader text inside a badge ("Attention Incomplete"): not the badge's words.
  hiddenText: anyOf(
    '.Polaris-Text--visuallyHidden', // orders-list-en
    '.Polaris-VisuallyHidden', // order-paid-legacy-en
  ),

  // Order page: the title (#1020) and the badges beside it in the page header.
  title: 'h1', // order-pending-en
  pageHeader: anyOf(
    '.Polaris-Page-Header', // order-pending-en
    'header', // order-paid-legacy-en
  ),
  // A card is found by its heading's words (Customer, Payment…); the card is the heading's box.
  cardHeading: 'h2', // order-pending-en
  card: anyOf(
    '.Polaris-ShadowBevel', // order-pending-en (Polaris 12 Card)
    '.Polaris-LegacyCard', // order-paid-legacy-en
  ),
  // The date line under the title (Polaris Page's additionalMetadata, or the older subtitle).
  dateLine: anyOf(
    '[class*="Polaris-Page-Header__AdditionalMetaData"]', // order-pending-en
    '[class*="Polaris-Page-Header__Subtitle"]', // order-paid-legacy-en
  ),
  customerLink: 'a[href*="/customers/"]', // order-pending-en
  mailto: 'a[href^="mailto:"]', // order-pending-en
  tel: 'a[href^="tel:"]', // order-pending-en
  productLink: 'a[href*="/products/"]', // order-pending-en
  // Where Settle's panel goes: the top of the page's content (else the main column).
  panelAnchor: '.Polaris-Page__Content', // order-pending-en
};

/** The Send invoice dialog, used only by the contact script (console-contact.ts). */
export const contactSelectors = {
  button: 'button', // order-pending-en
  dialog: '[role="dialog"]', // order-send-invoice-dialog-en
  messageBox: 'textarea', // order-send-invoice-dialog-en
  label: 'label[for]', // order-send-invoice-dialog-en
  // Polaris Toast ("Invoice sent") in the frame's toast manager.
  toast: '.Polaris-Frame-Toast', // order-invoice-sent-toast-en
};

export type SelectorKey = keyof typeof selectors;

/** The alternatives of one entry, each a selector of its own (none of them holds a comma). */
export const alternativesOf = (selector: string) => selector.split(',');
