// eBay Seller Hub in the demo console: the Message buyer box posts to the console and shows eBay's
// confirmation (the sent message lands in the outbox), and an order marked paid is renumbered as
// eBay renumbers a non-immediate-payment order: its pages then show a new id and name the old one.

const MESSAGE_PATH = '/sh/ord/message';
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The id eBay gives an order once it is paid (any fixed rule does for the demo): 12-… → 62-…. */
const paidIdOf = (orderId) => orderId.replace(/^\d{2}/, (d) => String((Number(d) + 50) % 100).padStart(2, '0'));

/** The unpaid id of a renumbered order's new id, when one of the marked-paid orders has it. */
function unpaidIdOf(orderId, statuses) {
  for (const [id, status] of statuses) if (status === 'processing' && paidIdOf(id) === orderId) return id;
  return undefined;
}

/** The saved page's own address for a renumbered order's new address (its details page under the new id). */
export function ebayFixtureUrl(url, statuses) {
  const param = url.searchParams.has('orderId') ? 'orderId' : 'orderid';
  const id = url.searchParams.get(param);
  const unpaid = id && unpaidIdOf(id, statuses);
  if (!unpaid) return url.href;
  const saved = new URL(url.href);
  saved.searchParams.set(param, unpaid);
  return saved.href;
}

/** Rewrites a served Seller Hub page for the orders marked paid (renumbered) and wires its Message buyer box. */
export function applyEbayDemo(document, url, statuses) {
  for (const [id, status] of statuses) if (status === 'processing') renumber(document, id, paidIdOf(id));
  const form = document.querySelector('form.message-buyer-form');
  if (form) document.body.insertAdjacentHTML('beforeend', messageScript(url));
}

function renumber(document, oldId, newId) {
  // The list: the row's class, its details link and its status.
  for (const row of document.querySelectorAll(`tr.orderid_${oldId}`)) {
    row.setAttribute('class', `order-info orderid_${newId}`);
    const link = row.querySelector('a[href*="orderid="]');
    if (link) link.setAttribute('href', link.getAttribute('href').replace(oldId, newId));
    const signal = row.querySelector('.signal');
    if (signal) signal.textContent = 'Awaiting shipment';
  }
  // The details page: its labelled fields.
  const labels = [...document.querySelectorAll('dt')];
  const value = (label) => {
    const dt = labels.find((l) => l.textContent.trim() === label);
    return dt && dt.nextElementSibling;
  };
  const number = value('Order number');
  if (!number || number.textContent.trim() !== oldId) return;
  number.textContent = newId;
  const status = value('Order status');
  if (status) status.textContent = 'Awaiting shipment';
  const due = value('Payment due');
  if (due) due.parentElement.remove();
  number.parentElement.insertAdjacentHTML(
    'afterend',
    `<div class="info-item"><dt class="info-item__label">Previous order number</dt><dd class="info-item__value">${escape(oldId)}</dd></div>`,
  );
  for (const el of document.querySelectorAll('[aria-controls="message-buyer-dialog"], a[href*="sendinvoice"]'))
    el.remove();
}

/** eBay's own script, in small: opens the dialog, posts the message, shows the confirmation notice. */
function messageScript(url) {
  const orderId = url.searchParams.get('orderid') || url.searchParams.get('orderId') || '';
  return `<script>
(() => {
  const dialog = document.getElementById('message-buyer-dialog');
  const opener = document.querySelector('[aria-controls="message-buyer-dialog"]');
  if (opener) opener.addEventListener('click', () => dialog.removeAttribute('hidden'));
  const form = dialog.querySelector('form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new URLSearchParams({ orderid: ${JSON.stringify(orderId)}, message: form.querySelector('textarea').value });
    const answer = await fetch(${JSON.stringify(MESSAGE_PATH)}, { method: 'POST', body });
    if (!answer.ok) return;
    form.querySelector('textarea').value = '';
    dialog.insertAdjacentHTML('afterbegin', '<div class="inline-notice inline-notice--confirmation" role="status"><p class="inline-notice__main">Your message was sent.</p></div>');
  });
})();
</script>`;
}

/** Handles the Message buyer post: the message goes to the outbox. Returns false for other requests. */
export function handleEbayPost(url, form, outbox, respond) {
  if (url.pathname !== MESSAGE_PATH) return false;
  const orderId = form.get('orderid') ?? '';
  const text = form.get('message') ?? '';
  if (!orderId || !text) return respond(400, 'text/plain', 'orderid and message are required');
  outbox.push({ host: url.hostname, orderId, kind: 'ebay-message', text, at: new Date().toISOString() });
  return respond(200, 'application/json', '{"ok":true}');
}
