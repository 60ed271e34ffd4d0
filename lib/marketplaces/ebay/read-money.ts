import { parseMoneyResult, type MoneyResult } from '../parse/money';

/**
 * The currency each site's bare symbols mean: Seller Hub writes `US $`, `AU $`, `C $`, `£`, `EUR`
 * or `€` on most amounts, but a bare `$` is only resolved by the site it is on.
 */
const SITE_CURRENCY: Record<string, string> = {
  'www.ebay.com': 'USD',
  'www.ebay.ca': 'CAD',
  'www.ebay.com.au': 'AUD',
  'www.ebay.co.uk': 'GBP',
  'www.ebay.ch': 'CHF',
};

/** An amount as Seller Hub prints it (`US $45.99`, `1.234,56 €`, `£128.50`), or why it cannot be read. */
export function readEbayMoney(text: string, url: URL, lang: string): MoneyResult {
  // An ambiguous symbol ($) is the site's own currency, read in the one pass a list makes per row.
  const site = SITE_CURRENCY[url.hostname];
  const read = parseMoneyResult(text, { lang, ...(site && { ambiguousCurrency: site }) });
  // An amount the site's currency cannot hold is read as the text alone says it, with its warning.
  return read.ok || !site ? read : parseMoneyResult(text, { lang });
}
