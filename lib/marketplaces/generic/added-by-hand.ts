import type { MarketplaceId } from '../../model/order';

/**
 * Whether the order is a debt the seller added by hand: no console reports its status, so its
 * chase is its status, its payment falls due by the seller's terms and its reminders go out from
 * the dashboard. The one place that asks it of an order's console.
 */
export const isAddedByHand = (order: { marketplace: MarketplaceId }): boolean => order.marketplace === 'generic';
