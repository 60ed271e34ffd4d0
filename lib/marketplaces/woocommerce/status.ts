import type { OrderStatus } from '../../model/order';
import { clip, orderName } from '../bound';
import { READ_LIMITS } from '../limits';

/**
 * WooCommerce status slugs (the CSS class, never the translated words) → Settle status.
 * on-hold: awaiting manual confirmation of a bank transfer or cheque, so still owed.
 * failed: WooCommerce's docs call it "payment failed or was declined (unpaid)".
 * checkout-draft: a checkout in progress, not yet an order; deleted by WooCommerce after a day.
 */
const BY_SLUG: Record<string, OrderStatus> = {
  pending: 'unpaid',
  'on-hold': 'unpaid',
  failed: 'unpaid',
  processing: 'paid',
  completed: 'paid',
  cancelled: 'cancelled',
  refunded: 'refunded',
};

export function statusFromSlug(slug: string | undefined): OrderStatus {
  return (slug && BY_SLUG[slug.replace(/^wc-/, '')]) || 'unknown';
}

/**
 * The warning for a status Settle does not know (a plugin's own, such as "Awaiting bank"): the
 * order is still read, as `unknown`, and the seller is told, in the console's own `words`.
 */
export function unknownStatusWarning(orderId: string, words: string): string {
  return `${orderName(orderId)}: status "${clip(words || '(none)', READ_LIMITS.statusTextChars)}" is not one Settle knows; it stays as it was.`;
}

/** The slug in a class list: `status-pending` (HPOS rows, marks) or `status-wc-pending` (legacy rows). */
export function slugFromClasses(classList: DOMTokenList | undefined): string | undefined {
  for (const cls of classList ?? [])
    if (cls.startsWith('status-')) return cls.slice('status-'.length).replace(/^wc-/, '');
  return undefined;
}
