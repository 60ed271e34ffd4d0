import { ebayConsoleContact } from '@/lib/marketplaces/ebay/console-contact';
import { consoleContactScript } from '@/lib/content/run-console-contact';

// eBay's Message buyer box and Send invoice action, imported by its content script when a reminder is sent.
export default consoleContactScript(ebayConsoleContact);
