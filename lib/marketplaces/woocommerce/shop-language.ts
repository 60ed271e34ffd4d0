import { LANGUAGE_TAG } from '../../model/language-tag';
import { readWcSettings } from './wc-settings';

/**
 * The shop's own language: WordPress's site language (`wcSettings.locale.siteLocale`), the one its
 * storefront and its emails to buyers speak. Not `<html lang>`, nor `userLocale`: those are the
 * language of the admin user reading the page, who may run a Chinese admin for an English shop.
 * Undefined when the page does not say (older WooCommerce prints no wcSettings).
 */
export function readShopLanguage(doc: Document): string | undefined {
  // Optional by nature: older WooCommerce prints no wcSettings, and a plugin may leave out its locale.
  const locale = (readWcSettings(doc) ?? {}).locale as { siteLocale?: unknown } | undefined;
  const site = locale && locale.siteLocale;
  return typeof site === 'string' && LANGUAGE_TAG.test(site) ? site : undefined;
}
