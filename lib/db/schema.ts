import Dexie, { type Table } from 'dexie';
import type { BuyerKey, OrderKey, OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { DB_NAME, TABLES } from './tables';
import type { ReminderLocale, ReminderTemplate } from '../reminders/types';
import type { SendRecord } from './sends';
import { STORES_V1 } from './migrations/v1';
import { STORES_V2, upgradeToV2 } from './migrations/v2';
import { STORES_V3, upgradeToShopKeys } from './migrations/v3';
import { STORES_V4, upgradeToOpenCaseIndex } from './migrations/v4';
import { STORES_V5, upgradeToListIndexes } from './migrations/v5';
import { staleIndexSweep } from './stale-index-sweep';
import { sparseReads } from './sparse-reads';

export interface BuyerRecord {
  marketplace: MarketplaceId;
  /** The shop this buyer bought from (lib/model/shop.ts): buyers of different shops are different buyers. */
  shop: string;
  buyerKey: string;
  name?: string;
  email?: string;
  phone?: string;
  orderCount: number;
  openCount: number;
  /**
   * How many of this buyer's orders show they did not pay (lib/db/buyers.ts `leftUnpaid`), moved in
   * the same transaction as the orders (schema version 5): an order is a repeat non-payer's when
   * another of them counts (`isRepeatNonPayer`).
   */
  unpaidCount: number;
  firstSeenAt: string;
  lastSeenAt: string;
  /** The latest reminder to this buyer on any order (one per buyer per 24 hours). */
  lastReminderAt?: string;
  /** The seller paused every reminder to this buyer (their new orders start paused). */
  paused?: boolean;
  /** The language the seller chose for this buyer's reminders; absent: the shop's (lib/reminders/reminder-locale.ts). Not indexed. */
  reminderLocale?: ReminderLocale;
}

/** A capture or attachment of an order, kept as it was: its SHA-256 is also on the order's timeline. */
export interface EvidenceRecord {
  id?: number;
  marketplace: MarketplaceId;
  shop: string;
  orderId: string;
  /** What it is: an attachment the seller added, or a capture (screenshot, page archive, data as read). */
  kind: string;
  /** The page it was captured on; empty for a file the seller attached. */
  url: string;
  capturedAt: string;
  sha256: string;
  blob: Blob;
  /** The file's own name (an attachment), or one Settle gave it. */
  name?: string;
  mediaType?: string;
  /** A capture's page title, and what took it (Settle's and the browser's versions). */
  pageTitle?: string;
  capturedWith?: string;
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

/** Orders held per shop, for the cap on what one shop may add (lib/db/shop-order-counts.ts). */
export interface ShopOrdersSummary {
  id: 'shop-orders';
  byShop: Record<string, number>;
}

export type SummaryRecord = TotalsSummary | ShopOrdersSummary;

/** Where one order's hash chain ends (version 3: each order carries its own chain, so a case can carry it whole). */
export interface ChainRecord {
  marketplace: MarketplaceId;
  shop: string;
  orderId: string;
  head: string;
  length: number;
}

/**
 * Every schema version ever shipped stays declared here, each with its upgrade from
 * lib/db/migrations/v<N>.ts: an upgrade uses only code frozen with it, never today's planner,
 * defaults or helpers, so changing them cannot change what an old upgrade does.
 */
export class SettleDb extends Dexie {
  events!: Table<OrderEvent, number>;
  chains!: Table<ChainRecord, OrderKey>;
  evidence!: Table<EvidenceRecord, number>;
  templates!: Table<TemplateRecord, string>;
  settings!: Table<SettingRecord, string>;
  summary!: Table<SummaryRecord, string>;
  sends!: Table<SendRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    this.version(3).stores(STORES_V3).upgrade(upgradeToShopKeys);
    this.version(4).stores(STORES_V4).upgrade(upgradeToOpenCaseIndex);
    this.version(5).stores(STORES_V5).upgrade(upgradeToListIndexes);
    this.use(sparseReads);
    this.use(staleIndexSweep);
  }

  /** Orders, keyed by marketplace, shop and order number (version 3's table; see TABLES); version 4 indexes open cases, version 5 the dashboard's sorts and search. */
  get orders(): Table<OrderRecord, OrderKey> {
    return this.table(TABLES.orders);
  }

  /** Buyers, keyed by marketplace, shop and buyer key. */
  get buyers(): Table<BuyerRecord, BuyerKey> {
    return this.table(TABLES.buyers);
  }
}

let shared: SettleDb | undefined;

/** The one database of the running extension (background, popup). Tests make their own with `new SettleDb(name)`. */
export function getDb(): SettleDb {
  shared ??= new SettleDb();
  return shared;
}
