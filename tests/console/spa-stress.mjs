// The SPA stress page (issue 13): an order table a single-page console redraws `rate` times a
// second, so a bench can count Settle's reads per second in Chromium (at most 4 are allowed).
// Served at any path ending in /spa-stress on any console host, so it can sit under the paths a
// console's content script matches.
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const clamp = (value, min, max, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/**
 * Query: `rate` changes a second (default 100), `rows` orders (default 50), `route` a same-origin
 * path the page moves to with history.pushState once loaded (as a console's router does).
 * `window.__spaStress.mutations` counts the changes made, for the bench to compare with.
 */
export function spaStressPage(url) {
  const rate = clamp(url.searchParams.get('rate'), 1, 1000, 100);
  const rows = clamp(url.searchParams.get('rows'), 1, 500, 50);
  const route = url.searchParams.get('route') ?? '';
  const row = (i) =>
    `<tr data-order-id="SPA-${1000 + i}"><td class="order">#SPA-${1000 + i}</td>` +
    `<td class="status">Awaiting payment</td><td class="total">$${(12.5 + i).toFixed(2)}</td><td class="tick">0</td></tr>`;
  // Script text is not HTML: `<` is written as \u003c so the route can never close the script.
  const config = JSON.stringify({ rate, route: route.startsWith('/') && !route.startsWith('//') ? route : '' }).replace(
    /</g,
    '\\u003c',
  );
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Orders · SPA stress</title></head>
<body style="font:14px/1.5 system-ui,sans-serif;margin:1rem">
<nav><a href="/spa-stress" data-route>Orders</a> · <a href="/spa-stress/settings" data-route>Settings</a></nav>
<main id="orders"><h1>Orders</h1><p>This table changes ${escape(rate)} times a second.</p>
<table class="orders"><thead><tr><th>Order</th><th>Status</th><th>Total</th><th>Redrawn</th></tr></thead>
<tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table></main>
<script type="application/json" id="spa-stress-config">${config}</script>
<script>
(() => {
  const { rate, route } = JSON.parse(document.getElementById('spa-stress-config').textContent);
  const state = (window.__spaStress = { mutations: 0, startedAt: performance.now() });
  const body = document.querySelector('table.orders tbody');
  // The router: links move by pushState, as a console's do.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-route]');
    if (!link) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
  });
  if (route) history.pushState(null, '', route);
  // Catches up with the rate on every tick, so slow timers still give \`rate\` changes a second.
  setInterval(() => {
    const owed = Math.floor(((performance.now() - state.startedAt) * rate) / 1000) - state.mutations;
    for (let i = 0; i < owed; i++) {
      const n = state.mutations++;
      const tr = body.rows[n % body.rows.length];
      if (n % 10 === 9) {
        // Every tenth change redraws a whole row, as a framework re-render does.
        const copy = tr.cloneNode(true);
        copy.cells[3].textContent = String(n);
        tr.replaceWith(copy);
      } else tr.cells[3].textContent = String(n);
    }
  }, 10);
})();
</script></body></html>`;
}
