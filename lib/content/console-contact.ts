import type { ConsoleContact } from '../marketplaces/types';

/**
 * A console's ConsoleContact (typing a note, running an order action) is needed only when a
 * reminder is sent, so it is not in the content script that runs on every console page: its own
 * script (entrypoints/<console>-contact.ts) is imported into the content script's isolated world
 * at the first send and leaves the contact here, where the page's own scripts cannot reach it.
 */
const SLOT = Symbol.for('settle.console-contact');
type Slot = { [SLOT]?: ConsoleContact };

/** Called by a console's contact script when it loads. */
export function provideConsoleContact(contact: ConsoleContact): void {
  (globalThis as Slot)[SLOT] = contact;
}

/** Loads the console's contact script from the extension (once; later calls reuse it) and returns its contact. */
export async function loadConsoleContact(scriptUrl: string): Promise<ConsoleContact | undefined> {
  if (!(globalThis as Slot)[SLOT]) await import(/* @vite-ignore */ scriptUrl);
  return (globalThis as Slot)[SLOT];
}
