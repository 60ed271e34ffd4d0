import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettleDb } from '@/lib/db/schema';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { getOrderEvidence } from '@/lib/db/evidence';
import { onPageRead } from '@/lib/background/page-read';
import { captureOrderPage, SELLER_CAPTURE } from '@/lib/background/capture';
import { onCaptureTab, onPanelCapture } from '@/lib/background/capture-requests';
import type { AskConsolePage } from '@/lib/background/panel';
import type { TabCapturer } from '@/lib/evidence/capture/browser-capturer';
import type { MessageSender } from '@/lib/messaging/router';
import type { BgToCsMessage, PageMetrics, PanelCaptureMessage } from '@/lib/messaging/types';
import type { OrderKey } from '@/lib/model/order-record';
import { useLocale } from '../support/i18n';
import {
  TAB,
  ORDER_ID,
  SHELL,
  FRAME,
  NOW,
  GENUINE_FRAME,
  EVIL_FRAME,
  detail,
  pageRead,
  frameSender,
} from '../support/framed-ebay-order';

// eBay may show an order's details in a child frame of Seller Hub (its content script runs in
// every frame): a capture of that order is taken from that frame — the data it read, its own
// document, its own address — and the picture of the tab the seller sees. A frame on another host
// that claims the same order number never speaks for it.
const WINDOW = 4;
const EVIL = `https://evil.test/mesh/ord/details?mode=SH&orderid=${ORDER_ID}`;
const KEY: OrderKey = ['ebay', 'ebay:seller-hub', ORDER_ID];
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const PANEL: MessageSender = {
  url: `chrome-extension://settle/panel.html#ebay/${ORDER_ID}`,
  frameId: 11,
  tab: { id: TAB, url: SHELL, windowId: WINDOW },
};
const capture: PanelCaptureMessage = {
  type: 'panel-bg-capture',
  marketplace: 'ebay',
  orderId: ORDER_ID,
  trigger: 'seller',
};
/** A page's measures: Seller Hub's page is 1,000 px tall in a 600 px window; the frame shows all of its document unless told. */
const metricsOf = (url: string, scrollY = 0, scrollHeight = url === SHELL ? 1000 : 600): PageMetrics => ({
  url,
  title: url === SHELL ? 'Seller Hub | eBay' : `Order details ${ORDER_ID} | eBay`,
  scrollY,
  scrollHeight,
  scrollWidth: 1100,
  innerWidth: 1100,
  innerHeight: 600,
  devicePixelRatio: 1,
});

/**
 * The tab's frames as the browser holds them: each says where it is, reads its page and takes its
 * own capture steps. `frameHeight`: how tall a child frame's document is (its window is 600 px).
 */
function frames(pages: Record<number, string>, frameHeight = 600) {
  const asked: [number, string][] = [];
  const ask: AskConsolePage = async (tabId, message: BgToCsMessage, frameId = 0) => {
    expect(tabId).toBe(TAB);
    const url = pages[frameId];
    asked.push([frameId, message.type === 'bg-cs-capture-step' ? `step:${message.step.kind}` : message.type]);
    if (!url) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'bg-cs-where') return url;
    if (message.type === 'bg-cs-read')
      return url === SHELL ? { ok: true, marketplace: 'ebay', kind: null, orders: [], warnings: [] } : detail(url);
    if (message.type === 'bg-cs-capture-step') {
      const { step } = message;
      if (step.kind === 'snapshot') return `<!DOCTYPE html>\n<html><!-- Saved by Settle from ${url} --></html>`;
      const page = url === SHELL ? metricsOf(url) : metricsOf(url, 0, frameHeight);
      return step.kind === 'measure'
        ? page
        : metricsOf(url, Math.min(step.y, page.scrollHeight - page.innerHeight), page.scrollHeight);
    }
    return null;
  };
  return { ask, asked, framesAsked: () => new Set(asked.map(([frameId]) => frameId)) };
}

