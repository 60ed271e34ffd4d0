import type { DBCore, DBCoreIndex, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/**
 * Chromium's IndexedDB does not delete a row's old index entry when a write changes or removes that
 * index's key: the entry stays, marked stale, until a read-write cursor walks over it. Read-only
 * reads step over it every time. An order paid long ago thus leaves an entry under its old due date
 * in `nextDueAt` for ever, and "due now", which reads that index from its start, walked some
 * 90,000 of them at 100,000 orders (1.4 s for a page of 50, where a clean index takes 10 ms).
 *
 * This middleware removes them as they are made. A `put` or `delete` of rows that already exist
 * reads the old rows first, in the same transaction (unless it read or wrote them already: see
 * `seenIn`); after the write, for each index key an old
 * row had and the new one does not, a key cursor opened on exactly that key, started at the row's
 * own primary key, lands on the stale entry, and Chromium removes it. A write that moves no index
 * key, or adds new rows, costs one batched read at most. Firefox updates its indexes in place: there the
 * cursors find nothing to remove.
 */
export const staleIndexSweep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'StaleIndexSweep',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      const indexes = table.schema.indexes.filter((index) => !index.isPrimaryKey && !isVirtual(index));
      return indexes.length ? sweepingTable(table, indexes) : table;
    },
  }),
};

/** Dexie's lookups by a compound index's first parts are views of that index: sweeping it covers them. */
const isVirtual = (index: DBCoreIndex) => !!index.lowLevelIndex && index.lowLevelIndex.name !== index.name;

/**
 * What a row held in each of its table's indexes, as `extractKey` gave it (a multi-entry array
 * copied, so a caller changing the row it read changes nothing here); undefined: no such row.
 */
type RowKeys = unknown[] | undefined;

/**
 * Per read-write transaction and table, the index keys of the rows it read or wrote, by primary
 * key: a write of rows the transaction already read (a page's orders, read to merge them) needs no
 * second read of them. A write that may change a row unseen (an add, a range delete) forgets what
 * it may have changed.
 */
const seenIn = new WeakMap<object, Map<string, Map<string, RowKeys>>>();

function seenRows(trans: object, table: string): Map<string, RowKeys> {
  let tables = seenIn.get(trans);
  if (!tables) seenIn.set(trans, (tables = new Map()));
  let rows = tables.get(table);
  if (!rows) tables.set(table, (rows = new Map()));
  return rows;
}

/** A primary key as text, for the keys Settle's tables have (strings, numbers and arrays of them); undefined for any other. */
function keyText(key: unknown): string | undefined {
  const plain = (part: unknown) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part));
  if (plain(key) || (Array.isArray(key) && key.every(plain))) return JSON.stringify(key);
  return undefined;
}

const isReadWrite = (trans: object) => (trans as IDBTransaction).mode === 'readwrite';

