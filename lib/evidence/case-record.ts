import type { CaseFacts } from '../cases/case-facts';
import type { OrderRecord } from '../model/order-record';
import { amountOwed } from '../reminders/draft';

/**
 * records/case.json: the order's case as data — its venue, its own deadline, the dates that matter
 * with the rule and source of each, the checklist, and for a case on a buyer every order it covers
 * with what each cost and still owes (only this order's timeline and files are in this package:
 * each order keeps its own chain and its own package).
 */
export function caseRecordJson(facts: CaseFacts, order: OrderRecord): string {
  const line = (o: OrderRecord) => ({
    marketplace: o.marketplace,
    shop: o.shop,
    orderId: o.orderId,
    inThisPackage: o === order,
    ...(o.placedAt && { placedAt: o.placedAt }),
    total: o.total,
    owed: o.open ? amountOwed(o) : { amount: 0, currency: o.total.currency },
    stage: o.chase.stage,
  });
  const record = {
    id: facts.id,
    ...(facts.venue && { venue: facts.venue.id }),
    openedAt: facts.openedAt,
    ...(facts.deadline && { deadline: facts.deadline }),
    dates: facts.dates.map((d) => ({
      kind: d.kind,
      at: d.at,
      soon: d.soon,
      passed: d.passed,
      ...(d.kind === 'deadline'
        ? { rule: 'entered by the seller' }
        : { orderId: d.orderId, rule: d.fact.value, source: d.fact.source, confidence: d.fact.confidence }),
    })),
    checklist: facts.checklist,
    orders: [order, ...facts.others].map(line),
    owedByCurrency: facts.owed,
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
