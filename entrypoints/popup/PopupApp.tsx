import { useEffect, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { orderKeyText, type OrderRecord } from '@/lib/model/order-record';
import { consoleUrlOf } from '@/lib/model/shop';
import { hrefOf } from '@/components/dashboard/route';
import { dueNowView, openOrdersView } from '@/lib/db/open-orders-view';
import { loadTabReading, type TabReading } from '@/lib/browser/tab-readings';
import { formatMoney } from '@/lib/model/money';
import { t } from '@/lib/i18n/t';
import { useOnceTrue } from '@/components/use-once-true';
import { useLiveQuery } from '@/components/use-live-query';
import { useRepeatNonPayers } from '@/components/use-repeat-non-payers';
import { OrderRow } from '@/components/OrderRow';
import { EmptyState } from '@/components/EmptyState';
import { TabStatus } from '@/components/TabStatus';
import { CaptureButton, type CapturePermission } from '@/components/CaptureButton';
import type { CaptureOutcome } from '@/lib/messaging/types';
import { clockNowSync } from '@/lib/browser/clock';

const PAGE_SIZE = 50;
/** Rows drawn when the popup opens: more than its list shows at once (440 px). The rest follow a frame later. */
const FIRST_ROWS = 10;
const NO_ORDERS: OrderRecord[] = [];

interface Props {
  db: SettleDb;
  locale: string;
  /** Settle's full page (all orders, debts added by hand). */
  dashboardUrl: string;
  openUrl: (url: string) => void;
  currentTabId: () => Promise<number | undefined>;
  /** Captures the order page in the current tab as evidence (the background does it). */
  capture?: { tab: () => Promise<CaptureOutcome>; permission: CapturePermission };
  /** Now as the background sees it (lib/browser/clock.ts), so the popup counts what the badge counts. */
  clock?: () => Promise<string>;
}

/** The toolbar popup: reminders due now, every unpaid order (newest activity first, flagged when due or from a repeat non-payer), and what Settle read in this tab. */
export function PopupApp({ db, locale, dashboardUrl, openUrl, currentTabId, capture, clock }: Props) {
  // With a clock, the orders are read once its answer is in: reading at once and again then doubled the work at open.
  const [now, setNow] = useState<string | undefined>(clock ? undefined : clockNowSync());
  useEffect(() => {
    void clock?.().then(setNow);
  }, []);
  const data = useLiveQuery(() => openOrdersView(db, PAGE_SIZE, now!), [db, now], now !== undefined);
  // What is due now, and who left other orders unpaid, are read once the list is in: the rows come first, their marks a moment after.
  const listIn = useOnceTrue(data.status === 'ready');
  const dueMarks = useLiveQuery(() => dueNowView(db, PAGE_SIZE, now!), [db, now], listIn);
  const repeatNonPayers = useRepeatNonPayers(db, data.status === 'ready' ? data.value.orders : NO_ORDERS, listIn);
  const [tabReading, setTabReading] = useState<TabReading | undefined>();
  useEffect(() => {
    void currentTabId().then((id) => (id === undefined ? undefined : loadTabReading(id).then(setTabReading)));
  }, []);

  // Once the first rows are painted, the rest of the page of orders is drawn.
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    if (data.status !== 'ready' || allRows) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setAllRows(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [data.status]);

  if (data.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (data.status === 'error') {
    return (
      <main class="popup">
        <p class="tab-status-error" role="alert">
          {t('popupLoadError', data.error.message)}
        </p>
      </main>
    );
  }
  const { orders, totals, caseDatesSoon } = data.value;
  const { dueNow, moreDue } =
    dueMarks.status === 'ready' ? dueMarks.value : { dueNow: new Set<string>(), moreDue: false };
  const owed = Object.entries(totals.openDueByCurrency).map(([currency, amount]) =>
    formatMoney({ amount, currency }, locale),
  );
  return (
    <main class="popup">
      <header class="popup-header">
        <div class="popup-title">
          <h1>{t('popupTitle')}</h1>
          <button type="button" class="open-dashboard" onClick={() => openUrl(dashboardUrl)}>
            {t('popupOpenDashboard')}
          </button>
        </div>
        {totals.openCount > 0 && (
          <p class="popup-summary">
            {dueNow.size > 0 && (
              <span class="summary-due-now">{t('popupDueNow', `${dueNow.size}${moreDue ? '+' : ''}`)}</span>
            )}
            <span class="summary-count">{t('popupSummaryCount', totals.openCount)}</span>
            <span class="summary-due">{t('popupSummaryDue', owed.join(' · '))}</span>
          </p>
        )}
        {caseDatesSoon > 0 && (
          <p class="popup-case-dates" role="status">
            {t('popupCaseDatesSoon', caseDatesSoon)}
          </p>
        )}
      </header>
      <TabStatus reading={tabReading} />
      {capture && tabReading?.reading.ok && tabReading.reading.kind === 'order-detail' && (
        <CaptureButton label={t('capturePopupButton')} capture={capture.tab} permission={capture.permission} />
      )}
      {orders.length === 0 ? (
        <EmptyState />
      ) : (
        <ul class="order-list">
          {(allRows ? orders : orders.slice(0, FIRST_ROWS)).map((order) => (
            <OrderRow
              key={`${order.marketplace}:${order.orderId}`}
              order={order}
              locale={locale}
              reminderDue={dueNow.has(orderKeyText(order))}
              repeatNonPayer={repeatNonPayers.has(orderKeyText(order))}
              onOpen={(o) =>
                openUrl(
                  consoleUrlOf(o) ??
                    `${dashboardUrl}${hrefOf({ page: 'order', marketplace: o.marketplace, shop: o.shop, orderId: o.orderId })}`,
                )
              }
            />
          ))}
        </ul>
      )}
      {totals.openCount > orders.length && <p class="popup-more">{t('popupMore', orders.length)}</p>}
    </main>
  );
}
