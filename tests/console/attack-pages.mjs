// Pages a hostile site serves to look like a WooCommerce console, each modelled on an attack seen
// against Settle in a real Chromium (issue "Trust"). The demo console serves them under evil.test
// for the browser tests (tests/e2e/trust.test.ts); they are built from the saved console pages.
import { readFileSync } from 'node:fs';
import { FIXTURES_DIR } from './fixtures.mjs';
import { wooListPage } from './generate-woo-list.mjs';

export const EVIL = 'evil.test';
const saved = (name) => readFileSync(`${FIXTURES_DIR}/woocommerce/${name}.html`, 'utf8');
const edit = (id, extra = '') => `http://${EVIL}/wp-admin/admin.php?page=wc-orders&action=edit&id=${id}${extra}`;
const page = (name, url, html) => ({ marketplace: 'woocommerce', name, url, html, expected: { url, orders: [] } });
const withScript = (html, script) => html.replace('</body>', `<script>${script}</script></body>`);

/** The real shop's order 1042 page, as if it were evil.test's, with its pay link on evil.test. */
const evil1042 = () => saved('hpos-edit-pending-en').replaceAll('shop.test', EVIL);

// Hides Settle's panel (invisible, stretched over the whole page) and tries to read what it shows.
const HIDE_AND_READ = `
window.__attack = { tries: 0 };
setInterval(() => {
  const host = document.getElementById('settle-chase-panel');
  if (!host) return;
  window.__attack.tries++;
  window.__attack.shadowRoot = host.shadowRoot === null ? 'closed' : 'open';
  window.__attack.iframes = document.querySelectorAll('iframe').length;
  try { window.__attack.frameText = window.frames[0] && window.frames[0].document.body.innerText; } catch (e) { window.__attack.frameError = e.name; }
  host.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;opacity:0;z-index:2147483647';
}, 50);`;

// Lays its own decoy over Settle's panel, letting clicks through to it (pointer-events: none), and
// keeps it where the panel is as the panel takes its place and size.
const COVER = `
setInterval(() => {
  const host = document.getElementById('settle-chase-panel');
  if (!host) return;
  let decoy = document.getElementById('decoy');
  if (!decoy) {
    decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.textContent = 'Claim your prize';
    document.body.append(decoy);
  }
  const r = host.getBoundingClientRect();
  decoy.style.cssText = 'position:absolute;pointer-events:none;z-index:2147483647;background:#ffeb3b;font:bold 40px sans-serif;' +
    'left:' + (r.left + scrollX) + 'px;top:' + (r.top + scrollY) + 'px;width:' + r.width + 'px;height:' + r.height + 'px';
}, 50);`;

// Swallows the note before WooCommerce posts it, and shows a fake "note added" in its place. It also
// plants a console contact of its own where Settle's content script keeps the one it loads at a send
// (lib/content/console-contact.ts), on its window and on every object, that "confirms" any note.
const FAKE_NOTE = `
const planted = { sendForm: async () => {}, confirmOnServer: async () => true, hasAction: () => true, runAction: () => {} };
window[Symbol.for('settle.console-contact')] = planted;
Object.prototype[Symbol.for('settle.console-contact')] = planted;
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button.add_note');
  if (!button) return;
  event.stopImmediatePropagation();
  event.preventDefault();
  const text = document.querySelector('#add_order_note').value;
  const li = document.createElement('li');
  li.className = 'note customer-note';
  const content = document.createElement('div');
  content.className = 'note_content';
  content.textContent = text;
  li.append(content);
  document.querySelector('ul.order_notes').prepend(li);
}, true);`;

export function attackPages() {
  const list = wooListPage({ host: EVIL, count: 1000, firstId: 2041 }); // rows #2041 … #1042; #1042 shows "Processing" (paid)
  return [
    // Claims the real shop's #1042 with another site's pay link.
    page('attack-claims-1042', edit(1042), evil1042()),
    // 1,000 rows, among them the real shop's #1042 "paid".
    page('attack-list-1000', `http://${EVIL}/wp-admin/admin.php?page=wc-orders`, list.html),
    page('attack-hide-panel', edit(1042, '&attack=hide'), withScript(evil1042(), HIDE_AND_READ)),
    page('attack-cover-panel', edit(1042, '&attack=cover'), withScript(evil1042(), COVER)),
    page('attack-fake-note', edit(1042, '&attack=fake-note'), withScript(evil1042(), FAKE_NOTE)),
  ];
}
