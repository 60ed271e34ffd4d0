/**
 * Every selector Settle uses on Etsy's orders page, from the Web Toolkit (`wt-*`) and Collage
 * (`clg-*`) markup that public userscripts of etsy.com/your/orders/sold rely on (sources in
 * tests/fixtures/etsy/README.md). Labels, links, data attributes and ARIA roles first; no deep class
 * paths. Each alternative sits beside a saved page in tests/fixtures/etsy/ that has it, and
 * tests/unit/marketplaces/etsy/selectors.test.ts fails when one matches nothing there.
 */

/** Alternatives for one thing on the page, as one selector list. */
/* @__NO_SIDE_EFFECTS__ */
function anyOf(...alternatives: string[]): string {
  return alternatives.join();
}

export const selectors = {
  // List: one `.panel-body-row` per order, found from its `order_id=` link (Etsy Auto Tracking v4.3).
  // The page's main column (`main#content`): it holds the orders list and the order overlay the app opens over it.
  mainColumn: 'main', // sold-list-en
  listRow: '.panel-body-row', // sold-list-en
  orderLink: 'a[href*="order_id="]', // sold-list-en
  // Menus are `[data-dropdown-container]` with a `[data-dropdown-button]`; an action menu carries a clg-tooltip.
  dropdown: '[data-dropdown-container="true"]', // sold-list-en
  dropdownButton: '[data-dropdown-button="true"]', // sold-list-en
  actionTooltip: 'clg-tooltip', // sold-list-en
  // The buyer's public profile, etsy.com/people/<username>, in the buyer's menu.
  profileLink: 'a[href*="/people/"]', // sold-list-en
  // "Ship to" name, with or without Etsy's `unsanitize` span (Etsy Auto Tracking v4.3).
  shipToName: '.text-body-smaller.strong', // sold-list-en
  status: anyOf(
    '.wt-badge:not([data-clg-id])', // sold-list-en (list rows)
    'clg-badge', // order-unpaid-en (the overlay; its words in its shadow root)
  ),
  date: 'time', // sold-list-en
  // Money as Etsy prints it everywhere: `<span class=currency-symbol>$</span><span class=currency-value>45.00</span>`.
  moneyValue: '.currency-value', // sold-list-en
  moneySymbol: '.currency-symbol', // sold-list-en

  // The order overlay (a dialog over the list, opened by route) and its parts (cengaver/EtsyScript).
  overlay: '[role="dialog"]', // order-unpaid-en
  orderInfo: '#order-details-order-info', // order-unpaid-en
  orderInfoLink: '#order-details-order-info > a[href*="order_id="]', // order-unpaid-en
  tabPanel: '[role="tabpanel"]', // order-unpaid-en
  itemRow: '.panel table > tbody > tr', // order-unpaid-en
  itemTitle: 'a[href*="/listing/"]', // order-unpaid-en
  itemSku: 'p > span', // order-unpaid-en
  itemQuantity: 'td:nth-child(2)', // order-unpaid-en
  // The receipt is the tab panel's last table; its last row is the order total.
  receiptTable: 'table', // order-unpaid-en
  receiptRow: 'tr', // order-unpaid-en
};

/** The message form, used only by the contact script (console-contact.ts). */
export const contactSelectors = {
  // Etsy's composer: a Collage text area (its <textarea> in the shadow root), or a plain one (EtsyReviewMessage).
  messageBox: anyOf(
    'clg-text-area[name="message"]', // order-unpaid-en
    'textarea[name="message"]', // order-completed-en
  ),
  innerTextArea: 'textarea', // order-unpaid-en (inside the shadow root)
  send: 'button[data-test-id="submit"]', // order-unpaid-en
  // The conversation the sent message shows up in (Etsy Messages' list, EtsyTrMessage).
  thread: '.msg-list-container', // order-unpaid-en
};

export type SelectorKey = keyof typeof selectors;

/** The alternatives of one entry, each a selector of its own (none of them holds a comma). */
export const alternativesOf = (selector: string) => selector.split(',');
