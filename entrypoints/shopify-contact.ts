import { shopifyConsoleContact } from '@/lib/marketplaces/shopify/console-contact';
import { consoleContactScript } from '@/lib/content/run-console-contact';

// Shopify's Send invoice dialog, imported by its content script when a reminder is sent.
export default consoleContactScript(shopifyConsoleContact);
