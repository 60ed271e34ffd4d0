import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { defaultChaseSettings, saveChaseSettings, type ChaseSettings } from '@/lib/db/settings';
import { setBuyerReminderLocale } from '@/lib/db/buyer-locale';
import { getDetectedShopLocales } from '@/lib/db/shop-languages';
import { getOrder } from '@/lib/db/queries';
import { onPageRead } from '@/lib/background/page-read';
import { onChasePanel } from '@/lib/background/chase-panel';
import { readPage } from '@/lib/marketplaces';
import { buyerKeyFor } from '@/lib/model/order-record';
import type { PageReadMessage } from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';

const EN_PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const ONHOLD_PAGE = 'http://laden.test/wp-admin/admin.php?page=wc-orders&action=edit&id=3301';
const NOW = '2026-11-25T10:00:00.000Z';
const IBAN = 'Bank transfer to Laden Schmidt, IBAN DE89 3704 0044 0532 0130 00';

/** A console page as the content script reads and sends it, from a saved page. */
async function readSavedPage(name: string, url: string) {
  const doc = new DOMParser().parseFromString(
    readFileSync(`tests/fixtures/woocommerce/${name}.html`, 'utf8'),
    'text/html',
  );
  const reading = readPage(doc, url);
  if (!reading.ok) throw new Error(reading.error);
  const message: PageReadMessage = { type: 'cs-bg-page-read', url, reading };
  await onPageRead(db, message, { url, tab: { url } }, '2026-11-22T10:00:00.000Z');
}

// The seller's browser is in Simplified Chinese: Options' own reminder language starts as Chinese.
const saveSettings = (patch: Partial<ChaseSettings> = {}) =>
  saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'zh_CN', ...patch });
const panel = (orderId: string, page: string) => onChasePanel(db, { marketplace: 'woocommerce', orderId }, page, NOW);

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('zh_CN');
  db = new SettleDb(`settle-reminder-language-${++n}`);
  await saveSettings();
});
afterEach(() => db.delete());

describe("a reminder speaks the shop's language, not the seller's browser's", () => {
  it('drafts English to an English shop for a seller whose browser is in Chinese', async () => {
    await readSavedPage('hpos-edit-pending-en', EN_PAGE);
    expect(await getDetectedShopLocales(db)).toEqual({ 'http://shop.test': 'en' });
    const model = await panel('1042', EN_PAGE);
    expect(model.draft?.locale).toBe('en');
    expect(model.draft?.text).toMatch(/^Hello Jane Doe,/);
    expect(model.draft?.text).not.toContain('您好');
  });

  it('follows the language set for the shop in Options over the one its console gives', async () => {
    await readSavedPage('hpos-edit-pending-en', EN_PAGE);
    await saveSettings({ shops: { 'http://shop.test': { reminderLocale: 'zh_TW' } } });
    expect((await panel('1042', EN_PAGE)).draft?.locale).toBe('zh_TW');
  });

  it("follows the buyer's own language over the shop's, and the seller's pick for one draft over both", async () => {
    await readSavedPage('hpos-edit-pending-en', EN_PAGE);
    const order = (await getOrder(db, ['woocommerce', 'http://shop.test', '1042']))!;
    await setBuyerReminderLocale(db, buyerKeyFor(order), 'zh_TW');
    const model = await panel('1042', EN_PAGE);
    expect(model.draft?.locale).toBe('zh_TW');
    expect(model.draft?.text).toContain('Jane Doe');
    expect(
      (await onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042', locale: 'en' }, EN_PAGE, NOW)).draft
        ?.locale,
    ).toBe('en');
    await setBuyerReminderLocale(db, buyerKeyFor(order), undefined);
    expect((await panel('1042', EN_PAGE)).draft?.locale).toBe('en');
  });
});

describe("an on-hold bank-transfer order's reminder carries its shop's payment details", () => {
  it("tells the buyer how to pay that shop and is signed with the shop's name, never its address", async () => {
    await saveSettings({
      sellerName: 'Jo Maker',
      paymentInstructions: 'PayPal: jo@example.com',
      shops: { 'http://laden.test': { name: 'Laden Schmidt', paymentInstructions: IBAN } },
    });
    await readSavedPage('hpos-edit-onhold-de', ONHOLD_PAGE);
    const order = (await getOrder(db, ['woocommerce', 'http://laden.test', '3301']))!;
    // WooCommerce offers no payment page for an order on hold: the shop's instructions are the only way to pay.
    expect(order.payUrl).toBeUndefined();
    const text = (await panel('3301', ONHOLD_PAGE)).draft!.text;
    expect(text).toContain(IBAN);
    expect(text).not.toContain('PayPal');
    expect(text).toMatch(/Laden Schmidt$/);
    expect(text).not.toContain('laden.test');
  });

  it("falls back to the seller's own details for a shop without its own", async () => {
    await saveSettings({
      sellerName: 'Jo Maker',
      paymentInstructions: 'PayPal: jo@example.com',
      shops: { 'http://shop.test': { paymentInstructions: IBAN } },
    });
    await readSavedPage('hpos-edit-onhold-de', ONHOLD_PAGE);
    const text = (await panel('3301', ONHOLD_PAGE)).draft!.text;
    expect(text).toContain('PayPal: jo@example.com');
    expect(text).toMatch(/Jo Maker$/);
  });

  it('keeps a hostile shop name as the text the seller typed', async () => {
    const hostile = '<img src=x onerror="window.__settleHostile=1">Laden';
    await saveSettings({ shops: { 'http://laden.test': { name: hostile, paymentInstructions: IBAN } } });
    await readSavedPage('hpos-edit-onhold-de', ONHOLD_PAGE);
    expect((await panel('3301', ONHOLD_PAGE)).draft!.text.endsWith(hostile)).toBe(true);
  });
});
