import type { OrderStatus } from '../../model/order';
import { statusReader } from '../parse/status';

/**
 * Etsy's order status words → Settle status. Etsy's receipt states (Open API v3 ShopReceipt
 * `status`: paid, completed, open, payment processing, canceled, fully refunded, partially refunded)
 * as the orders page words them. "Payment processing" is unpaid: the money has not reached the
 * seller (is_paid false), and it may still fail. A partial refund leaves a paid order paid.
 * The English words are Etsy's receipt states; the German ones are assumptions
 * (tests/fixtures/etsy/README.md).
 */
const WORDS: [OrderStatus, string[]][] = [
  [
    'unpaid',
    ['unpaid', 'payment processing', 'payment pending', 'unbezahlt', 'zahlung wird bearbeitet', 'zahlung ausstehend'],
  ],
  [
    'paid',
    [
      'paid',
      'not shipped',
      'shipped',
      'in transit',
      'delivered',
      'completed',
      'complete',
      'partially refunded',
      'bezahlt',
      'nicht versandt',
      'versandt',
      'zugestellt',
      'abgeschlossen',
      'teilweise erstattet',
    ],
  ],
  ['cancelled', ['canceled', 'cancelled', 'storniert']],
  ['refunded', ['refunded', 'fully refunded', 'erstattet', 'vollständig erstattet']],
];

// Whole words, longest phrase first: "Not shipped" and "Partially refunded" are not "Shipped" and "Refunded".
const statusOf = statusReader(WORDS);

/** The Settle status for Etsy's words, or 'unknown' (the caller warns, naming the words). */
export const statusOfWords = (text: string): OrderStatus => statusOf(text) ?? 'unknown';
