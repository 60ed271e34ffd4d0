import type { MarketplaceId } from '../../model/order';
import { isAddedByHand } from '../generic/added-by-hand';
import { consoles } from '../consoles';
import { DEFAULT_SELLER_TERMS, type SellerTerms } from '../generic/rules';
import type { MarketplaceRules, RuleConfidence, RuleSource, TimedRule } from './types';

export type { MarketplaceRules, RuleConfidence, TimedRule } from './types';
export { DEFAULT_SELLER_TERMS, type SellerTerms } from '../generic/rules';

/** Every console's rules (lib/marketplaces/<id>/rules.ts), from the consoles list. */
export const ALL_RULES: readonly MarketplaceRules[] = consoles.allRules;

export function rulesFor(marketplace: MarketplaceId): MarketplaceRules {
  return consoles.rulesFor(marketplace);
}

/** The order fields the rules count from (ISO 8601 strings, as on OrderSnapshot). */
export interface RuleOrder {
  marketplace: MarketplaceId;
  placedAt?: string;
  dueAt?: string;
  lastModifiedAt?: string;
}

export interface RuleDate {
  kind: 'auto-close' | 'may-cancel' | 'case-opens' | 'window-closes' | 'payment-due';
  /** ISO 8601 UTC. */
  at: string;
  /**
   * The calendar day alone (YYYY-MM-DD), when the date has no time of day: an order's own due date
   * the console prints as a day ("Payment due Dec 2, 2026"). Shown as that day, never as its midnight.
   */
  day?: string;
  confidence: RuleConfidence;
  source?: RuleSource;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const TIMED_KINDS = [
  ['autoClose', 'auto-close'],
  ['sellerMayCancel', 'may-cancel'],
  ['caseOpens', 'case-opens'],
  ['windowCloses', 'window-closes'],
] as const;

/**
 * Epoch milliseconds of an ISO 8601 string; undefined when missing or unreadable.
 * A date-time without an offset ("2026-11-19T14:05:22") is the console's wall time in a zone we do
 * not know; it is read as UTC, so its deadlines can be off by the console's offset (8 h on Taobao).
 * JavaScript would read it as the browser's local time, which differs per seller.
 */
/** A date without a time of day, as the shared date parser gives a day a console prints alone. */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

function instant(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const hasNoOffset = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso);
  const ms = Date.parse(hasNoOffset ? `${iso}Z` : iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `hours` of Monday–Friday time after `start`: Saturday and Sunday (in UTC) do not count. */
function addBusinessHours(start: number, hours: number): number {
  let at = start;
  let left = hours * HOUR_MS;
  for (;;) {
    const nextMidnight = Math.floor(at / DAY_MS) * DAY_MS + DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      if (left <= nextMidnight - at) return at + left;
      left -= nextMidnight - at;
    }
    at = nextMidnight;
  }
}

/** When a rule falls due, counted from `from` (ISO 8601); undefined when `from` is unreadable. */
export function ruleDeadline(from: string, rule: Pick<TimedRule, 'hours' | 'calendar'>): string | undefined {
  const start = instant(from);
  if (start === undefined) return undefined;
  const end = rule.calendar === 'business' ? addBusinessHours(start, rule.hours) : start + rule.hours * HOUR_MS;
  return new Date(end).toISOString();
}

function startOf(order: RuleOrder, rule: TimedRule): string | undefined {
  switch (rule.from) {
    case 'placed':
      return order.placedAt;
    case 'last-modified':
      return order.lastModifiedAt;
    case 'invoice-sent':
      return undefined; // No reader records when an invoice went out yet.
  }
}

function timedDate(order: RuleOrder, rule: TimedRule, kind: RuleDate['kind']): RuleDate | undefined {
  const from = startOf(order, rule);
  const at = from && ruleDeadline(from, rule);
  return at ? { kind, at, confidence: rule.confidence, ...(rule.source && { source: rule.source }) } : undefined;
}

/** The order's own due date, else (orders added by hand only) the order date + the seller's terms. */
function paymentDue(order: RuleOrder, terms: SellerTerms | undefined): RuleDate | undefined {
  const own = instant(order.dueAt);
  if (own !== undefined)
    return {
      kind: 'payment-due',
      at: new Date(own).toISOString(),
      confidence: 'verified',
      ...(CALENDAR_DAY.test(order.dueAt!) && { day: order.dueAt }),
    };
  if (!isAddedByHand(order) || !order.placedAt) return undefined;
  const at = ruleDeadline(order.placedAt, {
    hours: (terms ?? DEFAULT_SELLER_TERMS).dueDays * 24,
    calendar: 'calendar',
  });
  return at ? { kind: 'payment-due', at, confidence: terms ? 'verified' : 'unverified-default' } : undefined;
}

/**
 * Every dated moment the order's marketplace rules give it, earliest first. A rule whose starting
 * point the order lacks (no placedAt, no lastModifiedAt) gives no date.
 */
export function ruleDates(order: RuleOrder, opts: { terms?: SellerTerms; rules?: MarketplaceRules } = {}): RuleDate[] {
  const rules = opts.rules ?? rulesFor(order.marketplace);
  const dates: RuleDate[] = [];
  for (const [key, kind] of TIMED_KINDS) {
    const rule = rules[key];
    const date = rule && timedDate(order, rule, kind);
    if (date) dates.push(date);
  }
  const due = paymentDue(order, opts.terms);
  if (due) dates.push(due);
  // The sort is stable: ties keep rule order (auto-close before may-cancel).
  return dates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** When the platform will close the unpaid order by itself, if it does and we know when. */
export function autoCloseAt(
  order: RuleOrder,
  rules: MarketplaceRules = rulesFor(order.marketplace),
): string | undefined {
  const close = ruleDates(order, { rules }).find((d) => d.kind === 'auto-close');
  return close && close.at;
}

/**
 * The close reminders are timed and worded by: the platform's auto-close, unless its rule says it
 * cannot move reminders (AutoCloseRule.movesReminders, with the reason beside it).
 */
export function reminderCloseAt(
  order: RuleOrder,
  rules: MarketplaceRules = rulesFor(order.marketplace),
): string | undefined {
  return rules.autoClose && rules.autoClose.movesReminders ? autoCloseAt(order, rules) : undefined;
}
