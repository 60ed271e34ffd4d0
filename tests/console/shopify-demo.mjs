// The Shopify admin as the demo console serves it: statuses switched from the demo bar rendered as
// Shopify's badges, the order's Send invoice dialog ("emailing" its custom message: the outbox), and
// a small router that swaps the page's main column without a reload, as the admin (an SPA) does.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { FIXTURES_DIR } from './fixtures.mjs';

const SHOPIFY_INVOICE_PATH = '/__settle-demo/shopify/invoice';
const ADMIN_CSS = new URL('./shopify-admin-look.css', import.meta.url);

/** The demo bar's statuses (WooCommerce's slugs) as Shopify's payment badges say them. */
const LABELS = {
  en: { pending: 'Payment pending', processing: 'Paid', completed: 'Paid', cancelled: 'Voided', refunded: 'Refunded' },
  de: {
    pending: 'Zahlung ausstehend',
    processing: 'Bezahlt',
    completed: 'Bezahlt',
    cancelled: 'Storniert',
    refunded: 'Erstattet',
  },
  zh: { pending: '付款待处理', processing: '已付款', completed: '已付款', cancelled: '已作废', refunded: '已退款' },
};
const PAYMENT_WORDS = new Set(
  [
    ...Object.values(LABELS).flatMap((l) => Object.values(l)),
    ...['Partially paid', 'Overdue', 'Authorized', 'Expiring', 'Partially refunded', 'Teilweise bezahlt', '部分付款'],
    ...['逾期', '已授权'],
  ].map((w) => w.toLowerCase()),
);

/** The badge's words (its last span; the first holds the screen-reader text). */
const wordsOf = (badge) => badge.lastElementChild ?? badge;

/** Renders the switched statuses (orderId → slug) on a parsed Shopify page, and adds the demo's script. */
export function applyShopifyDemo(document, statuses) {
  const labels = LABELS[(document.documentElement.getAttribute('lang') ?? 'en').slice(0, 2)] ?? LABELS.en;
  const relabel = (scope, slug) => {
    for (const el of [...scope.querySelectorAll('[class*="Polaris-Badge"]'), ...scope.querySelectorAll('h2')]) {
      const target = el.tagName === 'H2' ? el : wordsOf(el);
      if (PAYMENT_WORDS.has((target.textContent ?? '').trim().toLowerCase())) target.textContent = labels[slug];
    }
  };
  for (const row of document.querySelectorAll('tbody > tr')) {
    const slug = statuses.get(/#(\S+)/.exec(row.querySelector('a')?.textContent ?? '')?.[1]);
    if (slug && labels[slug]) relabel(row, slug);
  }
  const slug = statuses.get(/#(\S+)/.exec(document.querySelector('h1')?.textContent ?? '')?.[1]);
  if (slug && labels[slug] && !document.querySelector('tbody > tr')) relabel(document.querySelector('main'), slug);
  const style = document.createElement('style');
  style.textContent = readFileSync(ADMIN_CSS, 'utf8');
  document.head.append(style);
  const script = document.createElement('script');
  script.textContent = clientScript();
  document.body.append(script);
}

/** Handles the Send invoice dialog's post. Returns false for other requests. */
export function handleShopifyPost(url, form, outbox, respond) {
  if (url.pathname !== SHOPIFY_INVOICE_PATH) return false;
  const orderId = form.get('order');
  if (!orderId) return respond(400, 'text/plain', 'order required');
  outbox.push({
    host: url.hostname,
    orderId,
    kind: 'invoice',
    text: form.get('message') ?? '',
    at: new Date().toISOString(),
  });
  return respond(200, 'application/json', '{"ok":true}');
}

let markup;
/** The dialog and toast exactly as the saved pages show them. */
function savedMarkup() {
  if (markup) return markup;
  const open = (name) => parseHTML(readFileSync(`${FIXTURES_DIR}/shopify/${name}.html`, 'utf8')).document;
  markup = {
    dialog: open('order-send-invoice-dialog-en').querySelector('#PolarisPortalsContainer').outerHTML,
    toast: open('order-invoice-sent-toast-en').querySelector('.Polaris-Frame-ToastManager').outerHTML,
  };
  return markup;
}

// Runs in the served page, like the admin's own scripts (React there; plain DOM here).
function clientScript() {
  const { dialog, toast } = savedMarkup();
  return `(() => {
const DIALOG = ${JSON.stringify(dialog)}, TOAST = ${JSON.stringify(toast)};
const words = (el) => (el.textContent || '').trim();
const orderId = () => (/#(\\S+)/.exec(words(document.querySelector('h1') || document.body)) || [])[1];
document.addEventListener('click', async (event) => {
  const button = event.target.closest && event.target.closest('button');
  const link = !button && event.target.closest && event.target.closest('a[href]');
  const open = document.querySelector('[role="dialog"]');
  if (link && link.origin === location.origin && /\\/(orders|draft_orders)(\\/\\d+)?$/.test(link.pathname)) {
    event.preventDefault();
    await go(link.href, true);
  } else if (button && !open && ['Send invoice', 'Resend invoice'].includes(words(button))) {
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', DIALOG), 150);
  } else if (button && open && words(button) === 'Review invoice') {
    button.querySelector('span').textContent = 'Send invoice';
  } else if (button && open && words(button) === 'Send invoice') {
    const message = open.querySelector('textarea').value;
    const body = new URLSearchParams({ order: orderId(), message });
    const answer = await fetch(${JSON.stringify(SHOPIFY_INVOICE_PATH)}, { method: 'POST', body });
    document.getElementById('PolarisPortalsContainer').remove();
    if (answer.ok) document.body.insertAdjacentHTML('beforeend', TOAST);
  } else if (button && open && ['Cancel', ''].includes(words(button))) {
    document.getElementById('PolarisPortalsContainer').remove();
  }
});
// The admin's router: another order page is drawn inside the same main column (Polaris Frame keeps
// its <main>), no page load.
async function go(href, push) {
  const html = await (await fetch(href, { cache: 'no-store' })).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  document.querySelector('main').replaceChildren(...[...next.querySelector('main').childNodes].map((n) => document.adoptNode(n)));
  const bar = next.getElementById('settle-demo-bar');
  if (bar) document.getElementById('settle-demo-bar').replaceWith(document.adoptNode(bar));
  document.title = next.title;
  if (push) history.pushState(null, '', href);
}
addEventListener('popstate', () => go(location.href, false));
})();`;
}