let db: SettleDb;
let n = 0;
let captureVisibleTab: ReturnType<typeof vi.fn>;
/** The service worker's drawing (createImageBitmap, OffscreenCanvas): each tile a PNG as tall as asked. */
function stubDrawing() {
  const tiles: { width: number; height: number }[] = [];
  vi.stubGlobal('createImageBitmap', async () => ({ width: 1100, height: 600, close() {} }));
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {
        tiles.push({ width, height });
      }
      getContext = () => ({ drawImage() {} });
      convertToBlob = async () => new Blob(['tile png'], { type: 'image/png' });
    },
  );
  return tiles;
}
beforeEach(async () => {
  useLocale('en');
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Settle',
    version: '0.1.0',
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  captureVisibleTab = vi.fn(async () => PNG);
  (fakeBrowser.tabs as unknown as { captureVisibleTab: typeof captureVisibleTab }).captureVisibleTab =
    captureVisibleTab;
  db = new SettleDb(`settle-capture-frame-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'en' });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('capturing an order that eBay shows in a child frame', () => {
  it('takes it from the frame that read the order: its data, its own document and address; the pictures are of the tab', async () => {
    const tiles = stubDrawing();
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    // Read after the genuine frame, so a "last reader wins" memory would pick it.
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: FRAME, [EVIL_FRAME]: EVIL });
    const outcome = await onPanelCapture(db, capture, PANEL, tab.ask, NOW);

    expect(outcome.failed).toEqual([]);
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page']);
    expect(tab.framesAsked().has(EVIL_FRAME)).toBe(false);
    // The frame is read, measured and archived; the tab's own page is scrolled for the full page and put back.
    expect(tab.asked).toEqual([
      [GENUINE_FRAME, 'bg-cs-where'],
      [GENUINE_FRAME, 'bg-cs-read'],
      [GENUINE_FRAME, 'step:measure'],
      [GENUINE_FRAME, 'step:snapshot'],
      [0, 'step:measure'],
      [0, 'step:scroll'],
      [0, 'step:scroll'],
      [0, 'step:restore'],
    ]);
    expect(captureVisibleTab).toHaveBeenCalledWith(WINDOW, { format: 'png' });
    expect(captureVisibleTab).toHaveBeenCalledTimes(3);
    // The tab's page is 1,000 px tall: two screens of 600, stitched into one tile of its height.
    expect(tiles).toEqual([{ width: 1100, height: 1000 }]);

    const evidence = await getOrderEvidence(db, KEY);
    expect(evidence.map((e) => [e.kind, e.mediaType])).toEqual([
      ['order-data', 'application/json'],
      ['screenshot', 'image/png'],
      ['page-archive', 'text/html'],
      ['full-page', 'image/png'],
    ]);
    for (const e of evidence) {
      expect(e.url).toBe(FRAME);
      expect(e.pageTitle).toBe(`Order details ${ORDER_ID} | eBay`);
    }
    expect(evidence[2]!.name).toMatch(/^page-2026-11-24T[\d-]+\.html$/);
  });

  it('names the full page as not taken when the frame scrolls inside the page: the tab’s pictures would cut the order', async () => {
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: FRAME }, 1600);
    const outcome = await onPanelCapture(db, capture, PANEL, tab.ask, NOW);
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot', 'page-archive']);
    expect(outcome.failed).toEqual([
      { kind: 'full-page', error: expect.stringContaining("the order's frame scrolls inside the page") },
    ]);
    expect(tab.asked.filter(([frameId]) => frameId === 0)).toEqual([]);
  });

  it('names the full page as not taken when the page around the frame has no Settle script to scroll it, and keeps the rest', async () => {
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: FRAME });
    const ask: AskConsolePage = (tabId, message, frameId = 0) =>
      frameId === 0 && message.type === 'bg-cs-capture-step'
        ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
        : tab.ask(tabId, message, frameId);
    const outcome = await onPanelCapture(db, capture, PANEL, ask, NOW);
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot', 'page-archive']);
    expect(outcome.failed).toEqual([
      { kind: 'full-page', error: expect.stringContaining("the order's frame did not answer") },
    ]);
  });

  it('refuses a child frame on another host that alone claims the order: nothing is taken, the frame is never asked', async () => {
    await onPageRead(db, pageRead(FRAME), { url: FRAME, frameId: 0, tab: { id: 1, url: FRAME } }, NOW);
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const tab = frames({ 0: SHELL, [EVIL_FRAME]: EVIL });
    await expect(onPanelCapture(db, capture, PANEL, tab.ask, NOW)).rejects.toThrow('not show an order page');
    expect(tab.framesAsked().has(EVIL_FRAME)).toBe(false);
    expect(captureVisibleTab).not.toHaveBeenCalled();
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses a frame that has since moved to another host, though it read the order before', async () => {
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: EVIL });
    await expect(onPanelCapture(db, capture, PANEL, tab.ask, NOW)).rejects.toThrow('not show an order page');
    expect(tab.asked.filter(([frameId]) => frameId === GENUINE_FRAME)).toEqual([[GENUINE_FRAME, 'bg-cs-where']]);
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses a frame of another shop than its tab’s even when it is the one asked, and that shop keeps the same order', async () => {
    // evil.test's own "order" of that number is kept under evil.test: the frame must still not file a capture from an eBay tab.
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const tab = frames({ 0: SHELL, [EVIL_FRAME]: EVIL });
    const capturer: TabCapturer = {
      measure: vi.fn(async () => metricsOf(EVIL)),
      visible: vi.fn(),
      fullPage: vi.fn(),
      archive: vi.fn(),
    };
    await expect(
      captureOrderPage(
        db,
        {
          tabId: TAB,
          tabUrl: SHELL,
          frame: { frameId: EVIL_FRAME, url: EVIL },
          orderId: ORDER_ID,
          marketplace: 'ebay',
        },
        capturer,
        tab.ask,
        SELLER_CAPTURE,
        NOW,
      ),
    ).rejects.toThrow('not show an order page');
    expect(capturer.measure).not.toHaveBeenCalled();
    expect(await db.evidence.count()).toBe(0);
  });

  it('from the popup, takes the order a child frame of the current tab shows, never one a frame of another host shows', async () => {
    stubDrawing();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: TAB, url: SHELL, windowId: WINDOW } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number],
    ]);
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const alone = frames({ 0: SHELL, [EVIL_FRAME]: EVIL });
    await expect(onCaptureTab(db, alone.ask, NOW)).rejects.toThrow('not show an order page');
    expect(alone.framesAsked().has(EVIL_FRAME)).toBe(false);

    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: FRAME, [EVIL_FRAME]: EVIL });
    const outcome = await onCaptureTab(db, tab.ask, NOW);
    expect(outcome.kept.map((k) => k.kind)).toEqual(['order-data', 'screenshot', 'page-archive', 'full-page']);
    expect(tab.framesAsked().has(EVIL_FRAME)).toBe(false);
    expect((await getOrderEvidence(db, KEY)).map((e) => e.url)).toEqual([FRAME, FRAME, FRAME, FRAME]);
  });
});
