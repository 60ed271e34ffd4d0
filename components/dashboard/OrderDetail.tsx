import type { DashboardProps } from './dashboard-props';
import { isAddedByHand } from '@/lib/marketplaces/generic/added-by-hand';
import { useEffect, useRef } from 'preact/hooks';
import { checkOrderChain, getOrder, getOrderEvents } from '@/lib/db/queries';
import { buyerOrders, leftUnpaid } from '@/lib/db/buyers';
import { isBuyerPaused } from '@/lib/db/buyer-pause';
import { canSetBuyerLocale } from '@/lib/db/buyer-locale';
import { getDetectedShopLocales } from '@/lib/db/shop-languages';
import { shopReminderLocale } from '@/lib/reminders/reminder-locale';
import { getChaseSettings } from '@/lib/db/settings';
import { planReminder } from '@/lib/db/plan';
import { ruleDates } from '@/lib/marketplaces/rules';
import type { MarketplaceId } from '@/lib/model/order';
import { buyerKeyFor } from '@/lib/model/order-record';
import { consoleUrlOf } from '@/lib/model/shop';
import { formatMoney } from '@/lib/model/money';
import { amountOwed } from '@/lib/reminders/draft';
import { keyFor, t } from '@/lib/i18n/t';
import { describeChain } from '@/lib/i18n/describe-chain';
import { describeOutcome } from '@/lib/i18n/describe-outcome';
import { useLiveQuery } from '../use-live-query';
import { formatDateTime, formatRuleDate } from '../format';
import { hrefOf } from './route';
import { Timeline } from './Timeline';
import { ChainStatus } from './ChainStatus';
import { ChaseActions } from './ChaseActions';
import { BuyerLanguage } from './BuyerLanguage';
import { ManualReminder } from './ManualReminder';
import { EvidencePanel } from './EvidencePanel';
import { ExportPackage } from './ExportPackage';
import { CasePanel } from './CasePanel';
import { DemandLetter } from './DemandLetter';
import { caseFacts } from '@/lib/cases/case-facts';
import { caseCandidates } from '@/lib/cases/buyer-case';
import { getOrderEvidence } from '@/lib/db/evidence';
import { otherCaseOrders } from '@/lib/db/case-orders';
import { buyerDisplayName } from '@/lib/model/buyer-name';
import { clockNow } from '@/lib/browser/clock';

