import { formatMoney, type Money } from '../model/money';
import type { OrderRecord } from '../model/order-record';
import type { Tone } from '../model/tone';
import { renderReminder, type RenderResult } from './render';
import { splitIntoInstalments } from '../tracker/instalments';
import { withoutPayLink } from './no-pay-link';
import type { ReminderLocale, ReminderTemplate, TemplateValues } from './types';
import { buyerDisplayName } from '../model/buyer-name';
import { dateTimeFormat } from '../i18n/intl-cache';

/** BCP 47 tag for Intl formatting in a reminder's language. */
export const INTL_LOCALE: Record<ReminderLocale, string> = { en: 'en-US', zh_CN: 'zh-CN', zh_TW: 'zh-TW' };

/**
 * Money as a reminder in `locale` writes it. The panel's headline uses it too, so the seller reads
 * the same "$1,238.80" or "US$1,238.80" above the draft as in it, before and after a send.
 */
export const formatReminderMoney = (money: Money, locale: ReminderLocale): string =>
  formatMoney(money, INTL_LOCALE[locale]);

/** Words a reminder needs when the order lacks something (no buyer name; no payment link: lib/reminders/no-pay-link.ts). */
const FALLBACK: Record<ReminderLocale, { buyer: string; itemsJoin: string; items: (n: number) => string }> = {
  en: { buyer: 'customer', itemsJoin: ', ', items: (n) => `${n} item${n === 1 ? '' : 's'}` },
  zh_CN: { buyer: '顾客', itemsJoin: '、', items: (n) => `${n} 件商品` },
  zh_TW: { buyer: '顧客', itemsJoin: '、', items: (n) => `${n} 件商品` },
};

/** Days a buyer is given to pay, by tone: a formal demand gives the customary week. */
const DAYS_TO_PAY: Record<Tone, number> = { friendly: 3, firm: 3, final_notice: 3, formal_demand: 7 };

export interface DraftContext {
  now: string;
  /** The zone deadlines are written in (the buyer's when known, else the seller's). */
  timeZone: string;
  /** {shop}: the name the seller set for the order's shop, else the seller's own (lib/db/settings.ts `signatureFor`). */
  shopName: string;
  /** {payLink} when the order has no payment link of its own: its shop's payment instructions, else the seller's. */
  paymentInstructions: string;
  /** When the platform closes the order by itself: the deadline never runs past it. */
  autoCloseAt?: string;
}

/** The deadline a reminder of this tone states: a few days from now, never after the platform closes the order. */
function deadlineFor(tone: Tone, ctx: Pick<DraftContext, 'now' | 'autoCloseAt'>): string {
  const deadline = Date.parse(ctx.now) + DAYS_TO_PAY[tone] * 86_400_000;
  const closes = ctx.autoCloseAt ? Date.parse(ctx.autoCloseAt) : Infinity;
  return new Date(Math.min(deadline, closes)).toISOString();
}

/** What is still owed: the console's amount due, less what the seller recorded as received. */
export function amountOwed(order: OrderRecord): Money {
  return order.amountDue ?? { amount: order.total.amount - order.chase.paid, currency: order.total.currency };
}

/** The values a template is filled with, formatted for the reader in the reminder's language; {payLink} is empty when the order names no way to pay. */
function reminderValues(order: OrderRecord, tone: Tone, locale: ReminderLocale, ctx: DraftContext): TemplateValues {
  const intl = INTL_LOCALE[locale];
  const words = FALLBACK[locale];
  const date = dateTimeFormat(intl, { dateStyle: 'long', timeZone: ctx.timeZone });
  // The agreed plan's open instalments; without one, the offer proposes three monthly instalments from the deadline.
  const agreed = (order.chase.plan ?? []).filter((i) => !i.paidAt);
  const plan = agreed.length ? agreed : splitIntoInstalments(amountOwed(order).amount, 3, deadlineFor(tone, ctx), 30);
  return {
    buyer: buyerDisplayName(order.buyer, words.buyer),
    orderId: order.orderId,
    amount: formatReminderMoney(amountOwed(order), locale),
    items: order.items.map((i) => (i.quantity === 1 ? i.title : `${i.quantity} × ${i.title}`)).join(words.itemsJoin),
    deadline: date.format(Date.parse(deadlineFor(tone, ctx))),
    payLink: order.payUrl ?? ctx.paymentInstructions.trim(),
    shop: ctx.shopName,
    instalmentPlan: plan
      .map(
        (i) =>
          `${date.format(Date.parse(i.dueAt))}: ${formatReminderMoney({ amount: i.amount, currency: order.total.currency }, locale)}`,
      )
      .join('; '),
  };
}

export interface DraftOptions {
  offerInstalments?: boolean;
  offerExtension?: boolean;
  /** The channel's limit, in characters. */
  maxLength?: number;
}

/** A reminder for one order in one tone and language: the template filled, offers added, shortened to fit the channel. */
export function draftReminder(
  order: OrderRecord,
  template: ReminderTemplate,
  ctx: DraftContext,
  opts: DraftOptions = {},
): RenderResult {
  const values = reminderValues(order, template.tone, template.locale, ctx);
  const filled = values.payLink ? { template, payLink: values.payLink } : withoutPayLink(template);
  return renderReminder(
    filled.template,
    { ...values, payLink: filled.payLink },
    { ...opts, itemsShort: FALLBACK[template.locale].items(order.items.reduce((n, i) => n + i.quantity, 0)) },
  );
}
