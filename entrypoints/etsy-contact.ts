import { etsyConsoleContact } from '@/lib/marketplaces/etsy/console-contact';
import { consoleContactScript } from '@/lib/content/run-console-contact';

// Etsy's Message buyer form, imported by its content script when a reminder is sent.
export default consoleContactScript(etsyConsoleContact);
