import { sentReminders, type OrderEvent } from '../model/events';
import type { OrderRecord } from '../model/order-record';
import { formatMoney } from '../model/money';
import { amountOwed, INTL_LOCALE } from '../reminders/draft';
import type { ReminderLocale } from '../reminders/types';
import type { Jurisdiction } from './venues';
import { buyerDisplayName } from '../model/buyer-name';
import { dateTimeFormat } from '../i18n/intl-cache';

/**
 * A formal demand drafted from a case, in the form its jurisdiction expects: a letter before claim
 * for England and Wales (Pre-Action Protocol for Debt Claims, Annex 1: the amount, how it arose,
 * how to pay, 30 days to reply with the Reply Form), a demand letter for a US state (California
 * asks for a demand before a small claim), a 催款函 for mainland China, a 存證信函-style letter for
 * Taiwan; elsewhere a formal demand in the seller's language. Plain text the seller edits before it
 * is kept; like the reminder templates, its words are the letter's own language, not the UI's.
 */

export type LetterStyle = Jurisdiction | 'general';

/** Days the buyer is given, as each form expects. */
export const REPLY_DAYS: Record<LetterStyle, number> = {
  'england-wales': 30,
  'us-california': 14,
  'mainland-china': 7,
  'hong-kong': 14,
  taiwan: 7,
  general: 14,
};

/** The letter's language: the jurisdiction's own, else the language the buyer's reminders are in. */
export function letterLocale(style: LetterStyle, reminderLocale: ReminderLocale): ReminderLocale {
  if (style === 'mainland-china') return 'zh_CN';
  if (style === 'taiwan') return 'zh_TW';
  if (style === 'england-wales' || style === 'us-california') return 'en';
  return reminderLocale;
}

export interface LetterInput {
  order: OrderRecord;
  events: OrderEvent[];
  style: LetterStyle;
  locale: ReminderLocale;
  seller: string;
  /** How to pay: the order's own payment link, else the seller's instructions. */
  howToPay: string;
  now: string;
  timeZone: string;
}

interface Facts {
  date: (iso: string) => string;
  owed: string;
  total: string;
  orderDate: string;
  items: string;
  reminders: string[];
  deadline: string;
  buyer: string;
  seller: string;
  orderId: string;
  howToPay: string;
}

function factsOf(input: LetterInput): Facts {
  const { order, events, locale, now, timeZone } = input;
  // A letter to England and Wales writes its dates the British way (2 December 2026).
  const intl = input.style === 'england-wales' ? 'en-GB' : INTL_LOCALE[locale];
  const date = (iso: string) => dateTimeFormat(intl, { dateStyle: 'long', timeZone }).format(new Date(iso));
  const sent = sentReminders(events).flatMap((r) => (r.message ? [date(r.at)] : []));
  return {
    date,
    owed: formatMoney(amountOwed(order), intl),
    total: formatMoney(order.total, intl),
    orderDate: date(order.placedAt ?? order.firstSeenAt),
    items: order.items
      .map((i) => (i.quantity === 1 ? i.title : `${i.quantity} × ${i.title}`))
      .join(locale === 'en' ? ', ' : '、'),
    reminders: sent,
    deadline: date(new Date(Date.parse(now) + REPLY_DAYS[input.style] * 86_400_000).toISOString()),
    buyer: buyerDisplayName(order.buyer, ''),
    seller: input.seller,
    orderId: order.orderId,
    howToPay: input.howToPay,
  };
}

const lines = (...parts: (string | false | undefined)[]) =>
  parts.filter((p) => p !== false && p !== undefined).join('\n');

function englandWales(f: Facts, now: string): string {
  return lines(
    f.seller,
    f.date(now),
    '',
    `To: ${f.buyer}`,
    '',
    `LETTER BEFORE CLAIM — order #${f.orderId}`,
    '',
    `On ${f.orderDate} you ordered from us${f.items ? ` ${f.items}` : ''} (order #${f.orderId}), for ${f.total}. The goods were supplied on the terms of that order and payment is due. The sum of ${f.owed} remains unpaid.`,
    f.reminders.length > 0 && `We asked you to pay on ${f.reminders.join(', ')}; we have not received payment.`,
    '',
    `We claim ${f.owed}. No interest or charges are added in this letter; we reserve the right to claim statutory interest if this matter goes to court.`,
    '',
    `How to pay: ${f.howToPay}`,
    '',
    `Please pay, or reply using the enclosed Reply Form, within 30 days of the date of this letter, that is by ${f.deadline}. If you dispute the debt, or need time to pay, say so on the Reply Form. If you need advice about debt, you can contact a free debt advice service. If we hear nothing by then, we may start court proceedings against you without further notice.`,
    '',
    'Enclosed, as the Pre-Action Protocol for Debt Claims requires: the Information Sheet, the Reply Form and the Financial Statement form (Annex 1 of the Protocol).',
    '',
    'Yours faithfully,',
    f.seller,
  );
}

