import { describe, expect, it, vi } from 'vitest';
import { HandledError, routeMessage, type Handlers } from '@/lib/messaging/router';
import { CsToBg } from '@/lib/messaging/types';
import { createSnapshot } from '../factories';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const fromTab = { id: 'ext', url: PAGE, tab: { id: 7, url: PAGE } };
const goodMessage = () => ({
  type: CsToBg.PAGE_READ,
  url: PAGE,
  reading: { ok: true, marketplace: 'woocommerce', kind: 'order-detail', orders: [createSnapshot({ url: PAGE })], warnings: [] },
});
const handlers = (impl = vi.fn(async () => ({ created: 1 }))): Handlers => ({
  'cs-bg-page-read': impl,
  'cs-bg-chase-panel': vi.fn(async () => ({})),
  'cs-bg-send-begin': vi.fn(async () => ({})),
  'cs-bg-send-finish': vi.fn(async () => ({})),
  'page-bg-changed': vi.fn(async () => 0),
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
    ['a float amount', { ...goodMessage(), reading: { ...goodMessage().reading, orders: [createSnapshot({ url: PAGE, total: { amount: 1.5, currency: 'USD' } })] } }, 'amount'],
    ['a lowercase currency', { ...goodMessage(), reading: { ...goodMessage().reading, orders: [createSnapshot({ url: PAGE, total: { amount: 1, currency: 'usd' } })] } }, 'currency'],
    ['an unknown status', { ...goodMessage(), reading: { ...goodMessage().reading, orders: [{ ...createSnapshot({ url: PAGE }), status: 'owed' }] } }, 'status'],
    ['an extra field', { ...goodMessage(), reading: { ...goodMessage().reading, orders: [{ ...createSnapshot({ url: PAGE }), html: '<b>' }] } }, 'html'],
    ['a bad date', { ...goodMessage(), reading: { ...goodMessage().reading, orders: [createSnapshot({ url: PAGE, placedAt: 'yesterday' })] } }, 'placedAt'],
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
    const other = goodMessage();
    other.reading.orders = [createSnapshot({ url: 'http://other-shop.test/wp-admin/post.php?post=1&action=edit' })];
    expect(await routeMessage(other, fromTab, handlers())).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await routeMessage(goodMessage(), { id: 'ext', url: PAGE }, handlers())).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('turns a handler failure into an answer instead of a crash', async () => {
    const full = vi.fn(async () => {
      throw new HandledError('storage-full', 'The disk is full');
    });
    expect(await routeMessage(goodMessage(), fromTab, handlers(full))).toEqual({ ok: false, error: 'storage-full', detail: 'The disk is full' });
    const broken = vi.fn(async () => {
      throw new Error('boom');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await routeMessage(goodMessage(), fromTab, handlers(broken))).toEqual({ ok: false, error: 'internal', detail: 'boom' });
  });
});
