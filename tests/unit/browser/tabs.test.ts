import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { withTabUrl } from '@/lib/browser/tabs';
import { BgToCs } from '@/lib/messaging/types';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const PANEL = 'moz-extension://4b8a5a3e/panel.html#woocommerce/1042';

// Firefox leaves tab.url out of a message's sender when the extension has no host permission for
// the tab; the panel's messages speak for that tab's shop, so the address must come from somewhere Settle trusts.
describe('withTabUrl', () => {
  it('keeps the address the browser gave (Chrome), asking nothing', async () => {
    const ask = vi.spyOn(browser.tabs, 'sendMessage');
    const sender = { url: PANEL, tab: { id: 7, url: PAGE } };
    expect(await withTabUrl(sender)).toBe(sender);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks Settle’s own script in the tab’s top frame when the browser left it out (Firefox)', async () => {
    const ask = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(PAGE as never);
    expect(await withTabUrl({ url: PANEL, tab: { id: 7 } })).toEqual({ url: PANEL, tab: { id: 7, url: PAGE } });
    expect(ask).toHaveBeenCalledWith(7, { type: BgToCs.WHERE }, { frameId: 0 });
  });

  it('leaves the address unknown when no script of Settle’s answers there (the panel is then refused)', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await withTabUrl({ url: PANEL, tab: { id: 7 } })).toEqual({ url: PANEL, tab: { id: 7 } });
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ not: 'an address' } as never);
    expect(await withTabUrl({ url: PANEL, tab: { id: 7 } })).toEqual({ url: PANEL, tab: { id: 7 } });
  });

  it('asks nothing for a sender outside any tab (an extension page)', async () => {
    const ask = vi.spyOn(browser.tabs, 'sendMessage');
    expect(await withTabUrl({ url: 'moz-extension://4b8a5a3e/popup.html' })).toEqual({
      url: 'moz-extension://4b8a5a3e/popup.html',
    });
    expect(ask).not.toHaveBeenCalled();
  });
});
