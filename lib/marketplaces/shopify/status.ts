import type { OrderStatus } from '../../model/order';
import { statusReader } from '../parse/status';

/**
 * Shopify's payment-status badges (and the order page's payment heading) → Settle status, in the
 * languages Settle reads. English from help.shopify.com/en/manual/orders/order-status; Simplified
 * Chinese from the help centre's zh-CN terms (tests/fixtures/shopify/README.md names the source);
 * German and Traditional Chinese are assumptions until a saved page shows them.
 *
 * - Authorized and Expiring: the buyer's card is authorised, the money not captured. It is still
 *   money the seller does not have, so the order stays open (unpaid) until Shopify shows it Paid;
 *   Expiring is the two days before the authorisation lapses. Expired: it lapsed, the buyer must
 *   pay again. (The seller captures; rules.ts says a reminder to the buyer is not what these need.)
 * - Partially refunded counts as refunded, Voided as cancelled (an authorisation released unpaid).
 */
const PAYMENT_STATUS_WORDS: [OrderStatus, string[]][] = [
  [
    'unpaid',
    [
      'Payment pending',
      'Pending',
      'Unpaid',
      'Overdue',
      'Authorized',
      'Expiring',
      'Expired',
      'Zahlung ausstehend',
      'Ausstehend',
      'Unbezahlt',
      'Überfällig',
      'Autorisiert',
      'Läuft ab',
      'Abgelaufen',
      '付款待处理',
      '待处理',
      '未付款',
      '逾期',
      '已授权',
      '即将过期',
      '已过期',
      '付款待處理',
      '待處理',
      '已授權',
      '即將過期',
      '已過期',
    ],
  ],
  ['partially_paid', ['Partially paid', 'Teilweise bezahlt', '部分付款', '已部分付款']],
  ['paid', ['Paid', 'Bezahlt', '已付款']],
  [
    'refunded',
    [
      'Refunded',
      'Partially refunded',
      'Erstattet',
      'Rückerstattet',
      'Teilweise erstattet',
      'Teilweise rückerstattet',
      '已退款',
      '部分退款',
      '已部分退款',
    ],
  ],
  ['cancelled', ['Voided', 'Storniert', '已作废', '已作廢']],
];

/** The order's own status badge on its page: a canceled order is cancelled whatever its payment shows. */
const ORDER_STATUS_WORDS: [OrderStatus, string[]][] = [['cancelled', ['Canceled', 'Cancelled', 'Storniert', '已取消']]];

/**
 * A draft order's status: an invoice sent asks the buyer to pay; a completed draft became an order
 * (paid through the invoice, or marked paid). An open draft has asked no one for money: not read.
 */
const DRAFT_STATUS_WORDS: [OrderStatus, string[]][] = [
  ['unpaid', ['Invoice sent', 'Rechnung gesendet', 'Rechnung versendet', '账单已发送', '帳單已傳送']],
  ['paid', ['Completed', 'Abgeschlossen', '已完成']],
];

/** The status a payment badge or heading names (whole words, the longest phrase winning). */
export const paymentStatusOf = statusReader(PAYMENT_STATUS_WORDS);
/** Canceled, when the order's own status badge says so. */
export const orderStatusOf = statusReader(ORDER_STATUS_WORDS);
/** The status a draft order's badge names. */
export const draftStatusOf = statusReader(DRAFT_STATUS_WORDS);
