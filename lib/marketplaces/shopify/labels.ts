import { collapseSpacing } from '../parse/spacing';

/**
 * The admin's own labels Settle reads by (column headers, card headings, summary rows), in the
 * languages it reads. English from Polaris' IndexTable examples and Shopify's help centre; the
 * others are the admin's words where a public page shows them, else assumptions
 * (tests/fixtures/shopify/README.md says which). Compared with spacing collapsed and case folded.
 */
export const LABELS = {
  orderColumn: ['Order', 'Draft order', 'Bestellung', 'Entwurfsbestellung', '订单', '草稿订单', '訂單', '草稿訂單'],
  dateColumn: ['Date', 'Datum', '日期'],
  customerColumn: ['Customer', 'Kunde', '客户', '顧客'],
  totalColumn: ['Total', 'Gesamt', 'Gesamtbetrag', '总计', '總計'],
  paymentColumn: ['Payment status', 'Zahlungsstatus', '付款状态', '付款狀態'],
  draftStatusColumn: ['Status', '状态', '狀態'],
  // A list row whose order has no customer.
  noCustomer: ['No customer', 'Kein Kunde', '无客户', '無顧客'],
  customerCard: ['Customer', 'Kunde', '客户', '顧客'],
  // The order page's summary rows.
  total: ['Total', 'Gesamt', 'Gesamtbetrag', '总计', '總計'],
  balance: ['Balance', 'Amount outstanding', 'Saldo', 'Ausstehender Betrag', '余额', '餘額'],
  // The payment card's line under payment terms: "Payment due on Nov 30, 2026".
  paymentDueOn: ['Payment due on', 'Zahlung fällig am'],
  // What follows the date in the order page's header: "December 5, 2026 at 9:12 am from Online Store".
  fromChannel: ['from', 'von'],
} satisfies Record<string, string[]>;

/** Words as labels are compared: spacing collapsed, case folded, width-normalised. */
export const labelWords = (text: string) => collapseSpacing(text.normalize('NFKC')).toLowerCase();

/** Each list of labels as compared, made once: an order page compares hundreds of texts with them. */
const normalised = new WeakMap<readonly string[], Set<string>>();

/** Whether `words`, a text as labels are compared (labelWords), are one of `labels`. */
export const isLabelWords = (words: string, labels: readonly string[]) => {
  let set = normalised.get(labels);
  if (!set) normalised.set(labels, (set = new Set(labels.map(labelWords))));
  return set.has(words);
};

/** Whether `text` is one of `labels`. */
export const isLabel = (text: string, labels: readonly string[]) => isLabelWords(labelWords(text), labels);
