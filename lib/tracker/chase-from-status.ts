import type { ChaseState } from '../model/chase';
import type { OrderSnapshot } from '../model/order';
import { initialChase } from './lifecycle';

/** Where the chase of an order starts, from what its console shows when Settle first knows it. */
export function chaseFromStatus(order: Pick<OrderSnapshot, 'status' | 'total' | 'amountDue'>): ChaseState {
  const chase = initialChase();
  switch (order.status) {
    case 'paid':
      return { ...chase, stage: 'paid', paid: order.total.amount };
    case 'cancelled':
    case 'refunded':
      return { ...chase, stage: 'cancelled' };
    case 'partially_paid':
      return {
        ...chase,
        stage: 'partially_paid',
        paid: order.total.amount - (order.amountDue?.amount ?? order.total.amount),
      };
    default:
      return chase;
  }
}
