import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wooConsoleContact } from '@/lib/marketplaces/woocommerce/console-contact';
import { provideConsoleContact } from '@/lib/content/console-contact';

// Imported by the WooCommerce content script when a reminder is sent (lib/content/console-contact.ts).
export default defineUnlistedScript(() => provideConsoleContact(wooConsoleContact));
