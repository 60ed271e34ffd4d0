import type { SettleDb } from '../db/schema';
import { recordChase } from '../db/chase';
import { listDue, nextDueAfter } from '../db/due';
import { replanIfSettingsChanged } from '../db/replan';
import type { ChaseEvent } from '../model/chase';
import { orderKeyOf, orderKeyText, type OrderRecord } from '../model/order-record';
import { formatMoney } from '../model/money';
import { consoleUrlOf } from '../model/shop';
import { t, uiLocale } from '../i18n/t';
import { showBadgeCount } from '../browser/badge';
import { setReminderAlarm } from '../browser/alarms';
import { showDueNotification } from '../browser/notifications';
import { dashboardOrderUrl, dashboardUrl } from '../browser/extension-pages';
import { refreshCaseDeadlines } from './case-deadlines';
import { buyerDisplayName } from '../model/buyer-name';

const NOTIFIED_KEY = 'notified-due';
/**
 * The most reminders the badge counts one by one, as many as the popup's first page: beyond it the
 * badge says "50+". Counting them all would read every due order, and what is due changes with
 * the time alone (no write marks it), so no count kept with the writes can stand in.
 */
export const BADGE_COUNTED = 50;

/** A promise that passed unpaid is broken; an extension that ended lapses. Both resume the ladder. */
function lapseOf(order: OrderRecord, now: string): ChaseEvent | undefined {
  const { chase } = order;
  if (chase.stage === 'extended' && chase.extendedUntil && chase.extendedUntil <= now)
    return { type: 'extension_lapsed' };
  if (chase.promisedBy && chase.promisedBy <= now) return { type: 'promise_broken' };
  return undefined;
}

/**
 * Brings the reminders and the cases' dates up to date: records lapsed promises and extensions,
 * re-plans when the zone or schedules changed, notifies once per newly due reminder and once per
 * case date that came near (lib/background/case-deadlines.ts), sets the badge to the reminders
 * due now plus the case dates near, and sets the alarm for whichever comes first: the next
 * reminder, or a case date turning near or passing. Runs at start-up, on install, on the alarm
 * and after every change; each step reads the database, so a restarted worker loses nothing.
 * Lapses are found among the due orders read (at most BADGE_COUNTED, and listDue stops once every
 * shop reached its daily cap): one further down the index is recorded by a later refresh that
 * reaches it. Returns the number of reminders due now, counted up to BADGE_COUNTED.
 */
export async function refreshReminders(db: SettleDb, now: string): Promise<number> {
  await replanIfSettingsChanged(db);
  let due = await listDue(db, now, { limit: BADGE_COUNTED });
  const lapses = [...due.orders.values()].map((o) => [o, lapseOf(o, now)] as const).filter(([, e]) => e);
  for (const [order, change] of lapses) await recordChase(db, orderKeyOf(order), change!, { now, url: order.url });
  if (lapses.length) due = await listDue(db, now, { limit: BADGE_COUNTED });

  const cases = await refreshCaseDeadlines(db, now);
  await showBadgeCount(due.dueNow.length + cases.soon, !!due.next);
  await notifyNewlyDue(
    db,
    due.dueNow.map((c) => due.orders.get(orderKeyText(c))!),
  );
  const next = await nextDueAfter(db, now);
  const wakes = [next ? Date.parse(next) : undefined, cases.nextChangeAt].filter((w): w is number => w !== undefined);
  await setReminderAlarm(wakes.length ? Math.min(...wakes) : undefined);
  return due.dueNow.length;
}

/** One notification for the reminders that became due since the last one; none for those already announced. */
async function notifyNewlyDue(db: SettleDb, dueOrders: OrderRecord[]): Promise<void> {
  const keys = dueOrders.map((o) => `${orderKeyText(o)}@${o.nextDueAt}`);
  const before = new Set(((await db.settings.get(NOTIFIED_KEY))?.value as string[] | undefined) ?? []);
  const fresh = dueOrders.filter((_, i) => !before.has(keys[i]!));
  // Runs after every page read: write only when the set of due reminders changed.
  if (fresh.length || keys.length !== before.size) await db.settings.put({ key: NOTIFIED_KEY, value: keys });
  if (!fresh.length) return;
  const [first] = fresh;
  if (fresh.length === 1 && first) {
    const owed = formatMoney(first.amountDue ?? first.total, uiLocale());
    await showDueNotification(
      t('notifyDueOneTitle'),
      t('notifyDueOneBody', buyerDisplayName(first.buyer, t('buyerUnknown')), first.orderId, owed),
      consoleUrlOf(first) ?? dashboardOrderUrl(first),
    );
  } else {
    await showDueNotification(t('notifyDueManyTitle', fresh.length), t('notifyDueManyBody'), dashboardUrl());
  }
}
