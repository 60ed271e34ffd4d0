import type { SettleDb, ShopOrdersSummary } from '@/lib/db/schema';
import { getShopOrderCounts } from '@/lib/db/shop-order-counts';
import { ORDER_SORTS, STATUS_FILTERS, type OrderFilter, type OrderSort } from '@/lib/db/order-pages';
import { MARKETPLACE_IDS, type MarketplaceId } from '@/lib/model/order';
import { CLOSED_STAGES, OPEN_STAGES, type ChaseStage } from '@/lib/model/chase';
import { keyFor, t, type MessageKey } from '@/lib/i18n/t';
import { useLiveQuery } from '../use-live-query';
import { shopLabel } from '../shop-label';

interface Props {
  db: SettleDb;
  filter: OrderFilter;
  sort: OrderSort;
  onFilter: (filter: OrderFilter) => void;
  onSort: (sort: OrderSort) => void;
}

const SORT_LABELS: Record<OrderSort, MessageKey> = {
  newest: 'dashSortNewest',
  oldest: 'dashSortOldest',
  owed: 'dashSortOwed',
  due: 'dashSortDue',
};

const statusLabel = (status: OrderFilter['status']): string =>
  status === 'open' ? t('dashStatusOpen') : status === 'all' ? t('dashStatusAll') : t(keyFor('status', status));

/** What the list shows: search, console, shop, status, stage and sort. The shops come from the kept per-shop counts, never a scan. */
export function FilterBar({ db, filter, sort, onFilter, onSort }: Props) {
  const counts = useLiveQuery(() => getShopOrderCounts(db), [db]);
  const shops = counts.status === 'ready' ? shopsOf(counts.value) : [];
  const set = (change: Partial<OrderFilter>) => onFilter(withoutEmpty({ ...filter, ...change }));
  return (
    <form class="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('dashFilterSearch')}
        <input
          type="search"
          name="search"
          value={filter.search ?? ''}
          placeholder={t('dashSearchPlaceholder')}
          onInput={(e) => set({ search: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('dashFilterConsole')}
        <select
          name="marketplace"
          value={filter.marketplace ?? ''}
          onChange={(e) => set({ marketplace: (e.currentTarget.value || undefined) as MarketplaceId | undefined })}
        >
          <option value="">{t('dashFilterAny')}</option>
          {MARKETPLACE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(keyFor('marketplace', id))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashFilterShop')}
        <select
          name="shop"
          value={filter.shop ?? ''}
          onChange={(e) => set({ shop: e.currentTarget.value || undefined })}
        >
          <option value="">{t('dashFilterAny')}</option>
          {shops.map((shop) => (
            <option key={shop} value={shop} title={shop}>
              {shopLabel(shop)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashFilterStatus')}
        <select
          name="status"
          value={filter.status}
          onChange={(e) => set({ status: e.currentTarget.value as OrderFilter['status'] })}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashFilterStage')}
        <select
          name="stage"
          value={filter.stage ?? ''}
          onChange={(e) => set({ stage: (e.currentTarget.value || undefined) as ChaseStage | undefined })}
        >
          <option value="">{t('dashFilterAny')}</option>
          {[...OPEN_STAGES, ...CLOSED_STAGES].map((stage) => (
            <option key={stage} value={stage}>
              {t(keyFor('stage', stage))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashSort')}
        <select name="sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as OrderSort)}>
          {ORDER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

/** Shops that hold orders, by their short label. */
function shopsOf(counts: ShopOrdersSummary): string[] {
  return Object.keys(counts.byShop)
    .filter((shop) => (counts.byShop[shop] ?? 0) > 0)
    .sort((a, b) => shopLabel(a).localeCompare(shopLabel(b)));
}

function withoutEmpty(filter: OrderFilter): OrderFilter {
  const kept = { ...filter };
  for (const field of ['marketplace', 'shop', 'stage', 'search'] as const) if (!kept[field]) delete kept[field];
  return kept;
}
