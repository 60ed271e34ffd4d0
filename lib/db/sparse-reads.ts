import type { DBCore, DBCoreGetManyRequest, DBCoreTable, Middleware } from 'dexie';

/** Keys a batch needs before its range is asked first: for fewer, a get per key costs about as much. */
const MIN_BATCH = 16;

/**
 * A batch of rows read by key (`bulkGet`) whose keys share all their parts but the last (one
 * shop's orders, their chain heads) first asks the range those keys span for the keys it holds, in
 * one request, and then reads only the rows that exist. IndexedDB answers a `get` per key, and a
 * key it does not hold costs about what one it holds does (measured at 100,000 orders: 500 gets of
 * orders Settle had never seen, 45 ms): a console page of orders new to Settle now asks one range.
 * When the range holds more than twice the batch's keys (a page of orders scattered through a
 * shop's history, a page's buyers), the batch is read key by key as before, after that one bounded
 * request (1,001 keys at most for a page of 500: a few ms).
 */
export const sparseReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SparseReads',
  // Below the stale-index sweep (level 10), whose reads before a write are such batches too.
  level: 9,
  create: (down) => ({
    ...down,
    table: (name) => sparseTable(down.table(name)),
  }),
};

function sparseTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async getMany(req) {
      // Read-write transactions only: those of a page read, whose orders are often new. A read-only
      // one (the popup's, the dashboard's) asks for rows it knows exist.
      const range = (req.trans as IDBTransaction).mode === 'readwrite' ? sharedRange(req.keys) : undefined;
      if (!range) return table.getMany(req);
      const limit = 2 * req.keys.length + 1;
      const { result: held } = await table.query({
        trans: req.trans,
        values: false,
        limit,
        // type 2: DBCoreRangeType.Range (a const enum, which this build cannot import).
        query: { index: table.schema.primaryKey, range: { type: 2, ...range, lowerOpen: false, upperOpen: false } },
      });
      if (held.length >= limit) return table.getMany(req);
      // Every key in the range shares the batch's first parts: the last one tells them apart.
      const heldLast = new Set(held.map(lastPart));
      const present = req.keys.filter((key) => heldLast.has(lastPart(key)));
      const rows = present.length ? await table.getMany({ ...req, keys: present }) : [];
      const byLast = new Map(present.map((key, i) => [lastPart(key), rows[i] as unknown]));
      return req.keys.map((key) => byLast.get(lastPart(key)));
    },
  };
}

/** The last part of an array key, as text that tells a number from a string. */
function lastPart(key: unknown): string {
  const last: unknown = (key as unknown[])[(key as unknown[]).length - 1];
  return `${typeof last}:${String(last)}`;
}

/**
 * The least and greatest of `keys` when there are enough of them, arrays equal (===) in all parts
 * but the last, whose last parts are all strings or all numbers (which JavaScript's < orders as
 * IndexedDB does); else undefined.
 */
function sharedRange(keys: DBCoreGetManyRequest['keys']): { lower: unknown[]; upper: unknown[] } | undefined {
  if (keys.length < MIN_BATCH) return undefined;
  const first: unknown = keys[0];
  if (!Array.isArray(first) || first.length < 2) return undefined;
  const width = first.length;
  const kind = typeof first[width - 1];
  if (kind !== 'string' && kind !== 'number') return undefined;
  let [lower, upper] = [first, first];
  for (const key of keys as unknown[]) {
    if (!Array.isArray(key) || key.length !== width || typeof key[width - 1] !== kind) return undefined;
    for (let i = 0; i < width - 1; i++) if (key[i] !== first[i]) return undefined;
    if (key[width - 1] < lower[width - 1]) lower = key;
    if (key[width - 1] > upper[width - 1]) upper = key;
  }
  return { lower, upper };
}
