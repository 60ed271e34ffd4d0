import { describe, expect, it } from 'vitest';
import { useLocale } from '../support/i18n';
import { seedManualDebt, useDashboard } from './dashboard-harness';

const d = useDashboard('buyer-language');
const KEY = ['generic', 'manual', 'M-20261101-AB12'] as const;
const optionTexts = () => [...d.$<HTMLSelectElement>('#buyer-locale').options].map((o) => o.textContent);
// The draft is drawn again when the language changes: read it whenever it is there.
const draft = () => d.page.root.querySelector('[data-testid="manual-draft"]')?.textContent ?? '';

describe("dashboard #/order: the buyer's reminder language", () => {
  it("starts on the shop's language, and the seller's choice for the buyer is kept and drafts in it", async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, {}, { reminderLocale: 'en' });
    d.mount(`#/order/${KEY.join('/')}`);
    await d.waitFor('#buyer-locale');
    expect(d.$<HTMLSelectElement>('#buyer-locale').value).toBe('shop');
    expect(optionTexts()).toEqual(["The shop's language (English)", 'English', '简体中文', '繁體中文']);
    await d.waitFor('[data-testid="manual-draft"]');
    expect(draft()).toMatch(/^Hello Acme Ltd,/);

    d.choose('#buyer-locale', 'zh_CN');
    await d.settle(() => draft().startsWith('Acme Ltd您好'));
    expect(draft()).toMatch(/^Acme Ltd您好：/);
    const buyer = await d.page.db.buyers.get(['generic', 'manual', (await d.page.db.orders.get([...KEY]))!.buyerKey]);
    expect(buyer?.reminderLocale).toBe('zh_CN');
    expect(d.$<HTMLSelectElement>('#remind-locale').value).toBe('zh_CN');

    // Back to the shop's: the choice is cleared from the buyer, not stored as English.
    d.choose('#buyer-locale', 'shop');
    await d.settle(() => draft().startsWith('Hello'));
    const cleared = await d.page.db.buyers.get(['generic', 'manual', (await d.page.db.orders.get([...KEY]))!.buyerKey]);
    expect(cleared).not.toHaveProperty('reminderLocale');
  });

  it('offers no language for a buyer Settle knows nothing of: such orders share one buyer record', async () => {
    useLocale('en');
    await seedManualDebt(d.page.db, { buyer: {} });
    d.mount(`#/order/${KEY.join('/')}`);
    await d.waitFor('form.act-payment');
    expect(d.has('#buyer-locale')).toBe(false);
  });
});
