import type { ConsoleContact } from '../marketplaces/types';
import { loadModule, MODULES, provideModule } from './extension-module';

/**
 * A console's ConsoleContact (typing a note, running an order action) is needed only when a
 * reminder is sent: its own script (entrypoints/<console>-contact.ts) is imported at the first send
 * (lib/content/extension-module.ts).
 */
const NAME = MODULES.consoleContact;

/** Called by a console's contact script when it loads. */
export const provideConsoleContact = (contact: ConsoleContact): void => provideModule(NAME, contact);

/** Loads the console's contact script from the extension (once; later calls reuse it) and returns its contact. */
export const loadConsoleContact = (scriptUrl: string): Promise<ConsoleContact | undefined> => loadModule<ConsoleContact>(NAME, scriptUrl);
