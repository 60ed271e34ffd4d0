import type { MarketplaceAdapter, PageReading } from '../marketplaces/types';
import { readPageWith } from '../marketplaces/read-page';
import { BgToCs, type BgToCsMessage, type PageMetrics, type PerformOutcome } from '../messaging/types';
import type { CaptureRunner } from './page-capture';
import { t } from '../i18n/t';
import type { PanelFrame } from './panel-frame';
import type { ConsoleSend } from './perform-send';

/**
 * What the content script does when the background asks (and only the background: the caller
 * checks the sender): read the page again, carry out a send through the console, size the panel,
 * say where the page is, take a step of a capture. `loadSend` gives the console's own ways to send,
 * from its contact script (lib/content/console-contact.ts).
 */
export function answerBackground(
  adapter: MarketplaceAdapter,
  doc: Document,
  pageUrl: () => string,
  panel: () => PanelFrame | undefined,
  loadSend: () => Promise<ConsoleSend | undefined>,
  loadCapture: () => Promise<CaptureRunner | undefined>,
) {
  return async (message: BgToCsMessage): Promise<PageReading | PerformOutcome | PageMetrics | string | null> => {
    switch (message.type) {
      case BgToCs.READ:
        return readPageWith(adapter, doc, new URL(pageUrl())) ?? { ok: false, error: t('sendRefusedUnreadable') };
      case BgToCs.PERFORM: {
        const { action } = message;
        // Only the console's own form and order actions go through the page (copy is the panel's).
        if (action.kind !== 'console-form' && action.kind !== 'console-action')
          return { ok: false, sent: false, error: t('sendRefusedChannel') };
        const send = await loadSend().catch(() => undefined);
        if (send) return send(doc, pageUrl(), action);
        return {
          ok: false,
          sent: false,
          error: action.kind === 'console-action' ? t('sendErrActionMissing', action.name) : t('sendErrNoteBox'),
        };
      }
      case BgToCs.SIZE:
        panel()?.setHeight(message.height);
        return null;
      case BgToCs.WHERE:
        return pageUrl();
      case BgToCs.CAPTURE_STEP: {
        const run = await loadCapture();
        if (!run) throw new Error('The capture script did not load.');
        return run(doc, message.step);
      }
    }
  };
}