function usDemand(f: Facts, now: string): string {
  return lines(
    f.seller,
    f.date(now),
    '',
    `To: ${f.buyer}`,
    '',
    `FINAL DEMAND FOR PAYMENT — order #${f.orderId}`,
    '',
    `On ${f.orderDate} you placed order #${f.orderId}${f.items ? ` (${f.items})` : ''} for ${f.total}. ${f.owed} remains unpaid.`,
    f.reminders.length > 0 && `We requested payment on ${f.reminders.join(', ')}.`,
    '',
    `Demand is hereby made for payment of ${f.owed} by ${f.deadline}. How to pay: ${f.howToPay}`,
    '',
    'If payment is not received by that date, we intend to file a claim against you in small claims court for the amount owed plus court costs, without further notice.',
    '',
    'Sincerely,',
    f.seller,
  );
}

function chinaDemand(f: Facts, now: string): string {
  return lines(
    '催款函',
    '',
    `致：${f.buyer}`,
    '',
    `您于${f.orderDate}下单（订单号：${f.orderId}${f.items ? `，商品：${f.items}` : ''}），订单金额${f.total}。截至本函发出之日，尚欠货款${f.owed}未付。`,
    f.reminders.length > 0 && `我方已于${f.reminders.join('、')}多次催告，您至今未付款。`,
    '',
    `请您于${f.deadline}前付清上述欠款。付款方式：${f.howToPay}`,
    '',
    '如逾期仍未付款，我方将依法向人民法院提起诉讼，要求您支付欠款及逾期付款利息，并承担相关诉讼费用。',
    '',
    `催款方：${f.seller}`,
    f.date(now),
  );
}

function taiwanDemand(f: Facts, now: string): string {
  return lines(
    '存證信函',
    '',
    `寄件人：${f.seller}`,
    `收件人：${f.buyer}`,
    '',
    `主旨：請台端於${f.deadline}前給付訂單 ${f.orderId} 之貨款${f.owed}，逾期將依法訴追，請查照。`,
    '',
    '說明：',
    `一、台端於${f.orderDate}向本人訂購${f.items || '商品'}（訂單編號 ${f.orderId}），訂單金額${f.total}，迄今尚欠${f.owed}未付。`,
    f.reminders.length > 0
      ? `二、本人已於${f.reminders.join('、')}催告付款，台端仍未給付。`
      : '二、本人已多次通知台端付款，台端仍未給付。',
    `三、特以本函催告台端於${f.deadline}前依下列方式給付：${f.howToPay}。逾期未付，本人將依法訴追，並請求遲延利息及相關費用。`,
    '',
    f.date(now),
  );
}

function generalDemand(f: Facts, now: string, locale: ReminderLocale): string {
  if (locale === 'zh_CN') return chinaDemand(f, now);
  if (locale === 'zh_TW')
    return lines(
      '正式催款通知',
      '',
      `致：${f.buyer}`,
      '',
      `您於${f.orderDate}下單（訂單編號 ${f.orderId}），訂單金額${f.total}，尚欠${f.owed}未付。`,
      f.reminders.length > 0 && `我方已於${f.reminders.join('、')}催告付款。`,
      `請於${f.deadline}前付清。付款方式：${f.howToPay}`,
      '逾期未付，我方將尋求調解或依法追討。',
      '',
      f.seller,
      f.date(now),
    );
  return lines(
    f.seller,
    f.date(now),
    '',
    `To: ${f.buyer}`,
    '',
    `FORMAL DEMAND FOR PAYMENT — order #${f.orderId}`,
    '',
    `On ${f.orderDate} you placed order #${f.orderId} for ${f.total}; ${f.owed} remains unpaid.`,
    f.reminders.length > 0 && `We asked you to pay on ${f.reminders.join(', ')}.`,
    `Please pay ${f.owed} by ${f.deadline}. How to pay: ${f.howToPay}`,
    'If we have not received payment by then, we will take the matter further, to a mediator or a court, without further notice.',
    '',
    f.seller,
  );
}

/** The letter's text, ready for the seller to edit. */
export function draftDemandLetter(input: LetterInput): string {
  const f = factsOf(input);
  switch (input.style) {
    case 'england-wales':
      return englandWales(f, input.now);
    case 'us-california':
      return usDemand(f, input.now);
    case 'mainland-china':
      return chinaDemand(f, input.now);
    case 'taiwan':
      return taiwanDemand(f, input.now);
    default:
      return generalDemand(f, input.now, input.locale);
  }
}
