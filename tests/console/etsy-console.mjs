// What Etsy's orders page does, enough for Settle to be tried on it in a real browser: the order
// overlay opens over the list by route (history.pushState, no page load) and closes the same way;
// the overlay's composer ("Message buyer") posts the message, which then shows in the overlay's
// conversation and is kept in the demo's outbox; the demo bar's status switch shows in Etsy's words.

const MESSAGES_PATH = '/__settle-demo/etsy/messages';

const WORDS = {
  en: {
    pending: 'Unpaid',
    'on-hold': 'Payment processing',
    failed: 'Unpaid',
    processing: 'Not shipped',
    completed: 'Completed',
    cancelled: 'Canceled',
    refunded: 'Refunded',
  },
  de: {
    pending: 'Unbezahlt',
    'on-hold': 'Zahlung wird bearbeitet',
    failed: 'Unbezahlt',
    processing: 'Nicht versandt',
    completed: 'Abgeschlossen',
    cancelled: 'Storniert',
    refunded: 'Erstattet',
  },
};

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const orderIdOf = (href) => /[?&]order_id=(\d+)/.exec(href ?? '')?.[1];

/** Messages sent per host and order; each is also put in the demo's shared outbox. */
export function createEtsyMessages(outbox) {
  const messages = new Map();
  const key = (host, orderId) => `${host}\u0000${orderId}`;
  return {
    add(host, orderId, text) {
      const at = new Date().toISOString();
      messages.set(key(host, orderId), [...(messages.get(key(host, orderId)) ?? []), text]);
      outbox.push({ host, orderId, kind: 'etsy-message', text, at });
    },
    list: (host, orderId) => messages.get(key(host, orderId)) ?? [],
    reset: () => messages.clear(),
  };
}

/** Applies the demo's statuses and messages to a served Etsy page and adds Etsy's app stand-in. */
export function applyEtsyConsole(document, host, statuses, messages) {
  const words = WORDS[(document.documentElement.getAttribute('lang') ?? 'en').slice(0, 2)] ?? WORDS.en;
  for (const row of document.querySelectorAll('.panel-body-row')) {
    const slug = statuses.get(orderIdOf(row.querySelector('a[href*="order_id="]')?.getAttribute('href')));
    const badge = row.querySelector('.wt-badge');
    if (slug && badge) badge.textContent = words[slug] ?? slug;
  }
  const overlayId = orderIdOf(document.querySelector('#order-details-order-info > a')?.getAttribute('href'));
  const slug = statuses.get(overlayId);
  const badge = document.querySelector('[role="dialog"] clg-badge');
  if (slug && badge)
    badge.innerHTML = `<template shadowrootmode="open"><span class="clg-badge__label">${escapeHtml(words[slug] ?? slug)}</span></template>`;
  const thread = document.querySelector('[role="dialog"] .msg-list-container');
  if (thread && overlayId)
    thread.innerHTML = messages
      .list(host, overlayId)
      .map((m) => `<p class="wt-text-body-01">${escapeHtml(m)}</p>`)
      .join('');
  const style = document.createElement('style');
  style.textContent = LOOK;
  document.head?.append(style);
  const script = document.createElement('script');
  script.textContent = APP_SCRIPT;
  document.body.append(script);
}

// A little of Etsy's look, so the demo is legible: closed menus hidden, the overlay a panel at the
// right, as Etsy's "peek" overlay is, but scrolling with the page: Settle's click guard
// (IntersectionObserver v2) counts a panel clipped by a scrolling overlay as covered.
const LOOK = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; }
#shop-manager--tool-links ul { display: flex; gap: 16px; padding: 8px 16px; margin: 0; background: #f1641e; }
#shop-manager--tool-links a { color: #fff; text-decoration: none; }
main { padding: 8px 16px 64px; }
.wt-screen-reader-only, .is-closed, clg-tooltip { display: none; }
.wt-tab { display: flex; gap: 16px; list-style: none; padding: 0; }
.panel-body-row { border-bottom: 1px solid #ddd; padding: 8px 0; }
.wt-badge { background: #eee; border-radius: 8px; padding: 0 6px; margin-left: 6px; }
[role="dialog"] { position: absolute; top: 0; right: 0; width: 600px; min-height: 100%; background: #fff;
  border-left: 1px solid #bbb; padding: 16px; z-index: 1000; }
.panel table { width: 100%; }
textarea { width: 100%; }
`;

/** Handles the composer's post. Returns false for other requests. */
export function handleEtsyPost(url, form, messages, respond) {
  if (url.pathname !== MESSAGES_PATH) return false;
  const orderId = form.get('order_id') ?? '';
  const text = form.get('message') ?? '';
  if (!/^\d+$/.test(orderId) || !text.trim()) return respond(400, 'text/plain', 'order_id and message are required');
  messages.add(url.hostname, orderId, text);
  return respond(200, 'application/json', JSON.stringify({ ok: true }));
}

// Etsy's app, in the page: routes to an order's overlay without a page load, and sends messages.
const APP_SCRIPT = `(() => {
  const LIST = location.pathname;
  const composerBox = (form) => {
    const host = form.querySelector('clg-text-area[name="message"]');
    return host ? host.shadowRoot && host.shadowRoot.querySelector('textarea') : form.querySelector('textarea[name="message"]');
  };
  const orderOf = (dialog) => (/order_id=(\\d+)/.exec(dialog.querySelector('#order-details-order-info > a').getAttribute('href')) || [])[1];
  document.addEventListener('submit', async (event) => {
    const form = event.target.closest('[role="dialog"] form');
    if (!form) return;
    event.preventDefault();
    const box = composerBox(form);
    const text = box ? box.value : '';
    if (!text.trim()) return;
    const dialog = form.closest('[role="dialog"]');
    const r = await fetch('${MESSAGES_PATH}', { method: 'POST', body: new URLSearchParams({ order_id: orderOf(dialog), message: text }) });
    if (!r.ok) return;
    const line = document.createElement('p');
    line.className = 'wt-text-body-01';
    line.textContent = text;
    dialog.querySelector('.msg-list-container').append(line);
    box.value = '';
  }, true);
  const show = async (href) => {
    const r = await fetch(href, { cache: 'no-store' });
    if (!r.ok) return false;
    const next = Document.parseHTMLUnsafe(await r.text()).querySelector('[role="dialog"]');
    if (!next) return false;
    const open = document.querySelector('[role="dialog"]');
    if (open) open.remove();
    document.querySelector('main').append(document.importNode(next, true));
    return true;
  };
  document.addEventListener('click', async (event) => {
    const link = event.target.closest('.panel-body-row a[href*="order_id="]');
    const close = event.target.closest('[role="dialog"] .wt-overlay__close');
    if (close) {
      event.preventDefault();
      close.closest('[role="dialog"]').remove();
      history.pushState({}, '', LIST);
      return;
    }
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    if (await show(link.href)) history.pushState({}, '', link.href);
    else location.href = link.href;
  });
})();`;
