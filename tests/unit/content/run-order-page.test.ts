import { describe, expect, it, vi } from 'vitest';
import { runOrderPage } from '@/lib/content/run-order-page';
import type { MarketplaceAdapter } from '@/lib/marketplaces/types';
import type { BgMessage, PageReadMessage } from '@/lib/messaging/types';
import { adapter as woocommerce } from '@/lib/marketplaces/woocommerce';
import { createSnapshot } from '../factories';

const URL_DETAIL = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const fakeAdapter = (overrides: Partial<MarketplaceAdapter> = {}): MarketplaceAdapter => ({
  id: 'woocommerce',
  name: 'WooCommerce',
  matches: [],
  isOrderPageUrl: () => true,
  detect: () => 'order-detail',
  readOrder: () => ({ ok: true, value: createSnapshot({ url: URL_DETAIL }), warnings: [] }),
  readOrderList: () => ({ ok: true, value: [], warnings: [] }),
  panelAnchor: () => null,
  listRow: () => null,
  ...overrides,
});
const noSleep = async () => undefined;

describe('runOrderPage', () => {
  it('sends the reading of an order page to the background', async () => {
    const send = vi.fn(async () => ({ ok: true as const, result: {} }));
    await runOrderPage(fakeAdapter(), document, URL_DETAIL, send, noSleep);
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'cs-bg-page-read',
        url: URL_DETAIL,
        reading: expect.objectContaining({ ok: true, kind: 'order-detail' }),
      }),
    );
  });

  it('leaves pages that are not order pages alone', async () => {
    const send = vi.fn();
    expect(
      await runOrderPage(fakeAdapter({ detect: () => null }), document, URL_DETAIL, send, noSleep),
    ).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  // The content script runs on any host: a page elsewhere can carry the admin path in its query or
  // in a longer path. Nothing may happen there that the page could see: no DOM read, no message.
  const NOT_ORDER_PAGES = [
    'http://evil.test/search?q=/wp-admin/admin.php',
    'http://evil.test/wp-admin/admin.php.evil/x',
    'http://evil.test/search?q=/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
    'http://evil.test/wp-admin/admin.php.evil/x?page=wc-orders',
    'http://shop.test/wp-admin/admin.php?page=wc-settings',
  ];
  function watchDocument() {
    const doc = document.implementation.createHTMLDocument('page');
    const spies = (
      [
        'querySelector',
        'querySelectorAll',
        'getElementById',
        'getElementsByTagName',
        'getElementsByClassName',
        'getElementsByName',
      ] as const
    ).map((m) => vi.spyOn(doc, m));
    const body = vi.spyOn(doc, 'body', 'get');
    const root = vi.spyOn(doc, 'documentElement', 'get');
    return {
      doc,
      touched: () => [...spies, body, root].filter((s) => s.mock.calls.length > 0).map((s) => s.getMockName()),
    };
  }

  it.each(NOT_ORDER_PAGES)('does nothing on %s with the WooCommerce adapter: no message, no DOM read', async (url) => {
    const send = vi.fn();
    const detect = vi.spyOn(woocommerce, 'detect');
    const { doc, touched } = watchDocument();
    expect(await runOrderPage(woocommerce, doc, url, send, noSleep)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    expect(detect).not.toHaveBeenCalled();
    expect(touched()).toEqual([]);
  });

  it.each(NOT_ORDER_PAGES)('checks the URL before any adapter reads the page: %s', async (url) => {
    const send = vi.fn();
    const { doc, touched } = watchDocument();
    // An adapter whose page detection looks at the document, as a console's might.
    const reader = fakeAdapter({
      isOrderPageUrl: (u) => woocommerce.isOrderPageUrl(u),
      detect: (_u, d) => (d.querySelector('#order_data') ? 'order-detail' : null),
    });
    expect(await runOrderPage(reader, doc, url, send, noSleep)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    expect(touched()).toEqual([]);
  });

  it('still reads the real order pages, in a subfolder too', async () => {
    const send = vi.fn(async () => ({ ok: true as const, result: {} }));
    for (const url of [
      URL_DETAIL,
      'https://example.com/shop/wp-admin/admin.php?page=wc-orders',
      'http://shop.test/wp-admin/post.php?post=987&action=edit',
    ]) {
      expect(
        await runOrderPage(
          fakeAdapter({ isOrderPageUrl: (u) => woocommerce.isOrderPageUrl(u) }),
          document,
          url,
          send,
          noSleep,
        ),
        url,
      ).toBeDefined();
    }
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('reports an unreadable order page with its reason', async () => {
    const send = vi.fn(async () => ({ ok: true as const, result: null }));
    await runOrderPage(
      fakeAdapter({ readOrder: () => ({ ok: false, error: 'The order total was not found' }) }),
      document,
      URL_DETAIL,
      send,
      noSleep,
    );
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        reading: {
          ok: false,
          marketplace: 'woocommerce',
          kind: 'order-detail',
          error: 'The order total was not found',
        },
      }),
    );
  });

  it('turns a reader crash into an unreadable-page report, never an exception on the page', async () => {
    const send = vi.fn(async (_message: BgMessage) => ({ ok: true as const, result: null }));
    const crash = fakeAdapter({
      readOrder: () => {
        throw new TypeError('x is null');
      },
    });
    await runOrderPage(crash, document, URL_DETAIL, send, noSleep);
    expect((send.mock.calls[0]![0] as PageReadMessage).reading).toMatchObject({
      ok: false,
      error: expect.stringContaining('x is null'),
    });
  });

  it('sends again when the worker was stopped and did not answer', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, result: {} });
    const sleep = vi.fn(async () => undefined);
    expect((await runOrderPage(fakeAdapter(), document, URL_DETAIL, send, sleep))?.response).toEqual({
      ok: true,
      result: {},
    });
    expect(send).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('sends again when the worker failed inside (its database closed under the write), never when the reading was refused', async () => {
    const internal = { ok: false, error: 'internal', detail: 'DatabaseClosedError' } as const;
    const send = vi.fn().mockResolvedValueOnce(internal).mockResolvedValueOnce({ ok: true, result: {} });
    expect((await runOrderPage(fakeAdapter(), document, URL_DETAIL, send, noSleep))?.response).toEqual({
      ok: true,
      result: {},
    });
    expect(send).toHaveBeenCalledTimes(2);

    const refused = { ok: false, error: 'forbidden', detail: 'This sender may not report about that page.' } as const;
    const once = vi.fn().mockResolvedValue(refused);
    expect((await runOrderPage(fakeAdapter(), document, URL_DETAIL, once, noSleep))?.response).toEqual(refused);
    expect(once).toHaveBeenCalledTimes(1);

    const always = vi.fn().mockResolvedValue(internal);
    expect((await runOrderPage(fakeAdapter(), document, URL_DETAIL, always, noSleep))?.response).toEqual(internal);
    expect(always).toHaveBeenCalledTimes(9);
  });

  it('gives up after its retries without throwing into the page', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    expect(await runOrderPage(fakeAdapter(), document, URL_DETAIL, send, noSleep)).toMatchObject({
      reading: { ok: true },
      response: undefined,
    });
    expect(send).toHaveBeenCalledTimes(9);
  });
});
