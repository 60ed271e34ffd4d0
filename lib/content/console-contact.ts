import type { ConsoleContact } from '../marketplaces/types';
import { loadModule, MODULES, provideModule } from './extension-module';
import { consoleSend, type ConsoleSend } from './perform-send';

/**
 * A console's ways to send (typing a note, running an order action) are needed only when a
 * reminder is sent: its own script (entrypoints/<console>-contact.ts) is imported at the first send
 * (lib/content/extension-module.ts) and hands over how it sends.
 */
const NAME = MODULES.consoleContact;

/** Called by a console's contact script when it loads. */
export const provideConsoleContact = (contact: ConsoleContact): void => provideModule(NAME, consoleSend(contact));

/** Loads the console's contact script from the extension (once; later calls reuse it) and returns how it sends. */
export const loadConsoleSend = (scriptUrl: string): Promise<ConsoleSend | undefined> =>
  loadModule<ConsoleSend>(NAME, scriptUrl);
