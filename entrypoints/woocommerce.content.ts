import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { runOrderPage } from '@/lib/content/run-order-page';

export default defineContentScript({
  matches: adapter.matches,
  runAt: 'document_idle',
  main(ctx) {
    void runOrderPage(
      adapter,
      document,
      location.href,
      (message) => browser.runtime.sendMessage(message),
      (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
    );
  },
});
