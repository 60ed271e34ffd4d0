import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { PageMetricsSchema } from '../../messaging/schemas';
import type { AskConsolePage } from '../../background/order-frame';
import { BgToCs, type CaptureStep, type PageMetrics } from '../../messaging/types';
import { t } from '../../i18n/t';
import { blobOfDataUrl } from './data-url';
import { waitCaptureTurn } from './rate';
import { stitchSlices, tileStarts, TILE_MAX_PX, type Slice } from './stitch';

/** The three pictures of a page Settle keeps, taken from one tab. */
export interface TabCapturer {
  measure(): Promise<PageMetrics>;
  /** What the seller sees: the tab's visible part. */
  visible(): Promise<Blob>;
  /** The whole page, top to bottom, in one or more PNG tiles. */
  fullPage(metrics: PageMetrics): Promise<{ parts: Blob[]; truncated: boolean }>;
  /** The page itself: MHTML on Chrome, a self-contained HTML snapshot on Firefox and of an order shown in a child frame. */
  archive(capturedAt: string): Promise<{ blob: Blob; extension: 'mhtml' | 'html' }>;
}

/** At most this many viewports are stitched into one full page (two a second: about 22 s). */
const MAX_SLICES = 40;

/**
 * Captures one tab with the browser's own means. Chrome has no full-page capture for extensions
 * without the `debugger` permission (which cannot be optional), so the page is scrolled and its
 * viewports stitched, within Chrome's two captures a second; Firefox draws the whole page itself
 * (`tabs.captureTab` with a `rect`), in tiles a canvas can hold.
 *
 * The page is the document of frame `frameId` (0: the tab's top page; eBay may show an order in a
 * child frame): its content script measures it and, in a child frame, archives it as its own HTML
 * snapshot (the browser's archive is of the whole tab, its main document another page). The
 * pictures are always of the tab: what the seller sees, and the full length of the tab's page as
 * the seller scrolls it, a child frame shown where it sits in that page — only when that frame
 * shows all of its document (one that scrolls inside the page would be cut in the picture).
 */
export function browserCapturer(tabId: number, windowId: number, askPage: AskConsolePage, frameId = 0): TabCapturer {
  const ask = (frame: number, step: CaptureStep) => askPage(tabId, { type: BgToCs.CAPTURE_STEP, step }, frame);
  const metricsOf = (frame: number) => async (step: CaptureStep) =>
    v.parse(PageMetricsSchema, await ask(frame, step)) as PageMetrics;
  /** The tab's own page, which is scrolled for the full page. */
  const tabPage = metricsOf(0);
  const visible = async () => {
    await waitCaptureTurn();
    return blobOfDataUrl(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
  };
  return {
    measure: () => metricsOf(frameId)({ kind: 'measure' }),
    visible,
    async fullPage(m) {
      if (frameId && m.scrollHeight > m.innerHeight) throw new Error(t('captureFullPageFrameScrolls'));
      const start = frameId ? await tabPage({ kind: 'measure' }).catch(() => undefined) : m;
      // Settle's script on the page around a child frame is what scrolls it: without it there is no full length to take.
      if (!start) throw new Error(t('captureFullPageOuterSilent'));
      return import.meta.env.BROWSER === 'firefox'
        ? firefoxFullPage(tabId, start)
        : scrollAndStitch(start, tabPage, visible);
    },
    async archive(capturedAt) {
      if (browser.pageCapture && !frameId) return { blob: await savedMhtml(tabId), extension: 'mhtml' };
      const html = await ask(frameId, { kind: 'snapshot', capturedAt });
      if (typeof html !== 'string') throw new Error('The page gave no snapshot.');
      return { blob: new Blob([html], { type: 'text/html' }), extension: 'html' };
    },
  };
}

/** Times Chrome is asked for the archive again when the one it gave cannot be read. */
const ARCHIVE_ATTEMPTS = 3;

/**
 * Chrome's page archive, read into memory at once. The archive comes backed by a temporary file
 * that Chrome sometimes removes before a service worker reads it (NotFoundError, seen about one
 * time in three here): it is then asked for again.
 */
async function savedMhtml(tabId: number): Promise<Blob> {
  for (let attempt = 1; ; attempt++) {
    try {
      const mhtml = await browser.pageCapture.saveAsMHTML({ tabId });
      if (!mhtml) throw new Error('The browser gave no page archive.');
      return new Blob([await mhtml.arrayBuffer()], { type: 'multipart/related' });
    } catch (error) {
      if (attempt >= ARCHIVE_ATTEMPTS || (error as Error).name !== 'NotFoundError') throw error;
    }
  }
}

/** Chrome: scroll a viewport at a time, capture each, put the page back where the seller had it, stitch. */
async function scrollAndStitch(
  start: PageMetrics,
  metrics: (step: CaptureStep) => Promise<PageMetrics>,
  visible: () => Promise<Blob>,
) {
  const slices: Slice[] = [];
  let truncated = false;
  try {
    let scale = 0;
    for (let y = 0; ;) {
      if (slices.length === MAX_SLICES) {
        truncated = true;
        break;
      }
      const at = await metrics({ kind: 'scroll', y, hideFixed: slices.length > 0 });
      const image = await createImageBitmap(await visible());
      scale ||= image.width / at.innerWidth;
      const top = Math.round(at.scrollY * scale);
      // The page would not scroll further (it ended, or it pins its own scroll): done.
      if (slices.length && top <= slices.at(-1)!.top) {
        image.close();
        break;
      }
      slices.push({ top, image });
      if (at.scrollY + at.innerHeight >= at.scrollHeight) break;
      y = at.scrollY + at.innerHeight;
    }
  } finally {
    await metrics({ kind: 'restore', y: start.scrollY }).catch(() => undefined);
  }
  const last = slices.at(-1)!;
  try {
    return { parts: await stitchSlices(slices, slices[0]!.image.width, last.top + last.image.height), truncated };
  } finally {
    for (const slice of slices) slice.image.close();
  }
}

type CaptureTab = (
  tabId: number,
  options: { format: 'png'; rect: { x: number; y: number; width: number; height: number } },
) => Promise<string>;

/** Firefox: the whole page drawn by the browser, tile by tile, without scrolling it. */
async function firefoxFullPage(tabId: number, m: PageMetrics) {
  const captureTab = (browser.tabs as unknown as { captureTab: CaptureTab }).captureTab;
  const tileCss = Math.floor(TILE_MAX_PX / m.devicePixelRatio);
  const limit = tileCss * Math.ceil((MAX_SLICES * m.innerHeight) / tileCss);
  const height = Math.min(m.scrollHeight, limit);
  const parts: Blob[] = [];
  for (const y of tileStarts(height, tileCss)) {
    await waitCaptureTurn();
    parts.push(
      blobOfDataUrl(
        await captureTab(tabId, {
          format: 'png',
          rect: { x: 0, y, width: Math.max(m.innerWidth, m.scrollWidth), height: Math.min(tileCss, height - y) },
        }),
      ),
    );
  }
  return { parts, truncated: m.scrollHeight > height };
}
