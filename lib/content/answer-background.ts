import type { ConsoleContact, MarketplaceAdapter, PageReading } from '../marketplaces/types';
import { readPageWith } from '../marketplaces/read-page';
import { BgToCs, type BgToCsMessage, type PageMetrics, type PerformOutcome } from '../messaging/types';
import type { CaptureRunner } from './page-capture';
import type { ContactAction } from '../reminders/contact/types';
import { t } from '../i18n/t';
import type { PanelFrame } from './panel-frame';

/**
 * What the content script does when the background asks (and only the background: the caller
 * checks the sender): read the page again, carry out a send through the console, size the panel,
 * say where the page is, take a step of a capture. `loadContact` gives the console's own ways to send (lib/content/console-contact.ts).
 */
export function answerBackground(
  adapter: MarketplaceAdapter,
  doc: Document,
  pageUrl: () => string,
  panel: () => PanelFrame | undefined,
  loadContact: () => Promise<ConsoleContact | undefined>,
  loadCapture: () => Promise<CaptureRunner | undefined>,
) {
  return async (message: BgToCsMessage): Promise<PageReading | PerformOutcome | PageMetrics | string | null> => {
    switch (message.type) {
      case BgToCs.READ:
        return readPageWith(adapter, doc, new URL(pageUrl())) ?? { ok: false, error: t('sendRefusedUnreadable') };
      case BgToCs.PERFORM:
        return perform(await loadContact().catch(() => undefined), doc, pageUrl(), message.action);
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

/**
 * Types the note into the console's own form and waits for it; then asks the console's server
 * whether it really has it, because the page's own scripts could fake the confirmation in the page.
 * Throws (no answer: not known) when the server cannot be asked; the send then stays pending.
 */
async function perform(contact: ConsoleContact | undefined, doc: Document, pageUrl: string, action: ContactAction): Promise<PerformOutcome> {
  if (action.kind === 'console-action') {
    if (!contact?.hasAction(doc, action.name)) return { ok: false, sent: false, error: t('sendErrActionMissing', action.name) };
    // Answered first: the action submits the form and the page (and this script) go away.
    setTimeout(() => contact.runAction(doc, action.name), 0);
    return { ok: true };
  }
  if (action.kind !== 'console-form') return { ok: false, sent: false, error: t('sendRefusedChannel') };
  if (!contact) return { ok: false, sent: false, error: t('sendErrNoteBox') };
  let formError: Error | undefined;
  await contact.sendForm(doc, action.text).catch((error: Error) => (formError = error));
  if (!contact.confirmOnServer) return formError ? { ok: false, sent: false, error: formError.message } : { ok: true };
  const onServer = await contact.confirmOnServer(pageUrl, action.text);
  if (onServer) return { ok: true };
  return { ok: false, sent: false, error: formError?.message ?? t('sendErrNotOnServer') };
}
