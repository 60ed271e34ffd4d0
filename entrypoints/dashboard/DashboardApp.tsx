import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { parseRoute, hrefOf, type Route } from '@/components/dashboard/route';
import { MANUAL_SHOP } from '@/lib/model/shop';
import { OrderList } from '@/components/dashboard/OrderList';
import { AddDebtForm } from '@/components/dashboard/AddDebtForm';
import { OrderDetail } from '@/components/dashboard/OrderDetail';
import type { DashboardProps } from '@/components/dashboard/dashboard-props';

/** Settle's full page: every open order, one order's chase and timeline, and debts added by hand. */
export function DashboardApp(props: DashboardProps) {
  const [route, setRoute] = useState<Route>(parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    // The address may have changed between the first render and this subscription: catch up.
    follow();
    return () => removeEventListener('hashchange', follow);
  }, []);
  const go = (next: Route) => {
    location.hash = hrefOf(next);
    setRoute(next);
  };
  return (
    <main class="dashboard">
      <header class="dash-header">
        <h1>
          <a href="#/">{t('dashTitle')}</a>
        </h1>
        <a class="button" href="#/add">
          {t('dashAddDebt')}
        </a>
      </header>
      {route.page === 'list' && <OrderList {...props} />}
      {route.page === 'add' && (
        <AddDebtForm
          {...props}
          onAdded={(orderId) => go({ page: 'order', marketplace: 'generic', shop: MANUAL_SHOP, orderId })}
        />
      )}
      {route.page === 'order' && (
        <OrderDetail {...props} marketplace={route.marketplace} shop={route.shop} orderId={route.orderId} />
      )}
    </main>
  );
}
