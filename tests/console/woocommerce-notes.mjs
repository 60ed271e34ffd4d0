// What WooCommerce does with order notes and order actions, enough for Settle's contact strategies
// to be tried in a real browser: the "Add note" button posts to admin-ajax.php (action
// woocommerce_add_order_note) and puts the returned <li> at the top of the notes list, as
// WooCommerce's meta-boxes-order.js does; a "Note to customer" is "emailed" (kept in the outbox).
// Submitting the order form with the "send_order_details" action adds WooCommerce's system note.

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Notes added per host and order, newest first, and every email WooCommerce would have sent. */
export function createNoteStore() {
  const notes = new Map();
  const outbox = [];
  let nextId = 1000;
  const key = (host, orderId) => `${host}\u0000${orderId}`;
  return {
    outbox,
    /** How long the console takes to answer "Add note" after it has stored (and mailed) the note: a slow console. */
    replyDelayMs: 0,
    add(host, orderId, text, customer) {
      const note = { id: nextId++, text, customer, at: new Date().toISOString() };
      notes.set(key(host, orderId), [note, ...(notes.get(key(host, orderId)) ?? [])]);
      if (customer) outbox.push({ host, orderId, kind: 'customer-note', text, at: note.at });
      return note;
    },
    list: (host, orderId) => notes.get(key(host, orderId)) ?? [],
    reset() {
      notes.clear();
      outbox.length = 0;
      this.replyDelayMs = 0;
    },
  };
}

/** One note as WooCommerce's admin renders it. */
function noteHtml(note) {
  const cls = note.customer ? 'note customer-note' : 'note system-note';
  return `<li rel="${note.id}" class="${cls}"><div class="note_content"><p>${escapeHtml(note.text).replace(/\n/g, '<br>')}</p></div><p class="meta"><abbr class="exact-date" title="${note.at}">${note.at.slice(0, 10)}</abbr> <a href="#" class="delete_note" role="button">Delete note</a></p></li>`;
}

/** The order id a WooCommerce edit page or form post is about (HPOS `id`, legacy `post` / `post_ID`). */
export function wooOrderIdOf(url, form) {
  return (
    url.searchParams.get('id') ?? url.searchParams.get('post') ?? form?.get('post_ID') ?? form?.get('post_id') ?? ''
  );
}

/** Puts the stored notes at the top of a served edit page's notes list and adds the stand-in script. */
export function applyWooNotes(document, notes) {
  const list = document.querySelector('ul.order_notes');
  if (!list) return;
  list.insertAdjacentHTML('afterbegin', notes.map(noteHtml).join(''));
  const script = document.createElement('script');
  script.textContent = ADD_NOTE_SCRIPT;
  document.body.append(script);
}

/** Handles admin-ajax.php (add note) and order-form posts (order actions). Returns false for other requests. */
export function handleWooPost(url, form, store, respond) {
  if (url.pathname.endsWith('/admin-ajax.php')) {
    if (form.get('action') !== 'woocommerce_add_order_note' || !form.get('note'))
      return respond(400, 'text/plain', '0');
    const note = store.add(
      url.hostname,
      wooOrderIdOf(url, form),
      form.get('note'),
      form.get('note_type') === 'customer',
    );
    setTimeout(() => respond(200, 'text/html', noteHtml(note)), store.replyDelayMs);
    return undefined;
  }
  if (form.has('wc_order_action')) {
    const orderId = wooOrderIdOf(url, form);
    if (form.get('wc_order_action') === 'send_order_details') {
      store.add(url.hostname, orderId, 'Order details manually sent to customer.', false);
      store.outbox.push({
        host: url.hostname,
        orderId,
        kind: 'order-details',
        text: 'Order details / invoice with the "Pay for this order" link',
        at: new Date().toISOString(),
      });
    }
    // WordPress answers a saved edit form with a redirect back to the edit page.
    const back = url.pathname.endsWith('/post.php')
      ? `${url.pathname}?post=${encodeURIComponent(orderId)}&action=edit`
      : `${url.pathname}${url.search}`;
    return respond(302, 'text/plain', '', { location: back });
  }
  return false;
}

// Runs in the served page, like WooCommerce's own admin script (jQuery there; plain DOM here).
const ADD_NOTE_SCRIPT = `
document.addEventListener('click', async (event) => {
  const button = event.target.closest && event.target.closest('button.add_note');
  if (!button) return;
  event.preventDefault();
  const box = document.getElementById('add_order_note');
  const type = document.getElementById('order_note_type');
  if (!box.value) return;
  const query = new URLSearchParams(location.search);
  const postId = query.get('id') || query.get('post') || (document.getElementById('post_ID') || {}).value;
  const ajax = location.pathname.slice(0, location.pathname.indexOf('wp-admin/') + 9) + 'admin-ajax.php';
  const body = new URLSearchParams({ action: 'woocommerce_add_order_note', post_id: postId, note: box.value, note_type: type.value, security: 'demo' });
  const response = await fetch(ajax, { method: 'POST', body });
  if (!response.ok) return;
  document.querySelector('ul.order_notes').insertAdjacentHTML('afterbegin', await response.text());
  box.value = '';
});`;
