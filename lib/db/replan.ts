import Dexie from 'dexie';
import type { SettleDb } from './schema';
import { withNextDue } from './plan';
import { getChaseSettings, type ChaseSettings } from './settings';

const PLANNED_WITH_KEY = 'planned-with';

/** What the planned dates depend on besides each order: the seller's zone and schedules. */
const planBasis = (s: ChaseSettings) => JSON.stringify({ timeZone: s.timeZone, schedules: s.schedules });

/**
 * Plans every open order again when what the plans were made with changed: the computer's zone
 * moved (a reminder at "09:00" must mean 09:00 here) or the seller edited a schedule.
 * Returns how many orders moved.
 */
export async function replanIfSettingsChanged(db: SettleDb): Promise<number> {
  return db.transaction('rw', [db.orders, db.settings], async () => {
    const settings = await getChaseSettings(db);
    const basis = planBasis(settings);
    const before = (await db.settings.get(PLANNED_WITH_KEY))?.value;
    if (before === basis) return 0;
    await db.settings.put({ key: PLANNED_WITH_KEY, value: basis });
    if (before === undefined) return 0; // first run: every order was planned with these settings
    const open = await db.orders.where('[open+lastActivityAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray();
    const moved = open.map((o) => withNextDue(o, settings)).filter((o, i) => o.nextDueAt !== open[i]!.nextDueAt);
    await db.orders.bulkPut(moved);
    return moved.length;
  });
}
