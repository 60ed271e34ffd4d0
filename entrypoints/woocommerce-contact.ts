import { wooConsoleContact } from '@/lib/marketplaces/woocommerce/console-contact';
import { consoleContactScript } from '@/lib/content/run-console-contact';

// WooCommerce's note form and order actions, imported by its content script when a reminder is sent.
export default consoleContactScript(wooConsoleContact);
