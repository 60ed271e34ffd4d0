import type { SettleDb } from '../db/schema';
import { listOpenCases } from '../db/open-cases';
import { caseWarnings, type NearDate } from '../cases/case-warnings';
import { formatDateTime } from '../i18n/format-date-time';
import { keyFor, t, uiLocale } from '../i18n/t';
import { dashboardOrderUrl, dashboardUrl } from '../browser/extension-pages';
import { showCaseNotification } from '../browser/notifications';
import { buyerDisplayName } from '../model/buyer-name';

/** The settings row that remembers which near case dates were announced. */
const ANNOUNCED_KEY = 'notified-case-dates';

/** More dates than this turning near at once (the first run after an update) get one notification between them. */
const MAX_SEPARATE = 3;

export interface CaseDeadlineCheck {
  /** Case dates within their warning period: the badge counts them beside the reminders due. */
  soon: number;
  /** When one next turns near or passes (epoch ms), for the alarm. */
  nextChangeAt?: number;
}

/**
 * Brings the case dates up to date: finds every open case's dates within their warning period
 * (read by the open-case index, never by scanning the orders), announces each one once — a date
 * already announced is not announced again on the next refresh or after a restart — and says
 * when to look again.
 */
export async function refreshCaseDeadlines(db: SettleDb, now: string): Promise<CaseDeadlineCheck> {
  const { near, nextChangeAt } = caseWarnings(await listOpenCases(db), now);
  await announceNewlyNear(db, near);
  return { soon: near.length, ...(nextChangeAt !== undefined && { nextChangeAt }) };
}

async function announceNewlyNear(db: SettleDb, near: NearDate[]): Promise<void> {
  const before = new Set(((await db.settings.get(ANNOUNCED_KEY))?.value as string[] | undefined) ?? []);
  const fresh = near.filter((n) => !before.has(n.key));
  // Runs after every page read: write only when the set of near dates changed.
  if (fresh.length || near.length !== before.size)
    await db.settings.put({ key: ANNOUNCED_KEY, value: near.map((n) => n.key) });
  if (fresh.length > MAX_SEPARATE)
    return showCaseNotification('many', t('notifyCaseManyTitle', fresh.length), t('notifyDueManyBody'), dashboardUrl());
  // The case, its dates and its package live on the order's page in Settle, not on the console.
  for (const n of fresh) await showCaseNotification(tagOf(n.key), titleOf(n), bodyOf(n), dashboardOrderUrl(n.order));
}

function titleOf({ date, order }: NearDate): string {
  const at = formatDateTime(date.at, uiLocale());
  if (date.kind === 'deadline') return t('notifyCaseDeadline', at);
  if (date.kind === 'window') return t('notifyCaseWindow', t(keyFor('venue', order.chase.case?.venue ?? 'other')), at);
  return t('notifyCaseLimitation', at);
}

const bodyOf = ({ order }: NearDate) =>
  t('notifyCaseBody', buyerDisplayName(order.buyer, t('buyerUnknown')), order.orderId);

/** A short, stable tag for a date's key (FNV-1a, 32 bits): the same date always gets the same notification. */
function tagOf(key: string): string {
  let hash = 0x811c9dc5;
  for (const ch of key) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `d${hash.toString(16)}`;
}