/** One order: what is owed, where the chase stands, the marketplace's dates, the buyer's record, what to do next, and its timeline. */
export function OrderDetail(props: DashboardProps & { marketplace: MarketplaceId; shop: string; orderId: string }) {
  const { db, locale, marketplace, shop, orderId } = props;
  const data = useLiveQuery(async () => {
    const order = await getOrder(db, [marketplace, shop, orderId]);
    if (!order) return undefined;
    const settings = await getChaseSettings(db);
    const buyers = await buyerOrders(db, buyerKeyFor(order));
    const buyerLocale = canSetBuyerLocale(order)
      ? (await db.buyers.get(buyerKeyFor(order)))?.reminderLocale
      : undefined;
    const shopLocale = shopReminderLocale(settings, await getDetectedShopLocales(db), order.shop);
    return {
      order,
      settings,
      events: await getOrderEvents(db, [marketplace, shop, orderId]),
      // Re-hashes this order's events (synchronous SHA-256, ~0.02 ms an event): fine for one order.
      chain: await checkOrderChain(db, [marketplace, shop, orderId]),
      evidence: await getOrderEvidence(db, [marketplace, shop, orderId]),
      history: buyers.filter((o) => o.orderId !== orderId),
      candidates: caseCandidates(order, buyers),
      caseOrders: await otherCaseOrders(db, order),
      planned: planReminder(order, settings),
      now: await clockNow(),
      buyerPaused: await isBuyerPaused(db, buyerKeyFor(order)),
      dates: ruleDates(order, { terms: settings.sellerTerms }),
      buyerLocale,
      shopLocale,
    };
  }, [db, marketplace, shop, orderId]);
  // Opening an order (from the list, or the debt just added) starts the keyboard at its heading, not at the top.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = data.status === 'ready' && !!data.value;
  useEffect(() => void (shown && heading.current?.focus()), [shown, orderId]);
  if (data.status === 'loading') return null;
  if (data.status === 'error') return <p class="error">{data.error.message}</p>;
  if (!data.value) return <p class="error">{t('dashOrderMissing', orderId)}</p>;
  const {
    order,
    settings,
    events,
    chain,
    evidence,
    history,
    candidates,
    caseOrders,
    planned,
    dates,
    buyerPaused,
    buyerLocale,
    shopLocale,
    now,
  } = data.value;
  const reminderLocale = buyerLocale ?? shopLocale;
  const { chase } = order;
  const money = (amount: number) => formatMoney({ amount, currency: order.total.currency }, locale);
  const unpaidBefore = order.buyerKey === '(unknown)' ? [] : history.filter(leftUnpaid);
  const openCase = caseFacts(order, events, now, caseOrders);
  const chainStatus = describeChain(chain, events, order.total.currency, locale);
  // A closed order owes nothing: it says what it came to (a write-off or a settlement by its own line below).
  const outcome = describeOutcome(order, (m) => formatMoney(m, locale));
  // The console can send a reminder only for an open order that is not paused or in a case.
  const canRemind = order.open === 1 && !chase.paused && chase.stage !== 'case';

  return (
    <article class="order-detail" data-order-id={order.orderId}>
      <h2 tabIndex={-1} ref={heading}>
        {buyerDisplayName(order.buyer, t('buyerUnknown'))} · #{order.orderId}
      </h2>
      {unpaidBefore.length > 0 && (
        <p class="warning" role="alert">
          {t('panelRepeatNonPayer', unpaidBefore.map((o) => `#${o.orderId}`).join(', '))}
        </p>
      )}
      <div class="columns">
        <dl class="facts">
          {!outcome && (
            <>
              <dt>{t('dashOwed')}</dt>
              <dd class="owed">{formatMoney(amountOwed(order), locale)}</dd>
            </>
          )}
          <dt>{t('dashTotal')}</dt>
          <dd>{money(order.total.amount)}</dd>
          {chase.paid > 0 && (
            <>
              <dt>{t('dashReceived')}</dt>
              <dd>{money(chase.paid)}</dd>
            </>
          )}
          {chase.overpaid !== undefined && (
            <>
              <dt>{t('dashOverpaid')}</dt>
              <dd class="overpaid">{money(chase.overpaid)}</dd>
            </>
          )}
          {chase.waived !== undefined && (
            <>
              <dt>{t('dashWaived')}</dt>
              <dd>{money(chase.waived)}</dd>
            </>
          )}
          {chase.writtenOff !== undefined && (
            <>
              <dt>{t('dashWrittenOff')}</dt>
              <dd>{money(chase.writtenOff)}</dd>
            </>
          )}
          <dt>{t('dashColStage')}</dt>
          <dd class="stage">
            {outcome && chase.writtenOff === undefined && chase.waived === undefined
              ? outcome
              : t(keyFor('stage', chase.stage))}
            {chase.paused && ` · ${t('dashPausedShort')}`}
          </dd>
          <dt>{t('dashRemindersSent')}</dt>
          <dd>{chase.remindersSent}</dd>
          {chase.promisedBy && (
            <>
              <dt>{t('dashPromisedBy')}</dt>
              <dd>{formatDateTime(chase.promisedBy, locale)}</dd>
            </>
          )}
          {chase.extendedUntil && (
            <>
              <dt>{t('dashExtendedUntil')}</dt>
              <dd>{formatDateTime(chase.extendedUntil, locale)}</dd>
            </>
          )}
          <dt>{t('dashNextReminder')}</dt>
          <dd>
            {planned
              ? `${t(keyFor('tone', planned.tone))} · ${formatDateTime(planned.dueAt, locale)}`
              : t('dashNoReminder')}
          </dd>
          <dt>{t('dashContact')}</dt>
          <dd>{[order.buyer.email, order.buyer.phone].filter(Boolean).join(' · ') || '—'}</dd>
          <dt>{t('dashColOrder')}</dt>
          <dd>
            {t(keyFor('marketplace', order.marketplace))} ·{' '}
            {order.items.map((i) => (i.quantity === 1 ? i.title : `${i.quantity} × ${i.title}`)).join(', ')}
          </dd>
        </dl>
        <div>
          {dates.length > 0 && (
            <>
              <h3>{t('panelRuleDates')}</h3>
              <ul class="rule-dates">
                {dates.map((d) => (
                  <li key={d.kind}>
                    {t(keyFor('rule', d.kind), formatRuleDate(d, locale))}
                    {d.confidence === 'unverified-default' && ` ${t('ruleUnverified')}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {chase.plan && (
            <>
              <h3>{t('dashPlan')}</h3>
              <ul class="plan">
                {chase.plan.map((i) => (
                  <li key={i.dueAt}>
                    {formatDateTime(i.dueAt, locale)}: {money(i.amount)}{' '}
                    {i.paidAt ? `✓ ${t('dashInstalmentPaid')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {history.length > 0 && (
            <>
              <h3>{t('dashBuyerHistory')}</h3>
              <ul class="history">
                {history.map((o) => (
                  <li key={o.orderId}>
                    <a href={hrefOf({ page: 'order', marketplace: o.marketplace, shop: o.shop, orderId: o.orderId })}>
                      #{o.orderId}
                    </a>{' '}
                    · {formatMoney(o.total, locale)} · {t(keyFor('stage', o.chase.stage))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      {isAddedByHand(order)
        ? // Keyed by language: choosing another for the buyer starts the draft again in it.
          order.open === 1 && (
            <ManualReminder
              key={reminderLocale}
              {...props}
              order={order}
              settings={settings}
              planned={planned}
              reminderLocale={reminderLocale}
            />
          )
        : // Only the order's own page on its own shop's site is ever linked.
          consoleUrlOf(order) && (
            <p>
              <a href={consoleUrlOf(order)} target="_blank" rel="noopener noreferrer">
                {t(canRemind ? 'dashOpenInConsole' : 'dashOpenInConsoleOnly')}
              </a>
            </p>
          )}
      <BuyerLanguage db={db} order={order} buyerLocale={buyerLocale} shopLocale={shopLocale} />
      <ChaseActions
        {...props}
        order={order}
        buyerPaused={buyerPaused}
        timeZone={settings.timeZone}
        caseCandidates={candidates}
      />
      {openCase && (
        <>
          <CasePanel
            db={db}
            facts={openCase}
            order={order}
            locale={locale}
            timeZone={settings.timeZone}
            onChanged={props.onChanged}
          />
          <DemandLetter
            {...props}
            order={order}
            events={events}
            facts={openCase}
            settings={settings}
            reminderLocale={reminderLocale}
          />
        </>
      )}
      <EvidencePanel {...props} orderKey={[marketplace, shop, orderId]} evidence={evidence} />
      <ExportPackage {...props} orderKey={[marketplace, shop, orderId]} />
      <h3>{t('dashTimeline')}</h3>
      <ChainStatus status={chainStatus} head={chain.ok ? chain.head : undefined} />
      <Timeline events={events} currency={order.total.currency} locale={locale} brokenAt={chainStatus.at} />
    </article>
  );
}
