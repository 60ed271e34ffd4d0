/**
 * The eBay country sites whose Seller Hub Settle reads, by exact host. Match patterns cannot
 * wildcard a top-level domain (`*.ebay.*` is invalid), so each site is listed; a host missing here
 * is a site Settle does not read, never one it guesses. Sources: MARKETPLACES.md §1.1 (.com, .de,
 * .co.uk, .com.au, .fr seen in scrapers); .ca, .it, .es, .at, .ch and .ie are eBay's other
 * Seller Hub sites in English, German, French, Italian and Spanish (assumed to serve the same paths).
 */
export const EBAY_HOSTS = [
  'www.ebay.com',
  'www.ebay.co.uk',
  'www.ebay.de',
  'www.ebay.com.au',
  'www.ebay.ca',
  'www.ebay.fr',
  'www.ebay.it',
  'www.ebay.es',
  'www.ebay.at',
  'www.ebay.ch',
  'www.ebay.ie',
] as const;

/** True only for eBay's own sites as they serve Seller Hub: https, the exact host, the default port, no user. */
export function isEbayHost(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    (EBAY_HOSTS as readonly string[]).includes(url.hostname)
  );
}
