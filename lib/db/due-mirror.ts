import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { OrderRecord } from '../model/order-record';
import { dueRowOf, sameDueRow, type DueRow } from './due-rows';
import { TABLES } from './tables';

/**
 * Keeps the due table (lib/db/due-rows.ts) in step with the orders, in the same transaction as
 * every write to them, the way IndexedDB keeps an index: no code that writes orders needs to know
 * it exists. Each read-write transaction over the orders also takes the due table; a write of
 * orders puts the due row of each whose row changed and deletes the row of each that lost its
 * planned reminder. Its own writes go down through Dexie's observation (live queries of "due now"
 * see them) and the stale-index sweep (lib/db/stale-index-sweep.ts).
 *
 * Before schema version 6 (an older version's upgrade running) there is no due table: writes pass
 * through, and version 6's upgrade fills the table from the orders.
 */
export const dueMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DueMirror',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const withDue =
        mode === 'readwrite' && stores.includes(TABLES.orders) && !stores.includes(TABLES.due)
          ? [...stores, TABLES.due]
          : stores;
      return down.transaction(withDue, mode, options);
    },
    table(name) {
      const table = down.table(name);
      return name === TABLES.orders ? mirroredOrders(table, down) : table;
    },
  }),
};

function mirroredOrders(orders: DBCoreTable, down: DBCore): DBCoreTable {
  return {
    ...orders,
    async mutate(req: DBCoreMutateRequest) {
      // Dexie's IndexedDB core hands its native transaction down as `trans`.
      if (!(req.trans as unknown as IDBTransaction).objectStoreNames.contains(TABLES.due)) return orders.mutate(req);
      const due = down.table(TABLES.due);
      if (req.type === 'deleteRange') {
        // The due table has the orders' primary key: the same range holds the same orders' rows.
        const result = await orders.mutate(req);
        await due.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
        return result;
      }
      const keys =
        req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(orders.schema.primaryKey.extractKey!));
      const [before, result] = await Promise.all([
        due.getMany({ trans: req.trans, keys }) as Promise<(DueRow | undefined)[]>,
        orders.mutate(req),
      ]);
      const puts: DueRow[] = [];
      const deletes: unknown[] = [];
      keys.forEach((key, i) => {
        if (result.failures[i]) return;
        const row = req.type === 'delete' ? undefined : dueRowOf(req.values[i] as OrderRecord);
        if (row && !sameDueRow(row, before[i])) puts.push(row);
        else if (!row && before[i]) deletes.push(key);
      });
      if (puts.length) await due.mutate({ type: 'put', trans: req.trans, values: puts });
      if (deletes.length) await due.mutate({ type: 'delete', trans: req.trans, keys: deletes });
      return result;
    },
  };
}
