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
import { sendOnChange } from './send-on-change';

/**
 * What Settle does on a console's order page: `read` reads it and reports to the background, flags
 * repeat non-payers on a list and frames Settle's panel on an order; the background's questions
 * are answered from the first read on. `leave` takes the panel away (a single-page console moved on).
 */
export function consolePage(adapter: MarketplaceAdapter, ctx: ContentScriptContext) {
  const ask = (message: BgMessage) => browser.runtime.sendMessage(message) as Promise<BgResponse | undefined>;
  // A redraw that changed no order is read again but not sent again.
  const report = sendOnChange(ask);
  let panel: PanelFrame | undefined;
  let panelOrder: string | undefined;
  let answering = false;

  function answerOnce() {
    if (answering) return;
    answering = true;
    // The console's forms and order actions come in only when a reminder is sent (lib/content/console-contact.ts).
    const loadSend = async () =>
      adapter.contactScript ? loadConsoleSend(browser.runtime.getURL(adapter.contactScript as PublicPath)) : undefined;
    // The capture steps (scroll, snapshot) come in only at the first capture.
    const loadCapture = () =>
      loadModule<CaptureRunner>(MODULES.pageCapture, browser.runtime.getURL('/page-capture.js'));
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
  }

  async function readAndShow(signal: AbortSignal) {
    const stopIfAborted = () => {
      if (signal.aborted) throw signal.reason;
    };
    // A long list is read and flagged in slices, the page keeping its main thread between them.
    const drive = <T>(steps: Steps<T>) => runInSlices(steps, () => yieldToPage(ctx).then(stopIfAborted));
    const sleep = (ms: number) => new Promise<void>((resolve) => ctx.setTimeout(resolve, ms)).then(stopIfAborted);
    const outcome = await runOrderPage(adapter, document, location.href, report, sleep, drive);
    if (!outcome?.response?.ok || !outcome.reading.ok || ctx.isInvalid || signal.aborted) return;
    const result = outcome.response.result as PageReadResult;
    await drive(flagRepeatNonPayers(adapter, document, result.repeatNonPayers));
    const [order] = outcome.reading.orders;
    if (outcome.reading.kind !== 'order-detail' || !order) return;
    await afterPageLoad(document, window, ctx);
    const key = `${order.marketplace}/${order.orderId}`;
    // A read again of the order already shown keeps its panel (a new frame would load the panel afresh).
    if (signal.aborted || (panel && panelOrder === key && panel.host.isConnected)) return;
    const anchor = adapter.panelAnchor(document);
    if (!anchor || ctx.isInvalid) return;
    panel = mountPanelFrame(anchor, document, browser.runtime.getURL('/panel.html'), order);
    panelOrder = key;
  }

  return {
    async read(signal: AbortSignal) {
      answerOnce();
      // A read aborted by a route change or the script's end stops where it is.
      await readAndShow(signal).catch((error: unknown) => {
        if (!signal.aborted) throw error;
      });
    },
    leave() {
      if (panel) panel.host.remove();
      panel = panelOrder = undefined;
    },
  };
}
