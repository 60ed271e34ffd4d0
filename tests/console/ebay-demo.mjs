// eBay Seller Hub in the demo console: the Message buyer box posts to the console and shows eBay's
// confirmation (the sent message lands in the outbox), also inside an order shown in a child frame
// (sh/ord/details?orderid=12-34567-89022 frames mesh/ord/details), and an order marked paid is
// renumbered as eBay renumbers a non-immediate-payment order: its pages then show a new id and name the old one.
// A small router moves between the orders list and an order's details without a page load.

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
  document.body.insertAdjacentHTML('beforeend', MESSAGE_SCRIPT + ROUTER_SCRIPT);
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

/**
 * eBay's own script, in small: opens the dialog, posts the message, shows the confirmation notice.
 * Listens on the document, so a details page the router drew (below) is wired as a loaded one is.
 */
const MESSAGE_SCRIPT = `<script>
(() => {
  const dialog = () => document.getElementById('message-buyer-dialog');
  document.addEventListener('click', (event) => {
    if (event.target.closest && event.target.closest('[aria-controls="message-buyer-dialog"]')) dialog().removeAttribute('hidden');
  });
  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!dialog() || !dialog().contains(form)) return;
    event.preventDefault();
    const here = new URL(location.href).searchParams;
    const body = new URLSearchParams({ orderid: here.get('orderid') || here.get('orderId') || '', message: form.querySelector('textarea').value });
    const answer = await fetch(${JSON.stringify(MESSAGE_PATH)}, { method: 'POST', body });
    if (!answer.ok) return;
    form.querySelector('textarea').value = '';
    dialog().insertAdjacentHTML('afterbegin', '<div class="inline-notice inline-notice--confirmation" role="status"><p class="inline-notice__main">Your message was sent.</p></div>');
  });
})();
</script>`;

/**
 * Seller Hub's router, in small: a link to another orders or order details page of the same site
 * is drawn inside the same #mainContent, with no page load (back and forward too). Not in a child
 * frame: a framed details page is its own document.
 */
const ROUTER_SCRIPT = `<script>
(() => {
  if (window.top !== window) return;
  const routed = (href) => {
    const to = new URL(href, location.href);
    return to.origin === location.origin && /^\\/(sh\\/ord|mesh\\/ord\\/details)/.test(to.pathname) ? to : null;
  };
  async function go(href, push) {
    const next = new DOMParser().parseFromString(await (await fetch(href, { cache: 'no-store' })).text(), 'text/html');
    const main = next.getElementById('mainContent');
    if (!main || !document.getElementById('mainContent')) return void (location.href = href);
    document.getElementById('mainContent').replaceChildren(...[...main.childNodes].map((n) => document.adoptNode(n)));
    const bar = next.getElementById('settle-demo-bar');
    if (bar && document.getElementById('settle-demo-bar')) document.getElementById('settle-demo-bar').replaceWith(document.adoptNode(bar));
    document.title = next.title;
    if (push) history.pushState(null, '', href);
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href]');
    if (!link || link.target || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!routed(link.href)) return;
    event.preventDefault();
    void go(link.href, true);
  });
  addEventListener('popstate', () => void go(location.href, false));
})();
</script>`;

/** Handles the Message buyer post: the message goes to the outbox. Returns false for other requests. */
export function handleEbayPost(url, form, outbox, respond) {
  if (url.pathname !== MESSAGE_PATH) return false;
  const orderId = form.get('orderid') ?? '';
  const text = form.get('message') ?? '';
  if (!orderId || !text) return respond(400, 'text/plain', 'orderid and message are required');
  outbox.push({ host: url.hostname, orderId, kind: 'ebay-message', text, at: new Date().toISOString() });
  return respond(200, 'application/json', '{"ok":true}');
}
