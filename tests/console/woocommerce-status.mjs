// Changes an order's status on a served WooCommerce page, the way WooCommerce itself would render
// the new status: the row and <mark> slug classes, the status label, the edit page's select, and the
// "Customer payment page" link that only orders needing payment have.

const LABELS = {
  en: {
    pending: 'Pending payment',
    processing: 'Processing',
    'on-hold': 'On hold',
    completed: 'Completed',
    cancelled: 'Cancelled',
    refunded: 'Refunded',
    failed: 'Failed',
  },
  zh: {
    pending: '待付款',
    processing: '正在处理',
    'on-hold': '保留',
    completed: '已完成',
    cancelled: '已取消',
    refunded: '已退款',
    failed: '失败订单',
  },
  de: {
    pending: 'Bezahlung ausstehend',
    processing: 'In Bearbeitung',
    'on-hold': 'In Wartestellung',
    completed: 'Abgeschlossen',
    cancelled: 'Storniert',
    refunded: 'Erstattet',
    failed: 'Fehlgeschlagen',
  },
};
export const DEMO_STATUSES = Object.keys(LABELS.en);

const labelFor = (document, slug) =>
  (LABELS[(document.documentElement.getAttribute('lang') ?? 'en').slice(0, 2)] ?? LABELS.en)[slug] ?? slug;
const swapStatusClass = (el, slug) => {
  if (!el) return;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  el.setAttribute(
    'class',
    classes
      .map((c) =>
        /^status-(wc-)?/.test(c) ? c.replace(/^status-(wc-)?.*$/, (_m, wc) => `status-${wc ?? ''}${slug}`) : c,
      )
      .join(' '),
  );
};

/** Applies `statuses` (orderId → slug) to a parsed WooCommerce page in place. */
export function applyWooStatuses(document, statuses) {
  if (!statuses.size) return;
  for (const row of document.querySelectorAll('#the-list > tr')) {
    const label = row.querySelector('a.order-view strong, td.order_number strong')?.textContent?.trim() ?? '';
    const slug = statuses.get(/^#?(\S+)/.exec(label)?.[1]);
    if (!slug) continue;
    swapStatusClass(row, slug);
    const mark = row.querySelector('mark.order-status');
    swapStatusClass(mark, slug);
    const span = mark?.querySelector('span');
    if (span) span.textContent = labelFor(document, slug);
  }
  const heading = document.querySelector('.woocommerce-order-data__heading')?.textContent ?? '';
  const slug = statuses.get(/#\s*(\S+)/.exec(heading)?.[1]);
  const select = document.querySelector('select#order_status');
  if (!slug || !select) return;
  for (const option of select.querySelectorAll('option')) {
    if (option.getAttribute('value') === `wc-${slug}`) option.setAttribute('selected', 'selected');
    else option.removeAttribute('selected');
  }
  if (!['pending', 'failed'].includes(slug)) document.querySelector('p.wc-order-status label a')?.remove();
}
