// eBay Seller Hub in the demo console: the Message buyer box posts to the console and shows eBay's
// confirmation (the sent message lands in the outbox), also inside an order shown in a child frame
// (sh/ord/details?orderid=12-34567-89022 frames mesh/ord/details), and an order marked paid is
// renumbered as eBay renumbers a non-immediate-payment order: its pages then show a new id and name the old one.

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

/**
 * Rewrites a served Seller Hub page: its look, the Message buyer box of an order shown in a child
 * frame, the orders marked paid (renumbered), and the box's wiring.
 */
export function applyEbayDemo(document, url, statuses) {
  document.head?.insertAdjacentHTML('beforeend', `<style>${SELLER_HUB_CSS}</style>`);
  if (url.pathname.startsWith('/mesh/ord/details')) giveFrameMessageBox(document);
  for (const [id, status] of statuses) if (status === 'processing') renumber(document, id, paidIdOf(id));
  const form = document.querySelector('form.message-buyer-form');
  if (form) document.body.insertAdjacentHTML('beforeend', messageScript(url));
}

// A plain Seller Hub look (eBay Skin's colours and spacing, in small): styling only, the markup the reader reads is untouched.
const SELLER_HUB_CSS = `
body { margin: 0; padding-bottom: 56px; font: 14px/1.45 "Market Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; color: #191919; background: #f7f7f7; }
a { color: #3665f3; text-decoration: none; } a:hover { text-decoration: underline; }
#gh { background: #fff; border-bottom: 1px solid #e5e5e5; padding: 10px 24px; }
#gh > a { font-size: 26px; font-weight: 700; letter-spacing: -1px; color: #e53238; }
#mainContent { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
main.sh-order-details { padding: 0; max-width: none; }
.page-title { font-size: 24px; font-weight: 700; margin: 8px 0 16px; }
section, .table { background: #fff; border: 1px solid #e5e5e5; border-radius: 8px; padding: 12px 16px; margin: 0 0 16px; }
section .table { border: 0; padding: 0; margin: 0; }
h2 { font-size: 18px; margin: 0 0 10px; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 12px; font-weight: 700; color: #707070; border-bottom: 1px solid #e5e5e5; padding: 8px; }
td { padding: 10px 8px; border-bottom: 1px solid #f2f2f2; vertical-align: top; }
.table__cell--numeric { text-align: right; }
.user-name, .item-title { font-weight: 700; }
.user-id, .order-details-link, .item-ids { display: block; font-size: 12px; }
.item-ids { color: #707070; }
.signal { display: inline-block; border-radius: 12px; padding: 2px 10px; font-size: 12px; background: #f2f2f2; }
.signal--attention, .signal--critical { background: #fff4d6; }
.info-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px 24px; margin: 0; }
.info-item dt { font-size: 12px; color: #707070; } .info-item dd { margin: 2px 0 0; font-weight: 700; }
.order-actions { display: flex; gap: 8px; margin: 0 0 16px; }
.btn { display: inline-block; border-radius: 20px; padding: 7px 18px; font: inherit; font-weight: 700; cursor: pointer; }
.btn--secondary { background: #fff; color: #3665f3; border: 1px solid #3665f3; }
.btn--primary { background: #3665f3; color: #fff; border: 1px solid #3665f3; }
.lightbox-dialog[hidden] { display: none; }
.lightbox-dialog { background: #fff; border: 1px solid #c7c7c7; border-radius: 12px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.15); padding: 16px; max-width: 560px; margin: 0 0 16px; }
.lightbox-dialog textarea { display: block; width: 100%; box-sizing: border-box; min-height: 96px; margin: 6px 0 10px; border: 1px solid #c7c7c7; border-radius: 8px; padding: 8px; font: inherit; }
.inline-notice--confirmation { background: #e6f6ea; border-left: 4px solid #05823f; padding: 6px 12px; margin: 0 0 10px; }
.inline-notice__main { margin: 0; }
`;

/**
 * An order's details shown in a child frame (/mesh/ord/details) get the Message buyer box the
 * details page has, in place of the saved page's Message buyer link: a reminder can then be sent
 * from inside the frame, as Settle's panel there does.
 */
function giveFrameMessageBox(document) {
  if (document.getElementById('message-buyer-dialog')) return;
  const link = [...document.querySelectorAll('.order-actions a')].find((a) => a.textContent.trim() === 'Message buyer');
  const main = document.querySelector('main');
  if (!link || !main) return;
  link.outerHTML =
    '<button type="button" class="btn btn--secondary" aria-haspopup="dialog" aria-controls="message-buyer-dialog">Message buyer</button>';
  main.insertAdjacentHTML(
    'beforeend',
    `<div class="lightbox-dialog" role="dialog" aria-modal="true" aria-labelledby="message-buyer-title" id="message-buyer-dialog" hidden>
  <div class="lightbox-dialog__window">
    <h2 id="message-buyer-title" class="lightbox-dialog__title">Message buyer</h2>
    <form class="message-buyer-form" method="post" action="${MESSAGE_PATH}">
      <label for="message-buyer-text">Message</label>
      <textarea id="message-buyer-text" name="message" maxlength="2000"></textarea>
      <button type="submit" class="btn btn--primary">Send</button>
    </form>
  </div>
</div>`,
  );
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
