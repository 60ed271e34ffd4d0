import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { runOrderPage } from '@/lib/content/run-order-page';
import { flagRepeatNonPayers } from '@/lib/content/flag-repeat-non-payers';
import { mountPanelFrame, type PanelFrame } from '@/lib/content/panel-frame';
import { answerBackground } from '@/lib/content/answer-background';
import { loadConsoleContact } from '@/lib/content/console-contact';
import { loadModule, MODULES } from '@/lib/content/extension-module';
import type { CaptureRunner } from '@/lib/content/page-capture';
import type { BgMessage, BgResponse, BgToCsMessage, PageReadResult } from '@/lib/messaging/types';

export default defineContentScript({
  // Paths that end in the admin scripts showing orders, never those words in a query (lib/marketplaces/woocommerce/pages.ts).
  matches: adapter.matches,
  excludeMatches: adapter.excludeMatches,
  runAt: 'document_idle',
  // WXT's "script started" window.postMessage is seen by the page's own scripts: not sent.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Before anything the page could observe: on a URL that cannot be an order page, stop here.
    if (!adapter.isOrderPageUrl(new URL(location.href))) return;
    const ask = (message: BgMessage) => browser.runtime.sendMessage(message) as Promise<BgResponse | undefined>;
    let panel: PanelFrame | undefined;
    // The note form and order actions come in only when a reminder is sent (lib/content/console-contact.ts).
    const loadContact = () => loadConsoleContact(browser.runtime.getURL(adapter.contactScript as '/woocommerce-contact.js'));
    // The capture steps (scroll, snapshot) come in only at the first capture.
    const loadCapture = () => loadModule<CaptureRunner>(MODULES.pageCapture, browser.runtime.getURL('/page-capture.js'));
    const answer = answerBackground(adapter, document, () => location.href, () => panel, loadContact, loadCapture);
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      // Only the background asks this script anything (a message from a tab or another extension is ignored).
      if (sender.id !== browser.runtime.id || sender.tab || ctx.isInvalid) return undefined;
      answer(message as BgToCsMessage).then(sendResponse, () => sendResponse(undefined));
      return true;
    });
    const outcome = await runOrderPage(adapter, document, location.href, ask, (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)));
    if (!outcome?.response?.ok || !outcome.reading.ok || ctx.isInvalid) return;
    const result = outcome.response.result as PageReadResult;
    flagRepeatNonPayers(adapter, document, result.repeatNonPayers);
    const [order] = outcome.reading.orders;
    const anchor = adapter.panelAnchor(document);
    if (outcome.reading.kind === 'order-detail' && order && anchor) panel = mountPanelFrame(anchor, document, browser.runtime.getURL('/panel.html'), order);
  },
});
