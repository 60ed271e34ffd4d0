import { browser } from 'wxt/browser';
import { uiLocale } from '@/lib/i18n/t';
import { runPanel } from '@/lib/panel/run-panel';
import { guardClicks } from '@/lib/panel/click-guard';
import { PANEL_CSS } from '@/lib/panel/panel-style';
import { PanelToBg, type BgMessage, type BgResponse } from '@/lib/messaging/types';
import type { MarketplaceId } from '@/lib/model/order';

// The order panel: Settle's own page in a frame on the console page (lib/content/panel-frame.ts).
// Its address names the order: panel.html#<marketplace>/<order id>; the shop is the tab's.
const [marketplace, ...rest] = location.hash.slice(1).split('/');
const orderId = decodeURIComponent(rest.join('/'));
document.documentElement.lang = uiLocale();
const style = document.createElement('style');
style.textContent = PANEL_CSS;
document.head.append(style);

const ask = (message: BgMessage) => browser.runtime.sendMessage(message) as Promise<BgResponse | undefined>;
const root = document.getElementById('panel')!;
// The frame takes the panel's height, so the console page scrolls, not the panel.
new ResizeObserver(
  () =>
    void ask({
      type: PanelToBg.SIZE,
      height: document.documentElement.scrollHeight,
      marketplace: marketplace as MarketplaceId,
      orderId,
    }),
).observe(document.body);
void runPanel(root, { marketplace: marketplace as MarketplaceId, orderId }, ask, guardClicks(document.body));
