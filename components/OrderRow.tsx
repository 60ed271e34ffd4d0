import type { OrderRecord } from '@/lib/model/order-record';
import { formatMoney } from '@/lib/model/money';
import { t, type MessageKey } from '@/lib/i18n/t';
import { formatAge, formatDateTime } from './format';
import { buyerDisplayName } from '@/lib/model/buyer-name';
import { shopLabel } from './shop-label';

interface Props {
  order: OrderRecord;
  locale: string;
  /** Its next reminder is due now. */
  reminderDue?: boolean;
  /** The buyer left another order unpaid. */
  repeatNonPayer?: boolean;
  onOpen: (order: OrderRecord) => void;
}

/** One unpaid order: buyer, amount due, age, console and shop, and its flags. Page text is rendered as text only. */
export function OrderRow({ order, locale, reminderDue, repeatNonPayer, onOpen }: Props) {
  const due = order.amountDue ?? order.total;
  const placed = order.placedAt ?? order.firstSeenAt;
  return (
    <li class="order-row" data-order-id={order.orderId} data-marketplace={order.marketplace}>
      <button type="button" class="order-open" title={t('orderOpenTitle')} onClick={() => onOpen(order)}>
        <span class="order-main">
          <span class="order-buyer">{buyerDisplayName(order.buyer, t('buyerUnknown'))}</span>
          <span class="order-amount">{formatMoney(due, locale)}</span>
        </span>
        <span class="order-meta">
          <span class="order-id">{t('orderLabel', order.orderId)}</span>
          <span class="order-status">{t(`status_${order.status}` as MessageKey)}</span>
          <span class="order-marketplace">{t(`marketplace_${order.marketplace}` as MessageKey)}</span>
          <span class="order-shop" title={order.shop}>
            {shopLabel(order.shop)}
          </span>
          <time class="order-age" dateTime={placed} title={formatDateTime(placed, locale)}>
            {t(order.placedAt ? 'orderPlaced' : 'orderSeen', formatAge(placed, locale))}
          </time>
        </span>
        {(reminderDue || repeatNonPayer) && (
          <span class="order-flags">
            {reminderDue && <span class="flag flag-due">{t('popupReminderDue')}</span>}
            {repeatNonPayer && <span class="flag flag-repeat">{t('popupRepeatNonPayer')}</span>}
          </span>
        )}
      </button>
    </li>
  );
}
