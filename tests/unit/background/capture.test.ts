import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { getOrderEvidence } from '@/lib/db/evidence';
import { checkOrderChain, getOrderEvents } from '@/lib/db/queries';
import { captureOrderPage, SELLER_CAPTURE, SEND_CAPTURE } from '@/lib/background/capture';
import type { TabCapturer } from '@/lib/evidence/capture/browser-capturer';
import { BgToCs, type BgToCsMessage, type PageMetrics } from '@/lib/messaging/types';
import type { OrderKey } from '@/lib/model/order-record';
import { sha256OfBlob } from '@/lib/evidence/package-file';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const KEY: OrderKey = ['woocommerce', 'http://shop.test', '1042'];
const NOW = '2026-11-25T10:00:00.000Z';
const metrics: PageMetrics = {
  url: PAGE,
  title: 'Edit order ‹ Demo Shop',
  scrollY: 0,
  scrollHeight: 2400,
  scrollWidth: 1280,
  innerWidth: 1280,
  innerHeight: 800,
  devicePixelRatio: 1,
};

let db: SettleDb;
let n = 0;

/** The console page's content script: answers READ with the page's reading. */
function pageAnswering(orders: unknown[], kind = 'order-detail') {
  const asked: BgToCsMessage[] = [];
  const ask = vi.fn(async (_tab: number, message: BgToCsMessage) => {
    asked.push(message);
    if (message.type === BgToCs.READ) return { ok: true, marketplace: 'woocommerce', kind, orders, warnings: [] };
    throw new Error(`unexpected ${message.type}`);
  });
  return { ask, asked };
}

/** A browser that captures: each picture a distinct blob, so each has its own hash. */
function fakeCapturer(overrides: Partial<TabCapturer> = {}): TabCapturer {
  return {
    measure: async () => metrics,
    visible: async () => new Blob(['visible png'], { type: 'image/png' }),
    fullPage: async () => ({ parts: [new Blob(['full png'], { type: 'image/png' })], truncated: false }),
    archive: async () => ({
      blob: new Blob(['MIME-Version: 1.0'], { type: 'multipart/related' }),
      extension: 'mhtml' as const,
    }),
    ...overrides,
  };
}

beforeEach(async () => {
  useLocale('en');
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Settle',
    version: '0.1.0',
  });
  db = new SettleDb(`settle-capture-${++n}`);
  await ingestSnapshots(db, [createSnapshot({ url: PAGE })], '2026-11-20T09:00:00.000Z');
});

