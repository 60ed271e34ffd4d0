import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { runOrderPage } from '@/lib/content/run-order-page';
import { runChasePanel } from '@/lib/content/run-chase-panel';
import { flagRepeatNonPayers } from '@/lib/content/flag-repeat-non-payers';
import type { BgMessage, BgResponse, PageReadResult } from '@/lib/messaging/types';

export default defineContentScript({
  matches: adapter.matches,
  runAt: 'document_idle',
  async main(ctx) {
    const ask = (message: BgMessage) => browser.runtime.sendMessage(message) as Promise<BgResponse | undefined>;
    const outcome = await runOrderPage(adapter, document, location.href, ask, (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)));
    if (!outcome?.response?.ok || !outcome.reading.ok || ctx.isInvalid) return;
    const result = outcome.response.result as PageReadResult;
    flagRepeatNonPayers(adapter, document, result.repeatNonPayers);
    const [order] = outcome.reading.orders;
    if (outcome.reading.kind === 'order-detail' && order) await runChasePanel(adapter, document, location.href, order.orderId, ask);
  },
});
