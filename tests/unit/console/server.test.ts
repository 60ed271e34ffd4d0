// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { startConsole } from '../../console/server.mjs';

type Demo = Awaited<ReturnType<typeof startConsole>>;
let demo: Demo;

/** Asks the demo console for a page the way Chromium does after --host-resolver-rules: by host name. */
function get(
  url: string,
  init: { method?: string; body?: string } = {},
): Promise<{ status: number; body: string; location?: string }> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: '127.0.0.1',
        port: secure ? demo.ports.https : demo.ports.http,
        path: u.pathname + u.search,
        method: init.method ?? 'GET',
        headers: { host: u.host, 'content-type': 'application/x-www-form-urlencoded' },
        servername: u.hostname,
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

beforeAll(async () => {
  demo = await startConsole();
});
afterAll(() => demo.stop());

describe('demo seller console', () => {
  it('serves a saved page at its real address, over HTTP and HTTPS', async () => {
    for (const scheme of ['http', 'https']) {
      const page = await get(`${scheme}://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('Order #1042 details');
      expect(page.body).toContain('id="settle-demo-bar"');
    }
  });

  it('finds a page whatever the order of its query parameters', async () => {
    expect((await get('http://shop.test/wp-admin/admin.php?id=1042&action=edit&page=wc-orders')).status).toBe(200);
  });

  it('answers 404 with a way back for pages it does not have', async () => {
    const missing = await get('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('not in the demo console');
  });

  it('maps every console host to itself for Chromium', () => {
    expect(demo.hosts).toContain('shop.test');
    expect(demo.hostResolverRules).toContain(`MAP shop.test:80 127.0.0.1:${demo.ports.http}`);
    expect(demo.hostResolverRules).toContain(`MAP shop.test:443 127.0.0.1:${demo.ports.https}`);
  });

  it('marks an order paid on its list and edit pages, as WooCommerce renders it', async () => {
    const posted = await get('http://shop.test/__settle-demo/status', {
      method: 'POST',
      body: new URLSearchParams({
        order: '1042',
        status: 'processing',
        back: '/wp-admin/admin.php?page=wc-orders',
      }).toString(),
    });
    expect(posted).toMatchObject({ status: 303, location: '/wp-admin/admin.php?page=wc-orders' });
    const edit = (await get('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042')).body;
    const selected = parseHTML(edit).document.querySelector('select#order_status option[selected]');
    expect(selected?.getAttribute('value')).toBe('wc-processing');
    expect(edit).not.toContain('pay_for_order');
    const list = (await get('http://shop.test/wp-admin/admin.php?page=wc-orders')).body;
    expect(list).toMatch(/<tr id="order-1042" class="order-1042 type-shop_order status-processing">/);
    expect(list).toMatch(/status-processing tips"><span>Processing<\/span>/);
    demo.reset();
    expect((await get('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042')).body).toContain(
      'pay_for_order',
    );
  });

  it('refuses an unknown status', async () => {
    const bad = await get('http://shop.test/__settle-demo/status', {
      method: 'POST',
      body: 'order=1042&status=stolen',
    });
    expect(bad.status).toBe(400);
  });
  it('serves the SPA stress page on any console host, with its rate, rows and route', async () => {
    const page = await get('https://admin.shopify.com/store/demo/spa-stress?rate=40&rows=7&route=/store/demo/orders');
    expect(page.status).toBe(200);
    const { document } = parseHTML(page.body);
    expect(document.querySelectorAll('table.orders tbody tr')).toHaveLength(7);
    expect(JSON.parse(document.getElementById('spa-stress-config')!.textContent!)).toEqual({
      rate: 40,
      route: '/store/demo/orders',
    });
    expect((await get('http://shop.test/spa-stress/settings')).status).toBe(200);
    const hostile = await get(
      `http://shop.test/spa-stress?route=${encodeURIComponent('/x</script><script>alert(1)//')}`,
    );
    expect(parseHTML(hostile.body).document.querySelectorAll('script')).toHaveLength(2);
  });

  it('keeps the SPA stress page within bounds, and on its own origin', async () => {
    const { document } = parseHTML(
      (await get('http://shop.test/spa-stress?rate=99999&rows=0&route=//evil.test/')).body,
    );
    expect(document.querySelectorAll('table.orders tbody tr')).toHaveLength(1);
    expect(JSON.parse(document.getElementById('spa-stress-config')!.textContent!)).toEqual({ rate: 1000, route: '' });
    const defaults = parseHTML((await get('http://shop.test/spa-stress')).body).document;
    expect(defaults.querySelectorAll('table.orders tbody tr')).toHaveLength(50);
    expect(JSON.parse(defaults.getElementById('spa-stress-config')!.textContent!)).toMatchObject({ rate: 100 });
  });
});
