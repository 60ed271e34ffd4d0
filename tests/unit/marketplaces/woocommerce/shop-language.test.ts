import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readPage } from '@/lib/marketplaces';
import { readShopLanguage } from '@/lib/marketplaces/woocommerce/shop-language';
import { PageReadMessageSchema } from '@/lib/messaging/schemas';
import { CsToBg } from '@/lib/messaging/types';

const FIXTURES = 'tests/fixtures/woocommerce';
const open = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${FIXTURES}/${name}.html`, 'utf8'), 'text/html');

/** The page with its wcSettings' locale replaced (the script holds the settings URI-encoded). */
function withLocale(name: string, locale: Record<string, unknown>): Document {
  const doc = open(name);
  const script = doc.getElementById('wc-settings-js-before')!;
  const encoded = /decodeURIComponent\( '(.*)' \)/.exec(script.textContent!)![1]!;
  const settings = JSON.parse(decodeURIComponent(encoded)) as Record<string, unknown>;
  script.textContent = `var wcSettings = wcSettings || JSON.parse( decodeURIComponent( '${encodeURIComponent(JSON.stringify({ ...settings, locale }))}' ) );`;
  return doc;
}

describe("WooCommerce: the shop's own language", () => {
  it.each([
    ['hpos-edit-pending-en', 'en_US'],
    ['hpos-list-en', 'en_US'],
    ['hpos-edit-onhold-de', 'de_DE'],
    ['legacy-list-zh', 'zh_CN'],
    ['legacy-edit-pending-zh', 'zh_CN'],
  ])('%s says %s', (name, language) => {
    expect(readShopLanguage(open(name))).toBe(language);
  });

  it("is the site's language, not the admin user's: a Chinese admin of an English shop reads English", () => {
    const doc = withLocale('hpos-edit-pending-en', { siteLocale: 'en_US', userLocale: 'zh_CN' });
    doc.documentElement.lang = 'zh-CN';
    expect(readShopLanguage(doc)).toBe('en_US');
  });

  it("is unknown when the page does not say it: never guessed from the admin page's own language", () => {
    const doc = open('legacy-edit-pending-zh');
    doc.getElementById('wc-settings-js-before')!.remove();
    expect(readShopLanguage(doc)).toBeUndefined();
    expect(readShopLanguage(withLocale('hpos-edit-pending-en', { userLocale: 'en_US' }))).toBeUndefined();
  });

  it('keeps nothing but a language tag from the page', () => {
    for (const siteLocale of ['<img src=x onerror=alert(1)>', 'en_US; drop', 42, 'x'.repeat(40)]) {
      expect(readShopLanguage(withLocale('hpos-edit-pending-en', { siteLocale }))).toBeUndefined();
    }
  });

  it("travels with the page's reading to the background, which accepts a language tag and nothing else", () => {
    const url = 'http://laden.test/wp-admin/admin.php?page=wc-orders&action=edit&id=3301';
    const reading = readPage(open('hpos-edit-onhold-de'), url);
    expect(reading).toMatchObject({ ok: true, shopLanguage: 'de_DE' });
    const message = (shopLanguage: string) => ({ type: CsToBg.PAGE_READ, url, reading: { ...reading, shopLanguage } });
    expect(v.safeParse(PageReadMessageSchema, message('de_DE')).success).toBe(true);
    expect(v.safeParse(PageReadMessageSchema, message('<script>')).success).toBe(false);
  });
});