function sweepingTable(table: DBCoreTable, indexes: DBCoreIndex[]): DBCoreTable {
  const rowKeys = (row: unknown): RowKeys =>
    row === undefined
      ? undefined
      : indexes.map((index) => {
          const key: unknown = index.extractKey!(row);
          return index.multiEntry && Array.isArray(key) ? [...key] : key;
        });
  const remember = (trans: object, keys: readonly unknown[], held: readonly RowKeys[]) => {
    const seen = seenRows(trans, table.name);
    keys.forEach((key, i) => {
      const text = keyText(key);
      if (text !== undefined) seen.set(text, held[i]);
    });
  };
  const forget = (trans: object, keys: readonly unknown[] | undefined) => {
    const seen = seenRows(trans, table.name);
    if (!keys) return seen.clear();
    for (const text of keys.map(keyText)) if (text !== undefined) seen.delete(text);
  };

  /**
   * The index keys each row held before a write, as this transaction last saw them; the rows it did
   * not see are read now, in one batched read. Nothing is awaited when it saw them all: the write
   * must then be asked in the same tick, in Dexie's transaction zone.
   */
  function keysBefore(trans: DBCoreMutateRequest['trans'], keys: readonly unknown[]): RowKeys[] | Promise<RowKeys[]> {
    const seen = seenRows(trans, table.name);
    const texts = keys.map(keyText);
    const known = (i: number) => texts[i] !== undefined && seen.has(texts[i]);
    const unseen = keys.filter((_, i) => !known(i));
    const withRead = (read: unknown[]) => {
      let next = 0;
      return keys.map((_, i) => (known(i) ? seen.get(texts[i]!) : rowKeys(read[next++])));
    };
    return unseen.length ? table.getMany({ trans, keys: unseen }).then(withRead) : withRead([]);
  }

  return {
    ...table,
    async get(req) {
      const row: unknown = await table.get(req);
      if (isReadWrite(req.trans)) remember(req.trans, [req.key], [rowKeys(row)]);
      return row;
    },
    async getMany(req) {
      const rows = await table.getMany(req);
      if (isReadWrite(req.trans)) remember(req.trans, req.keys, rows.map(rowKeys));
      return rows;
    },
    async mutate(req: DBCoreMutateRequest) {
      if (req.type === 'add') forget(req.trans, req.keys ?? extractKeys(table, req.values));
      if (req.type === 'deleteRange') forget(req.trans, undefined);
      if (req.type !== 'put' && req.type !== 'delete') return table.mutate(req);
      const keys = req.type === 'delete' ? req.keys : (req.keys ?? extractKeys(table, req.values)!);
      const seen = keysBefore(req.trans, keys);
      const before = Array.isArray(seen) ? seen : await seen;
      const result = await table.mutate(req);
      const after = req.type === 'put' ? req.values.map(rowKeys) : keys.map(() => undefined);
      const done = keys.map((_, i) => !result.failures[i]);
      remember(
        req.trans,
        keys.filter((_, i) => done[i]),
        after.filter((_, i) => done[i]),
      );
      // Dexie's IndexedDB core hands its native transaction down as `trans`.
      const store = (req.trans as unknown as IDBTransaction).objectStore(table.name);
      before.forEach((old, i) => {
        if (old === undefined || !done[i]) return;
        const now = after[i];
        indexes.forEach((index, j) => {
          for (const key of droppedKeys(index, old[j], now && now[j]))
            removeStaleEntry(store.index(index.name!), key, keys[i]);
        });
      });
      return result;
    },
  };
}

/** The primary keys of rows to write, when the table's key is in the row (else undefined: IndexedDB makes them). */
function extractKeys(table: DBCoreTable, values: readonly unknown[]): unknown[] | undefined {
  const extract = table.schema.primaryKey.extractKey;
  return extract ? values.map(extract) : undefined;
}

/** The keys `index` held for the row before (`extractKey` of it) that it holds no longer (all of them after a delete). */
function droppedKeys(index: DBCoreIndex, before: unknown, after: unknown): IDBValidKey[] {
  const kept = entryKeys(index, after);
  return entryKeys(index, before).filter((key) => !kept.some((k) => indexedDB.cmp(k, key) === 0));
}

/** The entries an index holds for what `extractKey` gave: none when a part of the key path is missing or not a valid key. */
function entryKeys(index: DBCoreIndex, key: unknown): IDBValidKey[] {
  const candidates = index.multiEntry && Array.isArray(key) ? key : [key];
  return candidates.filter(isValidKey);
}

function isValidKey(key: unknown): key is IDBValidKey {
  if (key === undefined) return false;
  try {
    IDBKeyRange.only(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Walks `index` onto the entry (key, primary key): opening on the key lands on its first live
 * entry; when that sorts before the row, `continuePrimaryKey` jumps to the row's own place. Each
 * stale entry the cursor passes on the way is removed. A failure here must not undo the write.
 */
function removeStaleEntry(index: IDBIndex, key: IDBValidKey, primaryKey: unknown): void {
  let request: IDBRequest<IDBCursor | null>;
  try {
    request = index.openKeyCursor(IDBKeyRange.only(key));
  } catch {
    return;
  }
  request.onsuccess = () => {
    const cursor = request.result;
    if (cursor && indexedDB.cmp(cursor.primaryKey, primaryKey) < 0)
      cursor.continuePrimaryKey(key, primaryKey as IDBValidKey);
  };
  request.onerror = (event) => {
    event.preventDefault();
    event.stopPropagation();
  };
}
