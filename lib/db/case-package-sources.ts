import type { OrderKey } from '../model/order-record';
import type { PackageSources } from '../evidence/build-package';
import { checkOrderChain, getOrder, getOrderEvents } from './queries';
import { getOrderEvidence } from './evidence';
import { getChaseSettings, signatureFor } from './settings';
import type { SettleDb } from './schema';
import { otherCaseOrders } from './case-orders';

/** What the database holds for one order's package: the order, its timeline and chain check, its evidence, who signs, and its case's other orders. */
export async function loadPackageSources(
  db: SettleDb,
  key: OrderKey,
): Promise<Pick<PackageSources, 'order' | 'events' | 'evidence' | 'chain' | 'seller' | 'caseOrders'> | undefined> {
  const order = await getOrder(db, key);
  if (!order) return undefined;
  const settings = await getChaseSettings(db);
  return {
    order,
    events: await getOrderEvents(db, key),
    evidence: await getOrderEvidence(db, key),
    chain: await checkOrderChain(db, key),
    seller: signatureFor(settings, order.shop),
    caseOrders: await otherCaseOrders(db, order),
  };
}
