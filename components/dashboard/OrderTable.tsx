import { useEffect, useRef } from 'preact/hooks';
import { orderKeyText, type OrderRecord } from '@/lib/model/order-record';
import { formatMoney } from '@/lib/model/money';
import { amountOwed } from '@/lib/reminders/draft';
import { keyFor, t } from '@/lib/i18n/t';
import { buyerDisplayName } from '@/lib/model/buyer-name';
import { formatDateTime } from '../format';
import { useVirtualRows } from '../use-virtual-rows';
import { shopLabel } from '../shop-label';
import { hrefOf } from './route';

/** Fixed row height (px, also in dashboard.css): rows are placed, not measured. */
const ROW_HEIGHT = 52;
/** Read the next page when the rows shown come this close to the last one read. */
const NEAR_END = 20;

interface Props {
  orders: OrderRecord[];
  locale: string;
  dueNow: Set<string>;
  repeatNonPayers: ReadonlySet<string>;
  /** More orders may follow the ones read. */
  hasMore: boolean;
  onNeedMore: () => void;
}

/**
 * The orders as a table whose body holds only the rows in view (and a few around them): a
 * list of thousands costs the DOM a screenful. Explicit table roles keep it a table for screen
 * readers though the rows are laid out as a grid; aria-rowcount says how many rows there are
 * (-1 while more may follow) and each row its place. Arrow keys move between rows' links.
 */
export function OrderTable({ orders, locale, dueNow, repeatNonPayers, hasMore, onNeedMore }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualRows(orders.length, scroller, ROW_HEIGHT);
  const items = rows.getVirtualItems();
  const lastShown = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastShown >= orders.length - NEAR_END) onNeedMore();
  }, [hasMore, lastShown, orders.length]);

  const focusRow = (index: number) => {
    if (index < 0 || index >= orders.length) return;
    rows.scrollToIndex(index);
    // The row may render only after the scroll: focus it on the next frame.
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLAnchorElement>(`tr[data-index="${index}"] a`)?.focus(),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const row = (e.target as HTMLElement).closest('tr[data-index]');
    if (!row) return;
    const index = Number(row.getAttribute('data-index'));
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: orders.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusRow(to);
  };

  return (
    <div class="orders-scroll" ref={scroller}>
      <table
        class="orders"
        role="table"
        aria-label={t('dashOrdersLabel')}
        aria-rowcount={hasMore ? -1 : orders.length + 1}
      >
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader">{t('dashColBuyer')}</th>
            <th role="columnheader">{t('dashColOrder')}</th>
            <th role="columnheader">{t('dashColShop')}</th>
            <th role="columnheader">{t('dashColOwed')}</th>
            <th role="columnheader">{t('dashColStage')}</th>
            <th role="columnheader">{t('dashColPlaced')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup" style={{ height: `${rows.getTotalSize()}px` }} onKeyDown={onKeyDown}>
          {items.map((item) => {
            const o = orders[item.index]!;
            const key = orderKeyText(o);
            return (
              <tr
                key={key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-order-id={o.orderId}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <td role="cell">
                  <a href={hrefOf({ page: 'order', marketplace: o.marketplace, shop: o.shop, orderId: o.orderId })}>
                    {buyerDisplayName(o.buyer, t('buyerUnknown'))}
                  </a>
                  {dueNow.has(key) && <span class="flag flag-due">{t('popupReminderDue')}</span>}
                  {repeatNonPayers.has(key) && <span class="flag flag-repeat">{t('popupRepeatNonPayer')}</span>}
                </td>
                <td role="cell">#{o.orderId}</td>
                <td role="cell">
                  <span class="console">{t(keyFor('marketplace', o.marketplace))}</span>
                  <span class="shop muted" title={o.shop}>
                    {shopLabel(o.shop)}
                  </span>
                </td>
                {/* A closed order owes nothing the chase asks for: what a cancelled order once owed is on its page. */}
                <td role="cell">{o.open ? formatMoney(amountOwed(o), locale) : '—'}</td>
                <td role="cell">{t(keyFor('stage', o.chase.stage))}</td>
                <td role="cell">{formatDateTime(o.placedAt ?? o.firstSeenAt, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
