import { describe, expect, it, vi } from 'vitest';
import { HandledError, routeMessage, type Handlers } from '@/lib/messaging/router';
import { CsToBg } from '@/lib/messaging/types';
import { createSnapshot } from '../factories';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const fromTab = { id: 'ext', url: PAGE, tab: { id: 7, url: PAGE } };
const goodMessage = () => ({
  type: CsToBg.PAGE_READ,
  url: PAGE,
  reading: {
    ok: true,
    marketplace: 'woocommerce',
    kind: 'order-detail',
    orders: [createSnapshot({ url: PAGE })],
    warnings: [],
  },
});
const handlers = (impl = vi.fn(async () => ({ created: 1 }))): Handlers => ({
  'cs-bg-page-read': impl,
  'panel-bg-model': vi.fn(async () => ({})),
  'panel-bg-send': vi.fn(async () => ({})),
  'panel-bg-finish': vi.fn(async () => ({})),
  'panel-bg-size': vi.fn(async () => null),
  'page-bg-changed': vi.fn(async () => 0),
  'panel-bg-capture': vi.fn(async () => ({ kept: [], failed: [] })),
  'panel-bg-open-capture-settings': vi.fn(async () => undefined),
  'page-bg-capture-tab': vi.fn(async () => ({ kept: [], failed: [] })),
  'page-bg-capture-order': vi.fn(async () => ({ kept: [], failed: [] })),
});

