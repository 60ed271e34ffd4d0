import type { DashboardProps } from './dashboard-props';
import { openOrdersView } from '@/lib/db/open-orders-view';
import { orderKeyText } from '@/lib/model/order-record';
import { formatMoney } from '@/lib/model/money';
import { amountOwed } from '@/lib/reminders/draft';
import { keyFor, t } from '@/lib/i18n/t';
import { useLiveQuery } from '../use-live-query';
import { formatDateTime } from '../format';
import { hrefOf } from './route';
import { buyerDisplayName } from '@/lib/model/buyer-name';
import { clockNow } from '@/lib/browser/clock';

/** Every open order, with what is owed, where the chase stands and its flags. */
export function OrderList({ db, locale }: DashboardProps) {
  const data = useLiveQuery(async () => openOrdersView(db, 500, await clockNow()), [db]);
  if (data.status !== 'ready') return data.status === 'error' ? <p class="error">{data.error.message}</p> : null;
  const { orders, dueNow, repeatNonPayers } = data.value;
  if (!orders.length) return <p class="muted">{t('dashNoOrders')}</p>;
  return (
    <table class="orders">
      <thead>
        <tr>
          <th>{t('dashColBuyer')}</th>
          <th>{t('dashColOrder')}</th>
          <th>{t('dashColOwed')}</th>
          <th>{t('dashColStage')}</th>
          <th>{t('dashColPlaced')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => {
          const key = orderKeyText(o);
          return (
            <tr key={key} data-order-id={o.orderId}>
              <td>
                <a href={hrefOf({ page: 'order', marketplace: o.marketplace, shop: o.shop, orderId: o.orderId })}>
                  {buyerDisplayName(o.buyer, t('buyerUnknown'))}
                </a>
                {dueNow.has(key) && <span class="flag flag-due">{t('popupReminderDue')}</span>}
                {repeatNonPayers.has(key) && <span class="flag flag-repeat">{t('popupRepeatNonPayer')}</span>}
              </td>
              <td>
                #{o.orderId} <span class="muted">{t(keyFor('marketplace', o.marketplace))}</span>
              </td>
              <td>{formatMoney(amountOwed(o), locale)}</td>
              <td>{t(keyFor('stage', o.chase.stage))}</td>
              <td>{formatDateTime(o.placedAt ?? o.firstSeenAt, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
