import { describe, expect, it, vi } from 'vitest';
import { runOrderPage } from '@/lib/content/run-order-page';
import type { MarketplaceAdapter } from '@/lib/marketplaces/types';
import type { BgMessage, PageReadMessage } from '@/lib/messaging/types';
import { createSnapshot } from '../factories';

const URL_DETAIL = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const fakeAdapter = (overrides: Partial<MarketplaceAdapter> = {}): MarketplaceAdapter => ({
  id: 'woocommerce',
  name: 'WooCommerce',
  matches: [],
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
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'cs-bg-page-read', url: URL_DETAIL, reading: expect.objectContaining({ ok: true, kind: 'order-detail' }) }));
  });

  it('leaves pages that are not order pages alone', async () => {
    const send = vi.fn();
    expect(await runOrderPage(fakeAdapter({ detect: () => null }), document, URL_DETAIL, send, noSleep)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('reports an unreadable order page with its reason', async () => {
    const send = vi.fn(async () => ({ ok: true as const, result: null }));
    await runOrderPage(fakeAdapter({ readOrder: () => ({ ok: false, error: 'The order total was not found' }) }), document, URL_DETAIL, send, noSleep);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ reading: { ok: false, marketplace: 'woocommerce', kind: 'order-detail', error: 'The order total was not found' } }));
  });

  it('turns a reader crash into an unreadable-page report, never an exception on the page', async () => {
    const send = vi.fn(async (_message: BgMessage) => ({ ok: true as const, result: null }));
    const crash = fakeAdapter({
      readOrder: () => {
        throw new TypeError('x is null');
      },
    });
    await runOrderPage(crash, document, URL_DETAIL, send, noSleep);
    expect((send.mock.calls[0]![0] as PageReadMessage).reading).toMatchObject({ ok: false, error: expect.stringContaining('x is null') });
  });

  it('sends again when the worker was stopped and did not answer', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, result: {} });
    const sleep = vi.fn(async () => undefined);
    expect((await runOrderPage(fakeAdapter(), document, URL_DETAIL, send, sleep))?.response).toEqual({ ok: true, result: {} });
    expect(send).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('gives up after its retries without throwing into the page', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    expect(await runOrderPage(fakeAdapter(), document, URL_DETAIL, send, noSleep)).toMatchObject({ reading: { ok: true }, response: undefined });
    expect(send).toHaveBeenCalledTimes(5);
  });
});