describe('routeMessage', () => {
  it('runs the handler for a valid message from the page it describes', async () => {
    const impl = vi.fn(async () => ({ created: 1 }));
    expect(await routeMessage(goodMessage(), fromTab, handlers(impl))).toEqual({ ok: true, result: { created: 1 } });
    expect(impl).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an object', 'hello', 'Invalid type'],
    ['an unknown type', { type: 'bg-wipe-everything' }, 'type'],
    ['a missing reading', { type: CsToBg.PAGE_READ, url: PAGE }, 'reading'],
    ['a non-http url', { ...goodMessage(), url: 'javascript:alert(1)' }, 'url'],
  ])('rejects %s with a clear error and never calls the handler', async (_name, message, mentions) => {
    const impl = vi.fn();
    const response = await routeMessage(message, fromTab, handlers(impl));
    expect(response).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(response.ok === false && response.detail).toContain(mentions);
    expect(impl).not.toHaveBeenCalled();
  });

  it('rejects more than 1,000 orders in one message', async () => {
    const message = goodMessage();
    message.reading.orders = Array.from({ length: 1001 }, (_, i) => createSnapshot({ url: PAGE, orderId: String(i) }));
    expect(await routeMessage(message, fromTab, handlers())).toMatchObject({ ok: false, error: 'invalid-message' });
  });

  it('forbids a page reporting about another site, or a sender that is not a tab', async () => {
    const elsewhere = { ...fromTab, url: 'https://evil.test/', tab: { id: 7, url: 'https://evil.test/' } };
    expect(await routeMessage(goodMessage(), elsewhere, handlers())).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await routeMessage(goodMessage(), { id: 'ext', url: PAGE }, handlers())).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });

  it('refuses a message over its byte budget before looking at any field (a 25 MB reading was once accepted)', async () => {
    const impl = vi.fn();
    const huge = goodMessage();
    huge.reading.orders = [createSnapshot({ url: PAGE, buyer: { name: 'x'.repeat(25 * 1024 * 1024) } })];
    expect(await routeMessage(huge, fromTab, handlers(impl))).toMatchObject({ ok: false, error: 'too-large' });
    const panel = { type: 'panel-bg-model', marketplace: 'woocommerce', orderId: 'x'.repeat(20_000) };
    expect(await routeMessage(panel, fromTab, handlers(impl))).toMatchObject({ ok: false, error: 'too-large' });
    expect(impl).not.toHaveBeenCalled();
  });

  it("takes panel messages only from Settle's own panel page framed in a console tab, never from a content script", async () => {
    const impl = vi.fn(async () => ({}));
    const h = { ...handlers(), 'panel-bg-send': impl };
    const send = {
      type: 'panel-bg-send',
      sendId: '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11',
      marketplace: 'woocommerce',
      orderId: '1042',
      tone: 'friendly',
      locale: 'en',
      channel: 'console-form',
    };
    const own = 'chrome-extension://settle';
    const framed = { id: 'ext', url: `${own}/panel.html#woocommerce/1042`, tab: { id: 7, url: PAGE } };
    expect(await routeMessage(send, framed, h, own)).toMatchObject({ ok: true });
    expect(await routeMessage(send, fromTab, h, own)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await routeMessage(send, { ...framed, url: `${own}/dashboard.html` }, h, own)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await routeMessage(send, { ...framed, url: 'chrome-extension://other/panel.html' }, h, own)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await routeMessage(send, { id: 'ext', url: `${own}/panel.html` }, h, own)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(impl).toHaveBeenCalledOnce();
  });

  it("takes a capture of any order only from Settle's own pages, never from a console page or the panel framed in it", async () => {
    const impl = vi.fn(async () => ({ kept: [], failed: [] }));
    const h = { ...handlers(), 'page-bg-capture-order': impl, 'page-bg-capture-tab': impl };
    const own = 'chrome-extension://settle';
    const order = {
      type: 'page-bg-capture-order',
      marketplace: 'woocommerce',
      shop: 'http://shop.test',
      orderId: '1042',
    };
    const dashboard = {
      id: 'ext',
      url: `${own}/dashboard.html#/order/woocommerce/x/1042`,
      tab: { id: 3, url: `${own}/dashboard.html` },
    };
    const popup = { id: 'ext', url: `${own}/popup.html` };
    expect(await routeMessage(order, dashboard, h, own)).toMatchObject({ ok: true });
    expect(await routeMessage({ type: 'page-bg-capture-tab' }, popup, h, own)).toMatchObject({ ok: true });
    // A console page (its content script) and Settle's own panel framed in it speak only for their tab.
    expect(await routeMessage(order, fromTab, h, own)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(
      await routeMessage(
        order,
        { id: 'ext', url: `${own}/panel.html#woocommerce/1042`, tab: { id: 7, url: PAGE } },
        h,
        own,
      ),
    ).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await routeMessage({ type: 'page-bg-capture-tab' }, fromTab, h, own)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(impl).toHaveBeenCalledTimes(2);
  });

  it('takes a panel capture only from the panel, for its own tab, with a known trigger', async () => {
    const impl = vi.fn(async () => ({ kept: [], failed: [] }));
    const h = { ...handlers(), 'panel-bg-capture': impl };
    const own = 'chrome-extension://settle';
    const framed = { id: 'ext', url: `${own}/panel.html#woocommerce/1042`, tab: { id: 7, url: PAGE } };
    const capture = { type: 'panel-bg-capture', marketplace: 'woocommerce', orderId: '1042', trigger: 'seller' };
    expect(await routeMessage(capture, framed, h, own)).toMatchObject({ ok: true });
    expect(await routeMessage(capture, fromTab, h, own)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await routeMessage({ ...capture, trigger: 'page' }, framed, h, own)).toMatchObject({
      ok: false,
      error: 'invalid-message',
    });
    expect(await routeMessage({ ...capture, shop: 'http://evil.test' }, framed, h, own)).toMatchObject({
      ok: false,
      error: 'invalid-message',
    });
    expect(impl).toHaveBeenCalledOnce();
  });

  it('turns a handler failure into an answer instead of a crash', async () => {
    const full = vi.fn(async () => {
      throw new HandledError('storage-full', 'The disk is full');
    });
    expect(await routeMessage(goodMessage(), fromTab, handlers(full))).toEqual({
      ok: false,
      error: 'storage-full',
      detail: 'The disk is full',
    });
    const broken = vi.fn(async () => {
      throw new Error('boom');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await routeMessage(goodMessage(), fromTab, handlers(broken))).toEqual({
      ok: false,
      error: 'internal',
      detail: 'boom',
    });
  });
});
