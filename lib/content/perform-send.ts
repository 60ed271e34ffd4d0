import type { ConsoleContact } from '../marketplaces/types';
import type { PerformOutcome } from '../messaging/types';
import type { ContactAction } from '../reminders/contact/types';
import { t } from '../i18n/t';

/** A send through the console's own form or order action, as the contact script carries it out. */
export type ConsoleSend = (
  doc: Document,
  pageUrl: string,
  action: Extract<ContactAction, { kind: 'console-form' | 'console-action' }>,
) => Promise<PerformOutcome>;

/**
 * How a console's contact sends. Bundled into the contact script (entrypoints/<id>-contact.ts), not
 * the always-on content script, which loads it at the first send.
 * A note is typed into the console's own form and waited for; then the console's server is asked
 * whether it really has it, because the page's own scripts could fake the confirmation in the page.
 * Throws (no answer: not known) when the server cannot be asked; the send then stays pending.
 */
export const consoleSend =
  (contact: ConsoleContact): ConsoleSend =>
  async (doc, pageUrl, action) => {
    if (action.kind === 'console-action') {
      if (!contact.hasAction(doc, action.name))
        return { ok: false, sent: false, error: t('sendErrActionMissing', action.name) };
      // Answered first: the action submits the form and the page (and this script) go away.
      setTimeout(() => contact.runAction(doc, action.name), 0);
      return { ok: true };
    }
    let formError: Error | undefined;
    await contact.sendForm(doc, action.text).catch((error: Error) => (formError = error));
    if (!contact.confirmOnServer)
      return formError ? { ok: false, sent: false, error: formError.message } : { ok: true };
    const onServer = await contact.confirmOnServer(pageUrl, action.text);
    if (onServer) return { ok: true };
    return { ok: false, sent: false, error: formError ? formError.message : t('sendErrNotOnServer') };
  };
