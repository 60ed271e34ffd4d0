import { useState } from 'preact/hooks';
import type { DashboardProps } from './dashboard-props';
import { SEARCH_LIMIT, type OrderFilter, type OrderSort } from '@/lib/db/order-pages';
import { listDue } from '@/lib/db/due';
import { orderKeyText } from '@/lib/model/order-record';
import { t } from '@/lib/i18n/t';
import { clockNow } from '@/lib/browser/clock';
import { useOnceTrue } from '../use-once-true';
import { useLiveQuery } from '../use-live-query';
import { useRepeatNonPayers } from '../use-repeat-non-payers';
import { FilterBar } from './FilterBar';
import { OrderTable } from './OrderTable';
import { useOrderPages } from './use-order-pages';

/** How many reminders due now the list marks: the popup's page of them, read by the due index. */
const DUE_MARKS = 200;
const ALL_OPEN: OrderFilter = { status: 'open' };

/** Every order, page by page as the seller scrolls, searched, filtered and sorted on indexes, with its flags. */
export function OrderList({ db, locale }: DashboardProps) {
  const [filter, setFilter] = useState<OrderFilter>(ALL_OPEN);
  const [sort, setSort] = useState<OrderSort>('newest');
  const list = useOrderPages(db, filter, sort);
  // The marks are read once the list's first page is in: the rows come first, their marks a moment after.
  const listIn = useOnceTrue(!list.loading);
  const due = useLiveQuery(
    async () => {
      const page = await listDue(db, await clockNow(), { limit: DUE_MARKS });
      return new Set(page.dueNow.map(orderKeyText));
    },
    [db],
    listIn,
  );
  const repeatNonPayers = useRepeatNonPayers(db, list.orders, listIn);
  const filtered = JSON.stringify(filter) !== JSON.stringify(ALL_OPEN);
  const empty = !list.loading && !list.hasMore && !list.orders.length;
  return (
    <section class="order-list">
      <FilterBar db={db} filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
      {list.error && <p class="error">{list.error.message}</p>}
      {empty && !filtered && <p class="muted">{t('dashNoOrders')}</p>}
      {empty && filtered && (
        <p class="muted no-match">
          {t('dashNoMatch')}{' '}
          <button type="button" class="link" onClick={() => setFilter(ALL_OPEN)}>
            {t('dashClearFilters')}
          </button>
        </p>
      )}
      {!empty && (
        <OrderTable
          orders={list.orders}
          locale={locale}
          dueNow={due.status === 'ready' ? due.value : new Set()}
          repeatNonPayers={repeatNonPayers}
          hasMore={list.hasMore}
          onNeedMore={list.loadMore}
        />
      )}
      {list.loading && list.orders.length > 0 && (
        <p class="muted loading-more" aria-live="polite">
          {t('dashLoadingMore')}
        </p>
      )}
      {list.capped && <p class="muted">{t('dashSearchCapped', String(SEARCH_LIMIT))}</p>}
    </section>
  );
}
