/**
 * What version 5 derives from an order, frozen with its upgrade (lib/model/list-keys.ts and
 * lib/db/buyers.ts `leftUnpaid` as they were): today's versions may change, this may not.
 */

export interface OrderRowV5 {
  marketplace: string;
  shop: string;
  orderId: string;
  buyerKey: string;
  open: 0 | 1;
  buyer: { name?: string; handle?: string; email?: string };
  placedAt?: string;
  firstSeenAt: string;
  total: { amount: number };
  amountDue?: { amount: number };
  chase: { stage: string; remindersSent: number; cancelledUnpaidAt?: string };
  placed?: string;
  owed?: number;
  words?: string[];
}

const MAX_WORDS_V5 = 12;
const MAX_WORD_LENGTH_V5 = 64;

const searchTextV5 = (text: string) => text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');

/** The search words of an order, as version 5 made them. */
export function searchWordsV5(order: OrderRowV5): string[] {
  const words = new Set<string>();
  for (const text of [order.buyer.name, order.buyer.handle, order.buyer.email, order.orderId]) {
    const whole = text ? searchTextV5(text) : '';
    if (!whole) continue;
    words.add(whole);
    for (const part of whole.split(/[\s@._+,-]+/)) if (part) words.add(part);
  }
  return [...words].slice(0, MAX_WORDS_V5).map((w) => w.slice(0, MAX_WORD_LENGTH_V5));
}

/** When the order was placed, else first seen, as version 5 sorted it. */
export const placedV5 = (order: OrderRowV5): string => order.placedAt ?? order.firstSeenAt;

/** What is still owed, 0 once closed, as version 5 counted it. */
export const owedV5 = (order: OrderRowV5): number => (order.open ? (order.amountDue ?? order.total).amount : 0);

/** Whether an order shows its buyer did not pay, as version 5 judged it. */
export function leftUnpaidV5(order: OrderRowV5): boolean {
  const { chase } = order;
  if (chase.stage === 'written_off') return true;
  if (chase.stage === 'cancelled') return !!chase.cancelledUnpaidAt;
  return order.open === 1 && chase.remindersSent > 0;
}
