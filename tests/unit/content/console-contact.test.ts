import { afterEach, describe, expect, it } from 'vitest';
import { loadConsoleSend, provideConsoleContact } from '@/lib/content/console-contact';
import type { ConsoleContact } from '@/lib/marketplaces/types';
import { useLocale } from '../support/i18n';

const SLOT = Symbol.for('settle.console-contact');
/** A stand-in for a console's contact script: a module that provides a contact when it loads (each name its own module: modules run once). */
const script = (name: string) =>
  `data:text/javascript,${encodeURIComponent(`globalThis[Symbol.for('settle.console-contact')] = { name: ${JSON.stringify(name)} };`)}`;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
});

describe('the console contact, loaded at the first send', () => {
  it('imports the contact script and returns what it provided', async () => {
    expect(await loadConsoleSend(script('first'))).toEqual({ name: 'first' });
  });

  it('imports it once: a later send reuses the contact already loaded', async () => {
    await loadConsoleSend(script('once'));
    expect(await loadConsoleSend(script('twice'))).toEqual({ name: 'once' });
  });

  it('gives how the contact provideConsoleContact left sends, which is how the real script hands it over', async () => {
    const contact = { sendForm: async () => {}, hasAction: () => false, runAction: () => {} } as ConsoleContact;
    useLocale('en');
    provideConsoleContact(contact);
    const send = await loadConsoleSend('data:text/javascript,throw new Error("not imported")');
    expect(await send!(document, 'http://shop.test/', { kind: 'console-action', name: 'send_order_details' })).toEqual({
      ok: false,
      sent: false,
      error: 'The order action “send_order_details” is not on this page.',
    });
  });

  it('rejects when the script cannot be loaded (the send is then refused, not faked)', async () => {
    await expect(loadConsoleSend('data:text/javascript,throw new Error("broken")')).rejects.toThrow('broken');
  });
});
