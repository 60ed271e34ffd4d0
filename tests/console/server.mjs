// The demo seller console: serves the saved console pages (tests/fixtures) on loopback under their
// real host names, over HTTP and HTTPS (self-signed certificate made at start). Chromium is pointed
// at it with --host-resolver-rules, so the extension sees https://www.ebay.com/… or
// http://shop.test/wp-admin/… exactly as on the real console, and its shipped match patterns apply.
// A person (or a test) can change an order's status from the bar at the bottom of each page.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { generate } from 'selfsigned';
import { parseHTML } from 'linkedom';
import { loadFixtures, pageKey } from './fixtures.mjs';
import { applyWooStatuses, DEMO_STATUSES } from './woocommerce-status.mjs';
import { demoBar, indexPage, notFoundPage } from './pages.mjs';
import { spaStressPage } from './spa-stress.mjs';
import { applyWooNotes, createNoteStore, handleWooPost, wooOrderIdOf } from './woocommerce-notes.mjs';
import { applyEtsyConsole, createEtsyMessages, handleEtsyPost } from './etsy-console.mjs';
import { applyEbayDemo, ebayFixtureUrl, handleEbayPost } from './ebay-demo.mjs';
import { applyShopifyDemo, handleShopifyPost } from './shopify-demo.mjs';

const CONTROL_PATH = '/__settle-demo/status';
/** GET: JSON list of what the demo console "emailed" to buyers (customer notes, order details). */
const OUTBOX_PATH = '/__settle-demo/outbox';
const ADMIN_CSS = new URL('./wp-admin-look.css', import.meta.url);

/**
 * @param {{ httpPort?: number, httpsPort?: number, fixtures?: ReturnType<typeof loadFixtures>,
 *   extraPages?: { marketplace: string, name: string, url: string, html: string, expected: object }[] }} [options]
 *   extraPages: generated pages (e.g. a 1,000-order list) served beside the saved ones.
 */