describe('capturing an order page as evidence', () => {
  it('keeps the data as read, the screenshot, the archive and the full page, each hashed, described and on the order’s chain', async () => {
    const { ask } = pageAnswering([createSnapshot({ url: PAGE, shop: undefined })]);
    // The blobs as kept (fake-indexeddb gives back no Blob methods).
    const blobs: Blob[] = [];
    const add = db.evidence.add.bind(db.evidence);
    vi.spyOn(db.evidence, 'add').mockImplementation((record) => (blobs.push(record.blob), add(record)));
    const outcome = await captureOrderPage(
      db,
      { tabId: 7, tabUrl: PAGE, frame: { frameId: 0, url: PAGE }, orderId: '1042' },
      fakeCapturer(),
      ask,
      SELLER_CAPTURE,
      NOW,
    );
    expect(outcome.failed).toEqual([]);
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page']);

    const evidence = await getOrderEvidence(db, KEY);
    expect(evidence.map((e) => [e.kind, e.mediaType])).toEqual([
      ['order-data', 'application/json'],
      ['screenshot', 'image/png'],
      ['page-archive', 'multipart/related'],
      ['full-page', 'image/png'],
    ]);
    for (const [i, e] of evidence.entries()) {
      expect(e.url).toBe(PAGE);
      expect(e.pageTitle).toBe('Edit order ‹ Demo Shop');
      expect(e.capturedWith).toMatch(/^Settle \d+\.\d+\.\d+ · /);
      // ISO 8601 with the machine's own offset, never a bare Z.
      expect(e.capturedAt).toMatch(/^2026-11-25T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(e.sha256).toBe(await sha256OfBlob(blobs[i]!));
    }
    expect(evidence[2]!.name).toMatch(/^page-2026-11-25T[\d-]+\.mhtml$/);
    const data = JSON.parse(await blobs[0]!.text());
    expect(data).toMatchObject({
      url: PAGE,
      pageTitle: 'Edit order ‹ Demo Shop',
      order: { orderId: '1042', buyer: { name: 'Jane Doe' }, total: { amount: 123880, currency: 'USD' } },
    });

    const added = (await getOrderEvents(db, KEY)).filter((e) => e.data.type === 'evidence_added');
    expect(added).toHaveLength(4);
    expect(added[1]!.data).toMatchObject({
      kind: 'screenshot',
      sha256: evidence[1]!.sha256,
      sourceUrl: PAGE,
      pageTitle: 'Edit order ‹ Demo Shop',
    });
    expect(await checkOrderChain(db, KEY)).toMatchObject({ ok: true, length: 5 });
  });

  it('after a send takes only what the seller saw and the data', async () => {
    const { ask } = pageAnswering([createSnapshot({ url: PAGE, shop: undefined })]);
    const capturer = fakeCapturer({ fullPage: vi.fn(), archive: vi.fn() });
    const outcome = await captureOrderPage(
      db,
      { tabId: 7, tabUrl: PAGE, frame: { frameId: 0, url: PAGE }, orderId: '1042' },
      capturer,
      ask,
      SEND_CAPTURE,
      NOW,
    );
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot']);
    expect(capturer.fullPage).not.toHaveBeenCalled();
  });

  it('keeps a page too long to capture whole as tiles, and says only its top was kept', async () => {
    const { ask } = pageAnswering([createSnapshot({ url: PAGE, shop: undefined })]);
    const tiles = [new Blob(['a'], { type: 'image/png' }), new Blob(['b'], { type: 'image/png' })];
    const outcome = await captureOrderPage(
      db,
      { tabId: 7, tabUrl: PAGE, frame: { frameId: 0, url: PAGE }, orderId: '1042' },
      fakeCapturer({ fullPage: async () => ({ parts: tiles, truncated: true }) }),
      ask,
      ['full-page'],
      NOW,
    );
    expect(outcome.kept.map((k) => k.name)).toEqual([
      expect.stringMatching(/-1-of-2\.png$/),
      expect.stringMatching(/-2-of-2\.png$/),
    ]);
    expect(outcome.failed).toEqual([{ kind: 'full-page', error: expect.stringContaining('top part was kept') }]);
  });

  it('names a kind the browser could not take and still keeps the others', async () => {
    const { ask } = pageAnswering([createSnapshot({ url: PAGE, shop: undefined })]);
    const capturer = fakeCapturer({
      archive: async () => Promise.reject(new Error('Cannot access contents of the page.')),
    });
    const outcome = await captureOrderPage(
      db,
      { tabId: 7, tabUrl: PAGE, frame: { frameId: 0, url: PAGE }, orderId: '1042' },
      capturer,
      ask,
      SELLER_CAPTURE,
      NOW,
    );
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot', 'full-page']);
    expect(outcome.failed).toEqual([{ kind: 'page-archive', error: 'Cannot access contents of the page.' }]);
  });

  it('on a full disk keeps nothing of that capture, says so, and stops', async () => {
    const { ask } = pageAnswering([createSnapshot({ url: PAGE, shop: undefined })]);
    vi.spyOn(db.evidence, 'add').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const outcome = await captureOrderPage(
      db,
      { tabId: 7, tabUrl: PAGE, frame: { frameId: 0, url: PAGE }, orderId: '1042' },
      fakeCapturer(),
      ask,
      SELLER_CAPTURE,
      NOW,
    );
    expect(outcome.kept).toEqual([]);
    expect(outcome.failed).toEqual([{ kind: 'order-data', error: expect.stringContaining('disk is full') }]);
    expect(await db.events.count()).toBe(1);
  });

  it.each([
    ['a list page', [createSnapshot({ url: PAGE, shop: undefined })], 'order-list', '1042'],
    [
      'a page showing another order',
      [createSnapshot({ url: PAGE, shop: undefined, orderId: '1043' })],
      'order-detail',
      '1042',
    ],
  ])('refuses %s: the capture would not show the order', async (_name, orders, kind, orderId) => {
    const { ask } = pageAnswering(orders, kind);
    await expect(
      captureOrderPage(
        db,
        { tabId: 7, tabUrl: PAGE, frame: { frameId: 0, url: PAGE }, orderId },
        fakeCapturer(),
        ask,
        SELLER_CAPTURE,
        NOW,
      ),
    ).rejects.toThrow('not show an order page');
    expect(await db.evidence.count()).toBe(0);
  });

  it('files a page of another site under that site, never under the shop whose order number it claims', async () => {
    const evil = 'https://evil.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
    const { ask } = pageAnswering([createSnapshot({ url: evil, shop: undefined })]);
    // evil.test's #1042 is not an order Settle keeps: nothing is captured into shop.test's #1042.
    await expect(
      captureOrderPage(
        db,
        { tabId: 7, tabUrl: evil, frame: { frameId: 0, url: evil }, orderId: '1042' },
        fakeCapturer(),
        ask,
        SELLER_CAPTURE,
        NOW,
      ),
    ).rejects.toThrow('#1042 is not in Settle');
    // A page on evil.test claiming shop.test's address for its order is not admitted at all.
    const claiming = pageAnswering([createSnapshot({ url: PAGE, shop: undefined })]);
    await expect(
      captureOrderPage(
        db,
        { tabId: 7, tabUrl: evil, frame: { frameId: 0, url: evil }, orderId: '1042' },
        fakeCapturer(),
        claiming.ask,
        SELLER_CAPTURE,
        NOW,
      ),
    ).rejects.toThrow('not show an order page');
    expect(await getOrderEvidence(db, KEY)).toEqual([]);
  });
});
