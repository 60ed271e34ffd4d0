import Dexie, { type Table } from 'dexie';
import type { OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { DB_NAME, TABLES } from './tables';
import { chaseFromStatus } from '../tracker/chase-from-status';
import type { ReminderTemplate } from '../reminders/types';
import type { SendRecord } from './sends';
import { planReminder } from './plan';
import { defaultChaseSettings } from './settings';

export interface BuyerRecord {
  marketplace: MarketplaceId;
  buyerKey: string;
  name?: string;
  email?: string;
  phone?: string;
  orderCount: number;
  openCount: number;
  firstSeenAt: string;
  lastSeenAt: string;
  /** The latest reminder to this buyer on any order (one per buyer per 24 hours). */
  lastReminderAt?: string;
  /** The seller paused every reminder to this buyer (their new orders start paused). */
  paused?: boolean;
}

export interface EvidenceRecord {
  id?: number;
  marketplace: MarketplaceId;
  orderId: string;
  kind: string;
  url: string;
  capturedAt: string;
  sha256: string;
  blob: Blob;
}

/** A reminder template the seller edited (lib/reminders/types.ts); absent ones use the defaults. */
export type TemplateRecord = ReminderTemplate;

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Counts kept in the same transaction as the orders they count, so the badge never scans the orders table. */
export interface TotalsSummary {
  id: 'totals';
  openCount: number;
  /** Amount due per currency, in minor units. */
  openDueByCurrency: Record<string, number>;
}

export interface ChainSummary {
  id: 'event-chain';
  head: string;
  length: number;
}

export type SummaryRecord = TotalsSummary | ChainSummary;

/** Version 1: the foundation tables. Kept as shipped: Dexie upgrades from any declared version. */
export const STORES_V1 = {
  [TABLES.orders]: '[marketplace+orderId], [open+lastActivityAt]',
  [TABLES.buyers]: '[marketplace+buyerKey]',
  [TABLES.events]: '++id, [marketplace+orderId]',
  [TABLES.evidence]: '++id, [marketplace+orderId]',
  [TABLES.templates]: 'id',
  [TABLES.settings]: 'key',
  [TABLES.summary]: 'id',
};

/**
 * Version 2: the chase. Orders gain `chase`, an index on when their next reminder is due and one
 * by buyer (history, repeat non-payers);
 * `sends` logs every send attempt (double-click guard, daily cap, per-buyer limit).
 */
export const STORES_V2 = {
  ...STORES_V1,
  [TABLES.orders]: '[marketplace+orderId], [open+lastActivityAt], nextDueAt, [marketplace+buyerKey]',
  [TABLES.sends]: 'sendId, [marketplace+orderId], startedAt',
};

/**
 * Every schema version ever shipped stays declared here, each with its upgrade.
 */
export class SettleDb extends Dexie {
  orders!: Table<OrderRecord, [MarketplaceId, string]>;
  buyers!: Table<BuyerRecord, [MarketplaceId, string]>;
  events!: Table<OrderEvent, number>;
  evidence!: Table<EvidenceRecord, number>;
  templates!: Table<TemplateRecord, string>;
  settings!: Table<SettingRecord, string>;
  summary!: Table<SummaryRecord, string>;
  sends!: Table<SendRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table(TABLES.orders)
          .toCollection()
          .modify((order: OrderRecord) => {
            order.chase = chaseFromStatus(order);
            const planned = planReminder(order, defaultChaseSettings());
            if (planned) order.nextDueAt = planned.dueAt;
          }),
      );
  }
}

let shared: SettleDb | undefined;

/** The one database of the running extension (background, popup). Tests make their own with `new SettleDb(name)`. */
export function getDb(): SettleDb {
  shared ??= new SettleDb();
  return shared;
}
