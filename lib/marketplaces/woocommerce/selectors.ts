/**
 * Every selector the WooCommerce reader uses, from WooCommerce's own templates
 * (ListTable.php, class-wc-admin-list-table-orders.php, class-wc-meta-box-order-data.php,
 * html-order-items.php, html-order-item.php). Expected match counts per fixture are tested in
 * tests/unit/marketplaces/woocommerce/selectors.test.ts.
 */
export const selectors = {
  // List: WordPress list-table body; rows of HPOS (`tr#order-N`) and legacy (`tr#post-N`) tables alike.
  listBody: '#the-list',
  listRow: '#the-list > tr',
  // Primary column: "<a class=order-view><strong>#1042 Jane Doe</strong></a>"; trashed orders have only <strong>.
  rowNumberCell: 'td.order_number, td.column-order_number',
  rowOrderLink: 'a.order-view',
  rowDate: 'td.order_date time[datetime], td.column-order_date time[datetime]',
  // Status <mark class="order-status status-pending"> (never prefixed with wc-).
  rowStatus: 'mark.order-status',
  rowTotal: 'td.order_total, td.column-order_total',

  // Edit page (same meta boxes for HPOS and legacy).
  orderData: '#order_data',
  // Legacy post.php is shared by all post types: these say the post is an order.
  orderEditMarkers: '#order_data, #woocommerce-order-data, body.post-type-shop_order',
  heading: '.woocommerce-order-data__heading',
  statusSelect: 'select#order_status',
  // "Customer payment page →" sits in the status label only while the order needs payment.
  payLink: 'p.wc-order-status label a[href]',
  dateInput: 'input[name="order_date"]',
  hourInput: 'input[name="order_date_hour"]',
  minuteInput: 'input[name="order_date_minute"]',
  secondInput: 'input[name="order_date_second"]',
  billingFirstName: '#_billing_first_name',
  billingLastName: '#_billing_last_name',
  billingCompany: '#_billing_company',
  billingEmail: '#_billing_email',
  billingPhone: '#_billing_phone',
  // Fallbacks when the billing inputs are missing: the shown mailto link and the customer select.
  billingMailto: '.order_data_column .address a[href^="mailto:"]',
  customerOption: 'select#customer_user option[selected], select#customer_user option',
  // First totals table; its last row is "Order Total:" (later tables: Paid, Refunded, refund form).
  totalsTable: 'table.wc-order-totals',
  lineItemsBody: '#order_line_items',
  lineItem: '#order_line_items > tr.item',
  itemName: '.wc-order-item-name',
  itemSku: '.wc-order-item-sku',
  itemCost: 'td.item_cost',
  itemQuantityView: 'td.quantity .view',
  itemQuantityInput: 'td.quantity input.quantity',
  // "Order notes" box, newest first; a "Note to customer" is `li.note.customer-note` (html-order-notes.php).
  notesList: 'ul.order_notes',
  customerNote: 'li.note.customer-note',
  noteContent: '.note_content',

  // Money as wc_price renders it; the symbol has its own span.
  priceAmount: '.woocommerce-Price-amount',
  priceSymbol: '.woocommerce-Price-currencySymbol',
  // Inline settings script carrying the shop currency (ISO code, separators).
  wcSettingsScript: 'script#wc-settings-js-before',
} as const;
