import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { consolePage } from '@/lib/content/console-page';
import type { MarketplaceAdapter } from '@/lib/marketplaces/types';
import { createSnapshot } from '../factories';

let orderId: string;
const adapter: MarketplaceAdapter = {
  id: 'woocommerce',
  name: 'WooCommerce',
  matches: [],
  isOrderPageUrl: () => true,
  detect: () => 'order-detail',
  readOrder: () => ({ ok: true, value: createSnapshot({ orderId }), warnings: [] }),
  readOrderList: () => ({ ok: true, value: [], warnings: [] }),
  panelAnchor: (doc) => doc.querySelector('main'),
  listRow: () => null,
};
const hosts = () => document.querySelectorAll('#settle-chase-panel');
const live = () => new AbortController().signal;

let ctx: ContentScriptContext;
beforeEach(() => {
  // happy-dom does not load frames: each mount prints "Iframe page loading is disabled" to stderr. Expected.
  document.body.innerHTML = '<main><h1>Order</h1></main>';
  orderId = '1042';
  // Chromium and Firefox have idle callbacks; happy-dom has not.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, result: { repeatNonPayers: [] } });
  ctx = new ContentScriptContext('console-page-test', { noScriptStartedPostMessage: true });
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.unstubAllGlobals();
});

describe('consolePage', () => {
  it('reports the order and frames its panel, once however often the page is read again', async () => {
    const page = consolePage(adapter, ctx);
    await page.read(live());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'cs-bg-page-read' }));
    const [host] = hosts();
    expect(host!.getAttribute('data-settle')).toBe('panel');
    await page.read(live());
    expect([...hosts()]).toEqual([host]);
  });

  it('sends a read again that changed nothing only once, and a changed one again', async () => {
    const page = consolePage(adapter, ctx);
    const sent = () => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length;
    await page.read(live());
    await page.read(live());
    expect(sent()).toBe(1);
    orderId = '1043';
    await page.read(live());
    expect(sent()).toBe(2);
  });

  it('frames the new order when a single-page console moves to another, and nothing after it leaves', async () => {
    const page = consolePage(adapter, ctx);
    await page.read(live());
    const first = hosts()[0];
    page.leave();
    expect(hosts()).toHaveLength(0);
    orderId = '1043';
    await page.read(live());
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).not.toBe(first);
  });

  it('frames the panel again when the console redrew its column without it', async () => {
    const page = consolePage(adapter, ctx);
    await page.read(live());
    document.body.innerHTML = '<main><h1>Order</h1></main>';
    await page.read(live());
    expect(hosts()).toHaveLength(1);
  });

  it('shows nothing from a read aborted by a route change', async () => {
    const page = consolePage(adapter, ctx);
    const route = new AbortController();
    const reading = page.read(route.signal);
    route.abort();
    await reading;
    expect(hosts()).toHaveLength(0);
  });
});