export async function startConsole({ httpPort = 0, httpsPort = 0, fixtures = loadFixtures(), extraPages = [] } = {}) {
  const all = [...fixtures, ...extraPages];
  const pages = new Map(all.map((f) => [pageKey(f.url), f]));
  const hosts = [...new Set(all.map((f) => new URL(f.url).hostname))].sort();
  /** host → (orderId → status slug) set through the demo bar */
  const statuses = new Map();
  const notes = createNoteStore();
  const etsyMessages = createEtsyMessages(notes.outbox);

  const handler = (req, res) => {
    try {
      route(req, res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error?.stack ?? error));
    }
  };

  function route(req, res) {
    const scheme = req.socket.encrypted ? 'https' : 'http';
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    if (url.pathname === CONTROL_PATH && req.method === 'POST') return setStatus(req, res, url);
    if (url.pathname === OUTBOX_PATH) {
      res
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(notes.outbox));
      return;
    }
    if (req.method === 'POST')
      return readForm(req, (form) => {
        const respond = (status, type, body, headers = {}) =>
          res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, ...headers }).end(body);
        if (
          handleWooPost(url, form, notes, respond) === false &&
          handleEtsyPost(url, form, etsyMessages, respond) === false &&
          handleEbayPost(url, form, notes.outbox, respond) === false &&
          handleShopifyPost(url, form, notes.outbox, respond) === false
        )
          send(res, 405, notFoundPage(url));
      });
    if (url.pathname === '/' || url.pathname === '/__settle-demo/') {
      return send(res, 200, indexPage(all, url.host));
    }
    if (/\/spa-stress(\/settings)?$/.test(url.pathname)) return send(res, 200, spaStressPage(url));
    // Saved pages ask for WordPress's stylesheets: give them a small stand-in so the demo is legible.
    if (url.pathname.endsWith('.css')) {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(readFileSync(ADMIN_CSS));
      return;
    }
    // An eBay order marked paid has a new id: its new address shows the saved page of the old one.
    const fixture = pages.get(pageKey(ebayFixtureUrl(url, statuses.get(url.hostname) ?? new Map())));
    if (!fixture) return send(res, 404, notFoundPage(url));
    send(res, 200, renderFixture(fixture, url));
  }

  function renderFixture(fixture, url) {
    const html = fixture.html ?? readFileSync(fixture.htmlPath, 'utf8');
    const { document } = parseHTML(html);
    if (fixture.marketplace === 'woocommerce') {
      applyWooStatuses(document, statuses.get(url.hostname) ?? new Map());
      applyWooNotes(document, notes.list(url.hostname, wooOrderIdOf(url)));
    }
    if (fixture.marketplace === 'etsy')
      applyEtsyConsole(document, url.hostname, statuses.get(url.hostname) ?? new Map(), etsyMessages);
    if (fixture.marketplace === 'ebay') applyEbayDemo(document, url, statuses.get(url.hostname) ?? new Map());
    if (fixture.marketplace === 'shopify') applyShopifyDemo(document, statuses.get(url.hostname) ?? new Map());
    const orderIds = (fixture.expected.orders ?? []).map((o) => o.orderId);
    document.body?.insertAdjacentHTML('beforeend', demoBar(orderIds, url, CONTROL_PATH));
    return `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
  }

  function setStatus(req, res, url) {
    readForm(req, (form) => {
      const orderId = form.get('order') ?? '';
      const status = form.get('status') ?? '';
      if (!orderId || !DEMO_STATUSES.includes(status)) return send(res, 400, 'order and a known status are required');
      if (!statuses.has(url.hostname)) statuses.set(url.hostname, new Map());
      statuses.get(url.hostname).set(orderId, status);
      const back = form.get('back');
      res.writeHead(303, { location: back && back.startsWith('/') ? back : '/' }).end();
    });
  }

  const { private: key, cert } = await generate([{ name: 'commonName', value: 'Settle demo console' }], {
    keySize: 2048,
    days: 30,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  });
  const http = createHttpServer(handler);
  const https = createHttpsServer({ key, cert }, handler);
  await Promise.all([listen(http, httpPort), listen(https, httpsPort)]);
  const ports = { http: http.address().port, https: https.address().port };
  const tunnels = tunnelHttps(http, hosts, ports.https);
  return {
    hosts,
    ports,
    /** Chromium's --host-resolver-rules value sending every console host to this server. */
    hostResolverRules: hosts
      .flatMap((h) => [`MAP ${h}:80 127.0.0.1:${ports.http}`, `MAP ${h}:443 127.0.0.1:${ports.https}`])
      .join(', '),
    /** Sets an order's status as the console would show it (what the demo bar's buttons do). */
    setStatus: (host, orderId, status) => {
      if (!statuses.has(host)) statuses.set(host, new Map());
      statuses.get(host).set(orderId, status);
    },
    /** What was "emailed" to buyers through WooCommerce (customer notes, order details). */
    outbox: () => [...notes.outbox],
    /** Makes "Add note" answer this many ms after the note is stored and mailed (a slow console). */
    setNoteReplyDelay: (ms) => (notes.replyDelayMs = ms),
    reset: () => {
      statuses.clear();
      notes.reset();
      etsyMessages.reset();
    },
    stop: () => {
      for (const socket of tunnels) socket.destroy();
      return Promise.all([close(http), close(https)]);
    },
  };
}

/**
 * Firefox reaches the console's hosts through a proxy auto-config (tests/console/launch-firefox.mjs)
 * that names the HTTP side as their proxy; for an https:// address it asks that proxy to CONNECT,
 * and the tunnel leads to the HTTPS side. Only the console's own hosts on port 443 are tunnelled.
 * Returns the open tunnels' sockets, to be closed at stop.
 */
function tunnelHttps(http, hosts, httpsPort) {
  const sockets = new Set();
  const track = (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  http.on('connect', (req, client, head) => {
    track(client);
    const [host, port] = String(req.url).split(':');
    if (!hosts.includes(host) || port !== '443') return client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  return sockets;
}

function readForm(req, then) {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => then(new URLSearchParams(body)));
}

function listen(server, port) {
  return new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
}

function close(server) {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}
