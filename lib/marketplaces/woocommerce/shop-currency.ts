import { selectors } from './selectors';

/** The shop's currency settings as WooCommerce prints them in `wcSettings` on its admin pages. */
export interface ShopCurrency {
  code?: string;
  symbol?: string;
  decimalSeparator?: string;
  thousandSeparator?: string;
}

const ENCODED_SETTINGS = /wcSettings\s*=\s*(?:wcSettings\s*\|\|\s*)?JSON\.parse\(\s*decodeURIComponent\(\s*(['"])(.*?)\1\s*\)\s*\)/s;

/** Currency symbols arrive HTML-encoded (`&#36;`, `&euro;`); decode them in an inert document. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? text;
}

/**
 * Reads `var wcSettings = … JSON.parse(decodeURIComponent('…'))` without running it.
 * Returns undefined when the page has no such script or it cannot be parsed (older WooCommerce).
 */
export function readShopCurrency(doc: Document): ShopCurrency | undefined {
  // Optional: older WooCommerce prints the settings in an unnamed inline script, or not at all.
  const scripts = [doc.querySelector(selectors.wcSettingsScript), ...doc.querySelectorAll(selectors.inlineScript)];
  for (const script of scripts) {
    const source = (script && script.textContent) || '';
    if (!source.includes('wcSettings')) continue;
    const encoded = (ENCODED_SETTINGS.exec(source) ?? [])[2];
    if (!encoded) continue;
    try {
      const settings = JSON.parse(decodeURIComponent(encoded.replace(/\\'/g, "'"))) as { currency?: Record<string, unknown> };
      const c = settings.currency;
      if (!c) return undefined;
      const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      return {
        code: (str(c.code) ?? '').toUpperCase() || undefined,
        symbol: str(c.symbol) && decodeEntities(String(c.symbol)),
        decimalSeparator: str(c.decimalSeparator),
        thousandSeparator: typeof c.thousandSeparator === 'string' ? c.thousandSeparator : undefined,
      };
    } catch {
      return undefined; // a mangled settings blob: fall back to reading symbols
    }
  }
  return undefined;
}
