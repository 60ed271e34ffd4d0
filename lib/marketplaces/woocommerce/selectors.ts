/**
 * Every selector Settle uses on WooCommerce's admin pages, from WooCommerce's own templates
 * (ListTable.php, class-wc-admin-list-table-orders.php, class-wc-meta-box-order-data.php,
 * html-order-items.php, html-order-item.php, html-order-notes.php). Each alternative sits on its
 * own line beside a saved page in tests/fixtures/woocommerce/ that has it, and
 * tests/unit/marketplaces/woocommerce/selectors.test.ts fails when one matches nothing on every
 * saved page. Plain strings, so the always-on content script carries no more than the selectors.
 */

/**
 * Alternatives for one thing on the page, as one selector list (the element matching any of them).
 * Where one is preferred to another, they are separate entries tried in turn. Marked free of side
 * effects so a bundle that uses no selector of an object drops it.
 */
/* @__NO_SIDE_EFFECTS__ */
function anyOf(...alternatives: string[]): string {
  return alternatives.join();
}

export const selectors = {
  // List: WordPress list-table body; rows of HPOS (`tr#order-N`) and legacy (`tr#post-N`) tables alike.
  listBody: '#the-list', // hpos-list-en, legacy-list-zh
  listRow: '#the-list > tr', // hpos-list-en, legacy-list-zh
  // Primary column: "<a class=order-view><strong>#1042 Jane Doe</strong></a>"; trashed orders have only <strong>.
  // HPOS and legacy tables alike give each cell WooCommerce's column class (and WordPress's `column-` one beside it).
  rowNumberCell: 'td.order_number', // hpos-list-en, legacy-list-zh
  rowOrderLink: 'a.order-view', // hpos-list-en
  rowNumberLabel: 'strong', // hpos-list-en, legacy-list-zh
  rowDate: 'td.order_date time[datetime]', // hpos-list-en, legacy-list-zh
  // Status <mark class="order-status status-pending"> (never prefixed with wc-).
  rowStatus: 'mark.order-status', // hpos-list-en
  rowTotal: 'td.order_total', // hpos-list-en, legacy-list-zh
  // A refunded order shows <del>gross</del> <ins>net</ins>.
  refundedGross: 'del', // hpos-list-en (#1039 refunded)
  refundedNet: 'ins', // hpos-list-en (#1039 refunded)

  // Edit page (same meta boxes for HPOS and legacy).
  orderData: '#order_data', // hpos-edit-pending-en, legacy-edit-processing-en
  // Legacy post.php is shared by all post types: any of these says the post is an order.
  orderEditMarkers: anyOf(
    '#order_data', // hpos-edit-pending-en
    '#woocommerce-order-data', // hpos-edit-empty-broken
    'body.post-type-shop_order', // legacy-edit-processing-en
  ),
  heading: '.woocommerce-order-data__heading', // hpos-edit-pending-en
  statusSelect: 'select#order_status', // hpos-edit-pending-en
  selectedOption: 'option[selected]', // hpos-edit-pending-en
  // "Customer payment page →" sits in the status label only while the order needs payment.
  payLink: 'p.wc-order-status label a[href]', // hpos-edit-pending-en
  dateInput: 'input[name="order_date"]', // hpos-edit-pending-en
  hourInput: 'input[name="order_date_hour"]', // hpos-edit-pending-en
  minuteInput: 'input[name="order_date_minute"]', // hpos-edit-pending-en
  secondInput: 'input[name="order_date_second"]', // hpos-edit-pending-en
  billingFirstName: '#_billing_first_name', // hpos-edit-pending-en
  billingLastName: '#_billing_last_name', // hpos-edit-pending-en
  billingCompany: '#_billing_company', // hpos-edit-pending-en
  billingEmail: '#_billing_email', // hpos-edit-pending-en
  billingPhone: '#_billing_phone', // hpos-edit-pending-en
  // Fallbacks when the billing inputs are missing: the shown mailto link and the customer select.
  billingMailto: '.order_data_column .address a[href^="mailto:"]', // hpos-edit-pending-en
  // The selected customer; a select whose choice is set by script has none marked: then its first option.
  customerSelected: 'select#customer_user option[selected]', // hpos-edit-pending-en
  customerFirst: 'select#customer_user option', // hpos-edit-pending-en
  // First totals table; its last row is "Order Total:" (later tables: Paid, Refunded, refund form).
  totalsTable: 'table.wc-order-totals', // hpos-edit-pending-en
  totalsRow: 'tr', // hpos-edit-pending-en
  totalCell: 'td.total', // hpos-edit-pending-en
  lineItemsBody: '#order_line_items', // hpos-edit-pending-en
  lineItem: '#order_line_items > tr.item', // hpos-edit-pending-en
  itemName: '.wc-order-item-name', // hpos-edit-pending-en
  itemSku: '.wc-order-item-sku', // hpos-edit-pending-en
  itemSkuLabel: 'strong', // hpos-edit-pending-en ("SKU:")
  itemCost: 'td.item_cost', // hpos-edit-pending-en
  itemQuantityView: 'td.quantity .view', // hpos-edit-pending-en
  itemQuantityInput: 'td.quantity input.quantity', // hpos-edit-pending-en
  // "Order notes" box, newest first; a "Note to customer" is `li.note.customer-note` (html-order-notes.php).
  notesList: 'ul.order_notes', // hpos-edit-pending-en
  customerNote: 'li.note.customer-note', // hpos-edit-hostile
  noteContent: '.note_content', // hpos-edit-pending-en

  // Where Settle's panel goes: the top of the main column, else the column itself.
  panelAnchor: '#wpbody-content > .wrap', // hpos-edit-pending-en
  mainColumn: '#wpbody-content', // hpos-edit-pending-en

  // Money as wc_price renders it; the symbol has its own span.
  priceAmount: '.woocommerce-Price-amount', // hpos-edit-pending-en
  priceSymbol: '.woocommerce-Price-currencySymbol', // hpos-edit-pending-en
  // Inline settings script carrying the shop currency (ISO code, separators), else any inline script.
  wcSettingsScript: 'script#wc-settings-js-before', // hpos-edit-pending-en
  inlineScript: 'script:not([src])', // hpos-edit-pending-en
};

/**
 * The note form and the order actions, used only by the contact script (console-contact.ts): kept
 * apart so the always-on content script does not carry them.
 */
export const contactSelectors = {
  noteText: 'textarea#add_order_note', // hpos-edit-pending-en
  noteType: 'select#order_note_type', // hpos-edit-pending-en
  noteAdd: 'button.add_note', // hpos-edit-pending-en
  actionSelect: 'select[name="wc_order_action"]', // hpos-edit-pending-en
  // "Update" applies an order action; older versions name the same button by `save_order` alone.
  actionApply: anyOf(
    'button.wc-reload', // hpos-edit-pending-en
    'button.save_order', // hpos-edit-pending-en
  ),
};

export type SelectorKey = keyof typeof selectors;

/** The alternatives of one entry, each a selector of its own (none of them holds a comma). */
export const alternativesOf = (selector: string) => selector.split(',');
