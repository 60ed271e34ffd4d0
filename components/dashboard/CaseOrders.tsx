import type { CaseFacts } from '@/lib/cases/case-facts';
import type { OrderRecord } from '@/lib/model/order-record';
import { formatMoney } from '@/lib/model/money';
import { amountOwed } from '@/lib/reminders/draft';
import { keyFor, t } from '@/lib/i18n/t';
import { hrefOf } from './route';

/** A case on a buyer: every order it covers (this one first), what each still owes, and the sum per currency. */
export function CaseOrders({ facts, order, locale }: { facts: CaseFacts; order: OrderRecord; locale: string }) {
  if (!facts.others.length) return null;
  const line = (o: OrderRecord, self: boolean) => (
    <li key={o.orderId} data-order-id={o.orderId}>
      {self ? (
        <strong>#{o.orderId}</strong>
      ) : (
        <a href={hrefOf({ page: 'order', marketplace: o.marketplace, shop: o.shop, orderId: o.orderId })}>
          #{o.orderId}
        </a>
      )}{' '}
      · {formatMoney(o.open ? amountOwed(o) : { amount: 0, currency: o.total.currency }, locale)} ·{' '}
      {t(keyFor('stage', o.chase.stage))}
    </li>
  );
  return (
    <div class="case-orders">
      <p>{t('caseCovers', facts.others.length + 1)}</p>
      <ul>{[line(order, true), ...facts.others.map((o) => line(o, false))]}</ul>
      <p class="case-owed">
        <strong>{t('caseOwedTotal', facts.owed.map((m) => formatMoney(m, locale)).join(' + '))}</strong>
      </p>
    </div>
  );
}
