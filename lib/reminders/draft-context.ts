import type { ChaseSettings } from '../db/settings';
import { autoCloseAt } from '../marketplaces/rules';
import type { OrderRecord } from '../model/order-record';
import { isKnownTimeZone } from '../tracker/zoned-time';
import type { DraftContext } from './draft';

/** The context a reminder for this order is drafted in. */
export function draftContextFor(order: OrderRecord, settings: ChaseSettings, now: string): DraftContext {
  return {
    now,
    timeZone: order.buyer.timeZone && isKnownTimeZone(order.buyer.timeZone) ? order.buyer.timeZone : settings.timeZone,
    shopName: order.marketplace === 'generic' ? settings.sellerName : (order.shop ?? settings.sellerName),
    paymentInstructions: settings.paymentInstructions,
    autoCloseAt: order.marketplace === 'woocommerce' ? undefined : autoCloseAt(order),
  };
}
