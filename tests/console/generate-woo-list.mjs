// Builds a large WooCommerce HPOS orders list in the real markup (ListTable.php), with its expected
// reading: for the benchmark (500 rows) and the demo console's bulk pages (service-worker test).
const FIRST = ['Jane', 'Omar', 'Li', 'Sofia', 'Kenji', 'Amara', 'Lucas', 'Mei', 'Noah', 'Priya'];
const LAST = ['Doe', 'Haddad', 'Wei', 'Rossi', 'Sato', 'Okafor', 'Silva', 'Chen', 'Smith', 'Nair'];
const SLUGS = [
  ['pending', 'Pending payment', 'unpaid'],
  ['on-hold', 'On hold', 'unpaid'],
  ['processing', 'Processing', 'paid'],
  ['completed', 'Completed', 'paid'],
  ['cancelled', 'Cancelled', 'cancelled'],
];

function row(id, host) {
  const [slug, label, status] = SLUGS[id % SLUGS.length];
  const buyer = `${FIRST[id % 10]} ${LAST[Math.floor(id / 10) % 10]}`;
  const cents = 1000 + ((id * 7919) % 250000);
  const amount = `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
  // Spread over the 41 days from 1 October 2026, so every generated order is already overdue.
  const iso = new Date(Date.UTC(2026, 9, 1) + (id % 1000) * 3_600_000).toISOString().replace('.000Z', '+00:00');
  const edit = `http://${host}/wp-admin/admin.php?page=wc-orders&amp;action=edit&amp;id=${id}`;
  const html = `<tr id="order-${id}" class="order-${id} type-shop_order status-${slug}">
<th scope="row" class="check-column"><input id="cb-select-${id}" type="checkbox" name="id[]" value="${id}" /><div class="locked-indicator"></div></th>
<td class="order_number column-order_number has-row-actions column-primary" data-colname="Order"><a href="#" class="order-preview" data-order-id="${id}" title="Preview">Preview</a><a href="${edit}" class="order-view"><strong>#${id} ${buyer}</strong></a><button type="button" class="toggle-row"><span class="screen-reader-text">Show more details</span></button></td>
<td class="order_date column-order_date" data-colname="Date"><time datetime="${iso}" title="${iso.slice(0, 10)}">${iso.slice(0, 10)}</time></td>
<td class="order_status column-order_status" data-colname="Status"><mark class="order-status status-${slug} tips"><span>${label}</span></mark></td>
<td class="billing_address column-billing_address hidden" data-colname="Billing">1 Main St, Springfield<span class="description">via Direct bank transfer</span></td>
<td class="shipping_address column-shipping_address hidden" data-colname="Ship to">&ndash;</td>
<td class="order_total column-order_total" data-colname="Total"><span class="tips" data-tip="via Direct bank transfer"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>${amount}</bdi></span></span></td>
<td class="wc_actions column-wc_actions hidden" data-colname="Actions"><p></p></td>
</tr>`;
  const expected = {
    marketplace: 'woocommerce',
    orderId: String(id),
    url: `http://${host}/wp-admin/admin.php?page=wc-orders&action=edit&id=${id}`,
    status,
    statusText: label,
    buyer: { name: buyer },
    total: { amount: cents, currency: 'USD' },
    ...(status === 'unpaid' ? { amountDue: { amount: cents, currency: 'USD' } } : {}),
    placedAt: iso,
    items: [],
    shop: host,
  };
  return { html, expected };
}

const SETTINGS = encodeURIComponent(
  JSON.stringify({
    currency: {
      code: 'USD',
      precision: 2,
      symbol: '$',
      symbolPosition: 'left',
      decimalSeparator: '.',
      priceFormat: '%1$s%2$s',
      thousandSeparator: ',',
    },
  }),
);

/** @returns {{ html: string, expected: object[] }} a full admin page with `count` orders from `firstId` down. */
export function wooListPage({ host = 'bulk.test', count = 500, firstId = 100000 } = {}) {
  const rows = Array.from({ length: count }, (_, i) => row(firstId - i, host));
  const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Orders &lsaquo; Demo Shop &#8212; WordPress</title>
<script id="wc-settings-js-before">var wcSettings = wcSettings || JSON.parse( decodeURIComponent( '${SETTINGS}' ) );</script></head>
<body class="wp-admin wp-core-ui woocommerce_page_wc-orders woocommerce-page"><div id="wpwrap"><div id="wpcontent"><div id="wpbody"><div id="wpbody-content">
<div class="wrap"><h1 class="wp-heading-inline">Orders</h1><form id="wc-orders-filter" method="get">
<table class="wp-list-table widefat fixed striped table-view-list orders wc-orders-list-table wc-orders-list-table-shop_order">
<thead><tr><td id="cb" class="manage-column column-cb check-column"><input id="cb-select-all-1" type="checkbox" /></td><th scope="col" id="order_number" class="manage-column column-order_number column-primary">Order</th><th scope="col" id="order_date" class="manage-column column-order_date">Date</th><th scope="col" id="order_status" class="manage-column column-order_status">Status</th><th scope="col" id="billing_address" class="manage-column column-billing_address hidden">Billing</th><th scope="col" id="shipping_address" class="manage-column column-shipping_address hidden">Ship to</th><th scope="col" id="order_total" class="manage-column column-order_total">Total</th><th scope="col" id="wc_actions" class="manage-column column-wc_actions hidden">Actions</th></tr></thead>
<tbody id="the-list" data-wp-lists="list:order">
${rows.map((r) => r.html).join('\n')}
</tbody></table></form></div></div></div></div></div></body></html>`;
  return { html, expected: rows.map((r) => r.expected) };
}
