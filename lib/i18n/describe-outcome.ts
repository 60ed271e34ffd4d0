import type { Money } from '../model/money';
import type { OrderRecord } from '../model/order-record';
import { t } from './t';

/**
 * What a closed order came to, in words: "Paid in full", "Refunded", "Cancelled", "Settled for less
 * ($12.00 waived)", "Written off: $89.00"; undefined while money is still owed. A closed order owes
 * nothing, so nothing may call it owing (a refunded order read "Mei Chen owes $240.00").
 */
export function describeOutcome(
  order: Pick<OrderRecord, 'open' | 'status' | 'statusText' | 'chase' | 'total'>,
  money: (m: Money) => string,
): string | undefined {
  if (order.open) return undefined;
  const { chase, total } = order;
  switch (chase.stage) {
    case 'paid':
      return t('outcome_paid');
    case 'settled':
      return t('outcome_settled', money({ amount: chase.waived ?? 0, currency: total.currency }));
    case 'written_off':
      return t('outcome_written_off', money({ amount: chase.writtenOff ?? 0, currency: total.currency }));
    case 'cancelled':
      return t(order.status === 'refunded' ? 'outcome_refunded' : 'outcome_cancelled');
  }
  // The chase is open but the console no longer shows the order unpaid: say what the console says.
  if (order.status === 'paid') return t('outcome_paid');
  if (order.status === 'refunded') return t('outcome_refunded');
  if (order.status === 'cancelled') return t('outcome_cancelled');
  return order.statusText;
}
