import { afterEach, describe, expect, it } from 'vitest';
import { loadConsoleContact, provideConsoleContact } from '@/lib/content/console-contact';
import type { ConsoleContact } from '@/lib/marketplaces/types';

const SLOT = Symbol.for('settle.console-contact');
/** A stand-in for a console's contact script: a module that provides a contact when it loads (each name its own module: modules run once). */
const script = (name: string) =>
  `data:text/javascript,${encodeURIComponent(`globalThis[Symbol.for('settle.console-contact')] = { name: ${JSON.stringify(name)} };`)}`;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
});

describe('the console contact, loaded at the first send', () => {
  it('imports the contact script and returns what it provided', async () => {
    expect(await loadConsoleContact(script('first'))).toEqual({ name: 'first' });
  });

  it('imports it once: a later send reuses the contact already loaded', async () => {
    await loadConsoleContact(script('once'));
    expect(await loadConsoleContact(script('twice'))).toEqual({ name: 'once' });
  });

  it('gives what provideConsoleContact left, which is how the real script hands it over', async () => {
    const contact = { sendForm: async () => {}, hasAction: () => false, runAction: () => {} } as ConsoleContact;
    provideConsoleContact(contact);
    expect(await loadConsoleContact('data:text/javascript,throw new Error("not imported")')).toBe(contact);
  });

  it('rejects when the script cannot be loaded (the send is then refused, not faked)', async () => {
    await expect(loadConsoleContact('data:text/javascript,throw new Error("broken")')).rejects.toThrow('broken');
  });
});
