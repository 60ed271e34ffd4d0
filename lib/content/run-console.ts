import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type PublicPath } from 'wxt/browser';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { Steps } from '../marketplaces/steps';
import type { BgMessage, BgResponse, BgToCsMessage, PageReadResult } from '../messaging/types';
import { answerBackground } from './answer-background';
import { loadConsoleSend } from './console-contact';
import { loadModule, MODULES } from './extension-module';
import { flagRepeatNonPayers } from './flag-repeat-non-payers';
import type { CaptureRunner } from './page-capture';
import { mountPanelFrame, type PanelFrame } from './panel-frame';
import { afterPageLoad } from './after-load';
import { runInSlices, yieldToPage } from './run-in-slices';
import { runOrderPage } from './run-order-page';

/**
 * A console's whole content script, from its reader alone: `export default consoleContentScript(adapter)`
 * in `entrypoints/<id>.content.ts`. WXT reads the manifest entry (matches, exclude_matches, run_at)
 * by running that file at build time, so the adapter's patterns must be plain data.
 */
export function consoleContentScript(adapter: MarketplaceAdapter) {
  return defineContentScript({
    matches: adapter.matches,
    excludeMatches: adapter.excludeMatches,
    allFrames: adapter.allFrames,
    runAt: 'document_idle',
    // WXT's "script started" window.postMessage is seen by the page's own scripts: not sent.
    noScriptStartedPostMessage: true,
    main: (ctx) => runConsole(adapter, ctx),
  });
}

/**
 * On a console page: reads it and reports to the background, answers the background's questions,
 * flags repeat non-payers on a list and frames Settle's panel on an order.
 */
async function runConsole(adapter: MarketplaceAdapter, ctx: ContentScriptContext) {
  // Before anything the page could observe: on a URL that cannot be an order page, stop here.
  if (!adapter.isOrderPageUrl(new URL(location.href))) return;
  const ask = (message: BgMessage) => browser.runtime.sendMessage(message) as Promise<BgResponse | undefined>;
  let panel: PanelFrame | undefined;
  // The console's forms and order actions come in only when a reminder is sent (lib/content/console-contact.ts).
  const loadSend = async () =>
    adapter.contactScript ? loadConsoleSend(browser.runtime.getURL(adapter.contactScript as PublicPath)) : undefined;
  // The capture steps (scroll, snapshot) come in only at the first capture.
  const loadCapture = () => loadModule<CaptureRunner>(MODULES.pageCapture, browser.runtime.getURL('/page-capture.js'));
  const answer = answerBackground(
    adapter,
    document,
    () => location.href,
    () => panel,
    loadSend,
    loadCapture,
  );
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only the background asks this script anything (a message from a tab or another extension is ignored).
    if (sender.id !== browser.runtime.id || sender.tab || ctx.isInvalid) return undefined;
    answer(message as BgToCsMessage).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
  // A long list is read and flagged in slices, the page keeping its main thread between them.
  const drive = <T>(steps: Steps<T>) => runInSlices(steps, () => yieldToPage(ctx));
  const outcome = await runOrderPage(
    adapter,
    document,
    location.href,
    ask,
    (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
    drive,
  );
  if (!outcome?.response?.ok || !outcome.reading.ok || ctx.isInvalid) return;
  const result = outcome.response.result as PageReadResult;
  await drive(flagRepeatNonPayers(adapter, document, result.repeatNonPayers));
  const [order] = outcome.reading.orders;
  if (outcome.reading.kind !== 'order-detail' || !order) return;
  await afterPageLoad(document, window, ctx);
  const anchor = adapter.panelAnchor(document);
  if (anchor && !ctx.isInvalid) panel = mountPanelFrame(anchor, document, browser.runtime.getURL('/panel.html'), order);
}
