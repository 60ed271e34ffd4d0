import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { defaultChaseSettings, getChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { rememberShopLanguage } from '@/lib/db/shop-languages';
import { ingestSnapshots } from '@/lib/db/ingest';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';

const page = usePageHarness('options-shops');
const onSaved = vi.fn();
const $ = <T extends Element>(sel: string) => page.root.querySelector<T>(sel)!;
const EN_SHOP = 'http://shop.test';
const ZH_SHOP = 'http://dian.test';

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(el: HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
const optionTexts = (sel: string) => [...$<HTMLSelectElement>(sel).options].map((o) => o.textContent);

/** Two console shops (an English one whose console said so, a Chinese one that never did) and a debt added by hand. */
async function seeShops() {
  await ingestSnapshots(
    page.db,
    [
      createSnapshot({ shop: EN_SHOP, url: `${EN_SHOP}/wp-admin/post.php?post=1042` }),
      createSnapshot({ shop: ZH_SHOP, url: `${ZH_SHOP}/wp-admin/post.php?post=7`, orderId: '7' }),
      createSnapshot({ marketplace: 'generic', shop: 'manual', orderId: 'M-1' }),
    ],
    new Date().toISOString(),
  );
  await rememberShopLanguage(page.db, EN_SHOP, 'en_US');
}

async function open(ready = '#shop-locale-1') {
  render(<OptionsApp db={page.db} onSaved={onSaved} />, page.root);
  await settle(() => !!page.root.querySelector(ready) && !!page.root.querySelector('#tpl-body'));
}
/** Preact renders on the next tick, as between a person's keystrokes. */
const tick = () => new Promise((r) => setTimeout(r, 20));

describe("options: each shop's name, payment instructions and reminder language", () => {
  it("lists every console shop Settle has seen, each defaulting to what the console said or the seller's own", async () => {
    useLocale('en');
    await saveChaseSettings(page.db, {
      ...defaultChaseSettings(),
      reminderLocale: 'zh_CN',
      sellerName: 'Jo Maker',
      paymentInstructions: 'PayPal: jo@example.com',
    });
    await seeShops();
    await open();
    expect([...page.root.querySelectorAll('fieldset.shop legend')].map((l) => l.textContent)).toEqual([
      'dian.test',
      'shop.test',
    ]);
    // Empty fields show what the shop gets without its own: the seller's name and instructions.
    expect($<HTMLInputElement>('#shop-name-1').placeholder).toBe('Jo Maker');
    expect($<HTMLTextAreaElement>('#shop-pay-1').placeholder).toBe('PayPal: jo@example.com');
    expect(optionTexts('#shop-locale-1')).toEqual(["The shop's language (English)", 'English', '简体中文', '繁體中文']);
    expect(optionTexts('#shop-locale-0')[0]).toBe('Your reminder language (简体中文)');
  });

  it('saves what the seller sets for one shop, and only that shop', async () => {
    useLocale('en');
    await seeShops();
    await open();
    type($<HTMLInputElement>('#shop-name-1'), 'Oak & Iron');
    await tick();
    type($<HTMLTextAreaElement>('#shop-pay-1'), 'IBAN GB12 3456');
    await tick();
    choose($<HTMLSelectElement>('#shop-locale-1'), 'zh_TW');
    await tick();
    $<HTMLButtonElement>('#seller-h ~ button.primary').click();
    await settle(() => onSaved.mock.calls.length > 0);
    expect((await getChaseSettings(page.db)).shops).toEqual({
      [EN_SHOP]: { name: 'Oak & Iron', paymentInstructions: 'IBAN GB12 3456', reminderLocale: 'zh_TW' },
    });
  });

  it('shows a hostile shop name as the text it is', async () => {
    useLocale('en');
    const hostile = '<img src=x onerror="window.__settleHostile=1">Oak';
    await seeShops();
    await saveChaseSettings(page.db, { ...defaultChaseSettings(), shops: { [EN_SHOP]: { name: hostile } } });
    await open();
    expect($<HTMLInputElement>('#shop-name-1').value).toBe(hostile);
    expect(page.root.querySelector('img')).toBeNull();
  });

  it('is in Chinese for a Chinese seller', async () => {
    useLocale('zh_CN');
    await seeShops();
    await open();
    expect($('#shops-h').textContent).toBe('各店铺设置');
    expect(optionTexts('#shop-locale-1')[0]).toBe('店铺语言（English）');
  });
});

describe('options: the template editor opens on the default reminder language', () => {
  it("opens on the language the seller's shops speak, not on the browser's nor always on English", async () => {
    useLocale('zh_CN');
    // Both shops' buyers read Traditional Chinese (one of them set so over its console's English); the seller's browser is in Simplified.
    await saveChaseSettings(page.db, {
      ...defaultChaseSettings(),
      reminderLocale: 'zh_CN',
      shops: { [EN_SHOP]: { reminderLocale: 'zh_TW' }, [ZH_SHOP]: { reminderLocale: 'zh_TW' } },
    });
    await seeShops();
    await open();
    expect($<HTMLSelectElement>('#tpl-locale').value).toBe('zh_TW');
    expect($<HTMLTextAreaElement>('#tpl-body').value).toMatch(/^\{buyer\} 您好：/);
  });

  it("opens on the seller's own reminder language before any shop is seen", async () => {
    useLocale('en');
    await saveChaseSettings(page.db, { ...defaultChaseSettings(), reminderLocale: 'zh_TW' });
    await open('#seller-h');
    expect($<HTMLSelectElement>('#tpl-locale').value).toBe('zh_TW');
    expect($<HTMLTextAreaElement>('#tpl-body').value).toContain('{buyer}');
    expect($<HTMLTextAreaElement>('#tpl-body').value).toMatch(/您好/);
  });
});
