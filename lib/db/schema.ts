import Dexie, { type Table } from 'dexie';
import type { OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { DB_NAME, TABLES } from './tables';

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

export interface TemplateRecord {
  id: string;
  tone: string;
  locale: string;
  body: string;
}

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

/**
 * Every schema version ever shipped stays declared here (Dexie upgrades from any of them).
 * Version 1: the foundation tables.
 */
export class SettleDb extends Dexie {
  orders!: Table<OrderRecord, [MarketplaceId, string]>;
  buyers!: Table<BuyerRecord, [MarketplaceId, string]>;
  events!: Table<OrderEvent, number>;
  evidence!: Table<EvidenceRecord, number>;
  templates!: Table<TemplateRecord, string>;
  settings!: Table<SettingRecord, string>;
  summary!: Table<SummaryRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      [TABLES.orders]: '[marketplace+orderId], [open+lastActivityAt]',
      [TABLES.buyers]: '[marketplace+buyerKey]',
      [TABLES.events]: '++id, [marketplace+orderId]',
      [TABLES.evidence]: '++id, [marketplace+orderId]',
      [TABLES.templates]: 'id',
      [TABLES.settings]: 'key',
      [TABLES.summary]: 'id',
    });
  }
}

let shared: SettleDb | undefined;

/** The one database of the running extension (background, popup). Tests make their own with `new SettleDb(name)`. */
export function getDb(): SettleDb {
  shared ??= new SettleDb();
  return shared;
}
