import type { SettleDb } from '../db/schema';
import { getTotals } from '../db/queries';
import { showBadgeCount } from '../browser/badge';

/** Badge text is not persisted by the browser: recompute it from the summary at every start. */
export async function refreshBadge(db: SettleDb): Promise<void> {
  const totals = await getTotals(db);
  await showBadgeCount(totals.openCount);
}
