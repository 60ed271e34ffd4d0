import type { VenueId } from '../model/venue-id';
import { buyerKeyFor, caseIdOf, type OrderKey, type OrderRecord } from '../model/order-record';
import { caseCandidates } from '../cases/buyer-case';
import { buyerOrders } from './buyers';
import { chaseTables, recordChase, type ChaseContext, type ChaseResult } from './chase';
import type { SettleDb } from './schema';

export interface OpenCaseInput {
  venue?: VenueId;
  /** The date the venue gave this case (ISO instant), when the seller knows it. */
  deadline?: string;
  /** Other orders of the same buyer at the same shop the case covers (a case on a buyer). */
  withOrders?: string[];
}

/** A refusal: the lifecycle's (`code`), or an order that cannot join the case (`notJoinable`, its number). */
export type CaseResult =
  { ok: true; orders: OrderRecord[] } | (Extract<ChaseResult, { ok: false }> & { notJoinable?: string });

/** Thrown inside the transaction so that no order of the case is written when one is refused. */
class Refused extends Error {
  constructor(readonly result: Extract<CaseResult, { ok: false }>) {
    super(result.error);
  }
}

async function allOrNothing(db: SettleDb, work: () => Promise<OrderRecord[]>): Promise<CaseResult> {
  try {
    return { ok: true, orders: await db.transaction('rw', chaseTables(db), work) };
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

async function step(
  db: SettleDb,
  key: OrderKey,
  change: Parameters<typeof recordChase>[2],
  ctx: ChaseContext,
): Promise<OrderRecord> {
  const result = await recordChase(db, key, change, ctx);
  if (!result.ok) throw new Refused(result);
  return result.order;
}

/**
 * Opens one case on an order and, for a case on a buyer, on the buyer's other open orders at the
 * same shop: each order gets its own `case_opened` step in its own chain, naming the case and
 * every order it covers. All the orders move together, or none does.
 */
export async function openCase(
  db: SettleDb,
  key: OrderKey,
  input: OpenCaseInput,
  ctx: ChaseContext,
): Promise<CaseResult> {
  return allOrNothing(db, async () => {
    const lead = await db.orders.get(key);
    if (!lead) throw new Refused({ ok: false, error: 'This order is not in Settle.' });
    const joining = [...new Set(input.withOrders ?? [])].filter((id) => id !== lead.orderId);
    if (joining.length) {
      const candidates = new Set(caseCandidates(lead, await buyerOrders(db, buyerKeyFor(lead))).map((o) => o.orderId));
      const refused = joining.find((id) => !candidates.has(id));
      if (refused)
        throw new Refused({
          ok: false,
          notJoinable: refused,
          error: `Order #${refused} is not an open order of this buyer at this shop outside a case.`,
        });
    }
    const orders = [lead.orderId, ...joining];
    const change = {
      type: 'case_opened' as const,
      ...(input.venue && { venue: input.venue }),
      caseId: crypto.randomUUID(),
      ...(orders.length > 1 && { orders }),
      ...(input.deadline && { deadline: input.deadline }),
    };
    const written: OrderRecord[] = [];
    for (const orderId of orders) written.push(await step(db, [lead.marketplace, lead.shop, orderId], change, ctx));
    return written;
  });
}

/**
 * Sets (or clears) the deadline of the case `key` is in, on every order still in that case, each
 * as a step on its own timeline.
 */
export async function setCaseDeadline(
  db: SettleDb,
  key: OrderKey,
  deadline: string | undefined,
  ctx: ChaseContext,
): Promise<CaseResult> {
  return allOrNothing(db, async () => {
    const lead = await db.orders.get(key);
    if (!lead) throw new Refused({ ok: false, error: 'This order is not in Settle.' });
    const id = caseIdOf(lead);
    const others = (lead.chase.case?.orders ?? []).filter((o) => o !== lead.orderId);
    const members = (await db.orders.bulkGet(others.map((o): OrderKey => [lead.marketplace, lead.shop, o]))).filter(
      (o): o is OrderRecord => !!o && o.chase.stage === 'case' && caseIdOf(o) === id,
    );
    const written = [await step(db, key, { type: 'case_deadline_set', ...(deadline && { deadline }) }, ctx)];
    for (const o of members)
      written.push(
        await step(
          db,
          [o.marketplace, o.shop, o.orderId],
          { type: 'case_deadline_set', ...(deadline && { deadline }) },
          ctx,
        ),
      );
    return written;
  });
}
