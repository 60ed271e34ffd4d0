import Dexie from 'dexie';
import { STORES_V1 } from '@/lib/db/migrations/v1';
import { STORES_V2 } from '@/lib/db/migrations/v2';
import { STORES_V3 } from '@/lib/db/migrations/v3';
import { STORES_V4 } from '@/lib/db/migrations/v4';
import { STORES_V5 } from '@/lib/db/migrations/v5';

/** The stores every shipped version declared, in order (tests/fixtures/db/README.md). */
const STORES_BY_VERSION = [STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5];

export interface DbDump {
  version: number;
  writtenBy: string;
  tables: Record<string, Record<string, unknown>[]>;
}

type DumpedBlob = { $blob: { type: string; text: string } };
const isDumpedBlob = (value: unknown): value is DumpedBlob =>
  typeof value === 'object' && value !== null && '$blob' in value;

/** A row as the database held it: dumped Blobs become Blobs again. */
function reviveRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, isDumpedBlob(v) ? new Blob([v.$blob.text], { type: v.$blob.type }) : v]),
  );
}

/** Writes a dump into database `name` at the dump's own version, with no upgrade of ours running. */
export async function loadDump(name: string, dump: DbDump): Promise<void> {
  const old = new Dexie(name);
  STORES_BY_VERSION.slice(0, dump.version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(rows.map(reviveRow));
  old.close();
}
