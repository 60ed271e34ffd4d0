import { browser } from 'wxt/browser';
import type { SettleDb } from '../db/schema';
import { recordChase } from '../db/chase';
import { listDue, nextDueAfter } from '../db/due';
import { replanIfSettingsChanged } from '../db/replan';
import { getChaseSettings } from '../db/settings';
import type { ChaseEvent } from '../model/chase';
import { orderKeyOf, orderKeyText, type OrderRecord } from '../model/order-record';
import { formatMoney } from '../model/money';
import { consoleUrlOf } from '../model/shop';
import { t, uiLocale } from '../i18n/t';
import { showBadgeCount } from '../browser/badge';
import { setReminderAlarm } from '../browser/alarms';
import { showDueNotification } from '../browser/notifications';

const NOTIFIED_KEY = 'notified-due';

/** A promise that passed unpaid is broken; an extension that ended lapses. Both resume the ladder. */
function lapseOf(order: OrderRecord, now: string): ChaseEvent | undefined {
  const { chase } = order;
  if (chase.stage === 'extended' && chase.extendedUntil && chase.extendedUntil <= now) return { type: 'extension_lapsed' };
  if (chase.promisedBy && chase.promisedBy <= now) return { type: 'promise_broken' };
  return undefined;
}

/**
 * Brings the reminders up to date: records lapsed promises and extensions, re-plans when the
 * zone or schedules changed, sets the badge to the reminders due now, notifies once per newly
 * due reminder, and sets the alarm for the next one. Runs at start-up, on install, on the alarm
 * and after every change; each step reads the database, so a restarted worker loses nothing.
 */
export async function refreshReminders(db: SettleDb, now = new Date().toISOString()): Promise<number> {
  await replanIfSettingsChanged(db);
  const settings = await getChaseSettings(db);
  let due = await listDue(db, settings, now);
  const lapses = [...due.orders.values()].map((o) => [o, lapseOf(o, now)] as const).filter(([, e]) => e);
  for (const [order, change] of lapses) await recordChase(db, orderKeyOf(order), change!, { now, url: order.url });
  if (lapses.length) due = await listDue(db, settings, now);

  await showBadgeCount(due.dueNow.length);
  await notifyNewlyDue(db, due.dueNow.map((c) => due.orders.get(orderKeyText(c))!));
  const next = await nextDueAfter(db, now);
  await setReminderAlarm(next ? Date.parse(next) : undefined);
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
    await showDueNotification(t('notifyDueOneTitle'), t('notifyDueOneBody', first.buyer.name ?? first.buyer.handle ?? t('buyerUnknown'), first.orderId, owed), consoleUrlOf(first) ?? dashboardUrlOf(first));
  } else {
    await showDueNotification(t('notifyDueManyTitle', fresh.length), t('notifyDueManyBody'), browser.runtime.getURL('/dashboard.html'));
  }
}

/** The dashboard's page for one order: where a notification for an order without a console page leads. */
function dashboardUrlOf(o: OrderRecord): string {
  return `${browser.runtime.getURL('/dashboard.html')}#/order/${o.marketplace}/${encodeURIComponent(o.shop)}/${encodeURIComponent(o.orderId)}`;
}
