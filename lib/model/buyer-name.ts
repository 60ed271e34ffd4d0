import type { OrderSnapshot } from './order';

/**
 * The buyer as Settle names them to the seller and in reminders: the name, else the marketplace
 * handle, else the email, else the phone — the first that is not blank — else `fallback`, worded
 * by the caller ("Buyer not shown" on Settle's pages, "Customer" in a reminder). The text is the
 * console's, untouched: callers render it as text, never as HTML.
 * @example buyerDisplayName({ email: 'ap@acme.test' }, t('buyerUnknown')) // 'ap@acme.test'
 */
export function buyerDisplayName(buyer: OrderSnapshot['buyer'], fallback: string): string {
  for (const value of [buyer.name, buyer.handle, buyer.email, buyer.phone]) if (value?.trim()) return value.trim();
  return fallback;
}
