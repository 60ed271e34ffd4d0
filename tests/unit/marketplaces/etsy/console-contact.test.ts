import { beforeEach, describe, expect, it } from 'vitest';
import { etsyConsoleContact } from '@/lib/marketplaces/etsy/console-contact';
import { contactStrategyFor } from '@/lib/reminders/contact';
import { useLocale } from '../../support/i18n';
import { openSaved } from './open-page';

/** Etsy's app on the saved page: the Send button posts what the composer's textarea holds into the conversation. */
function answerLikeEtsy(doc: Document, seen: string[]) {
  const dialog = doc.querySelector('[role="dialog"]')!;
  const host = dialog.querySelector('clg-text-area');
  const box = (
    host ? host.shadowRoot!.querySelector('textarea') : dialog.querySelector('textarea[name="message"]')
  ) as HTMLTextAreaElement;
  box.addEventListener('input', (e) => seen.push(`input composed=${e.composed}`));
  dialog.querySelector('button[data-test-id="submit"]')!.addEventListener('click', () => {
    const line = doc.createElement('p');
    line.textContent = box.value;
    dialog.querySelector('.msg-list-container')!.append(line);
    box.value = '';
  });
}

describe("Etsy's Message buyer form", () => {
  beforeEach(() => useLocale('en'));

  it.each(['order-unpaid-en', 'order-completed-en'])(
    '%s: types into the composer as a person would, sends, and waits for the conversation to show it',
    async (page) => {
      const doc = openSaved(page);
      const seen: string[] = [];
      answerLikeEtsy(doc, seen);
      await etsyConsoleContact.sendForm(doc, 'Hello Jane,\n  your order is waiting for payment.');
      expect(seen).toEqual(['input composed=true']);
      expect(doc.querySelector('.msg-list-container')!.textContent).toBe(
        'Hello Jane,\n  your order is waiting for payment.',
      );
    },
  );

  it('says so when the order has no message box (the overlay is not open)', async () => {
    await expect(etsyConsoleContact.sendForm(openSaved('sold-list-en'), 'x')).rejects.toThrow(
      'The Message buyer box was not found on this order.',
    );
  });

  it('runs no order action', () => {
    expect(etsyConsoleContact.hasAction(openSaved('order-unpaid-en'), 'cancel')).toBe(false);
    expect(() => etsyConsoleContact.runAction(openSaved('order-unpaid-en'), 'cancel')).toThrow(/cancel/);
  });

  it('offers Message buyer first, then the copied text', () => {
    const options = contactStrategyFor('etsy').options({
      order: {} as never,
      subject: 's',
      text: 't',
    });
    expect(options.map((o) => o.channel)).toEqual(['console-form', 'copied']);
  });
});
