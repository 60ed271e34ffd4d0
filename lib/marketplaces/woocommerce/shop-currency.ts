import { readWcSettings } from './wc-settings';

/** The shop's currency settings as WooCommerce prints them in `wcSettings` on its admin pages. */
export interface ShopCurrency {
  code?: string;
  symbol?: string;
  decimalSeparator?: string;
  thousandSeparator?: string;
}

/** Currency symbols arrive HTML-encoded (`&#36;`, `&euro;`); decode them in an inert document. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? text;
}

/** The currency settings in the page's `wcSettings`; undefined without them (older WooCommerce). */
export function readShopCurrency(doc: Document): ShopCurrency | undefined {
  // Optional by nature: WooCommerce before wcSettings prints none, and the readers then read symbols.
  const c = (readWcSettings(doc) ?? {}).currency as Record<string, unknown> | undefined;
  if (!c || typeof c !== 'object') return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    code: (str(c.code) ?? '').toUpperCase() || undefined,
    symbol: str(c.symbol) && decodeEntities(String(c.symbol)),
    decimalSeparator: str(c.decimalSeparator),
    thousandSeparator: typeof c.thousandSeparator === 'string' ? c.thousandSeparator : undefined,
  };
}
