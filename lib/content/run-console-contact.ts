import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ConsoleContact } from '../marketplaces/types';
import { provideConsoleContact } from './console-contact';

/**
 * A console's contact script (`entrypoints/<id>-contact.ts`): `export default consoleContactScript(contact)`.
 * The content script imports it at the first send through the console (lib/content/console-contact.ts).
 */
export const consoleContactScript = (contact: ConsoleContact) =>
  defineUnlistedScript(() => provideConsoleContact(contact));
