// The demo console's own pages: its index, a not-found page and the status bar added to each saved page.
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const BAR_STYLE =
  'position:fixed;left:0;right:0;bottom:0;z-index:100000;background:#1d2327;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:6px 12px;display:flex;gap:8px;align-items:center;flex-wrap:wrap';

/** A bar at the bottom of every served page: says this is the demo, and switches the orders' statuses. */
export function demoBar(orderIds, url, controlPath) {
  const back = escape(url.pathname + url.search);
  const button = (id, status, label) =>
    `<form method="post" action="${controlPath}" style="display:inline;margin:0">` +
    `<input type="hidden" name="order" value="${escape(id)}"><input type="hidden" name="status" value="${status}">` +
    `<input type="hidden" name="back" value="${back}"><button type="submit" data-settle-demo="${status}:${escape(id)}">${label}</button></form>`;
  const controls = orderIds
    .slice(0, 12)
    .map(
      (id) =>
        `<span style="display:inline-flex;gap:4px;align-items:center">#${escape(id)} ${button(id, 'processing', 'Mark paid')}${button(id, 'pending', 'Mark pending')}</span>`,
    )
    .join('');
  return `<div id="settle-demo-bar" style="${BAR_STYLE}"><strong>Settle demo console</strong><a href="/" style="color:#72aee6">all pages</a>${controls}</div>`;
}

export function indexPage(fixtures, host) {
  const groups = new Map();
  for (const f of fixtures) {
    if (!groups.has(f.marketplace)) groups.set(f.marketplace, []);
    groups.get(f.marketplace).push(f);
  }
  const sections = [...groups]
    .map(
      ([marketplace, list]) =>
        `<h2>${escape(marketplace)}</h2><ul>${list
          .map((f) => `<li><a href="${escape(f.url)}">${escape(f.name)}</a> <small>${escape(f.url)}</small></li>`)
          .join('')}</ul>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Settle demo console</title></head>
<body style="font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem">
<h1>Settle demo console</h1>
<p>Saved seller-console pages, served on this machine under their real addresses (you are on <code>${escape(host)}</code>).
Open an order page with Settle installed and it reads the order; use the bar at the bottom of a page to mark an order paid, then reload.</p>
${sections}</body></html>`;
}

export function notFoundPage(url) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not in the demo</title></head>
<body style="font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto"><h1>This page is not in the demo console</h1>
<p><code>${escape(url.href)}</code> has no saved page. <a href="/">See the pages it has.</a></p></body></html>`;
}
