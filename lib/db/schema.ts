import Dexie, { type Table } from 'dexie';
import { caseIdOf, type BuyerKey, type OrderKey, type OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { DB_NAME, LEGACY_TABLES, TABLES } from './tables';
import { chaseFromStatus } from '../tracker/chase-from-status';
import type { ReminderLocale, ReminderTemplate } from '../reminders/types';
import type { SendRecord } from './sends';
import { planReminder } from './plan';
import { defaultChaseSettings } from './settings';
import { upgradeToShopKeys } from './migrate-v3';

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

export type SummaryRecord = TotalsSummary;

/** Where one order's hash chain ends (version 3: each order carries its own chain, so a case can carry it whole). */
export interface ChainRecord {
  marketplace: MarketplaceId;
  shop: string;
  orderId: string;
  head: string;
  length: number;
}

/** Version 1: the foundation tables. Kept as shipped: Dexie upgrades from any declared version. */
export const STORES_V1 = {
  [LEGACY_TABLES.orders]: '[marketplace+orderId], [open+lastActivityAt]',
  [LEGACY_TABLES.buyers]: '[marketplace+buyerKey]',
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
  [LEGACY_TABLES.orders]: '[marketplace+orderId], [open+lastActivityAt], nextDueAt, [marketplace+buyerKey]',
  [TABLES.sends]: 'sendId, [marketplace+orderId], startedAt',
};

/**
 * Version 3: every order, buyer, send, event and piece of evidence belongs to its shop
 * (lib/model/shop.ts), so a page on one site can never reach another shop's order of the same
 * number. Orders and buyers move to new tables (a primary key cannot change in place); each order
 * carries its own hash chain (`chains`), so a case package can carry its chain whole.
 */
export const STORES_V3 = {
  [LEGACY_TABLES.orders]: null,
  [LEGACY_TABLES.buyers]: null,
  [TABLES.orders]: '[marketplace+shop+orderId], [open+lastActivityAt], nextDueAt, [marketplace+shop+buyerKey], shop',
  [TABLES.buyers]: '[marketplace+shop+buyerKey]',
  [TABLES.events]: '++id, [marketplace+shop+orderId]',
  [TABLES.chains]: '[marketplace+shop+orderId]',
  [TABLES.evidence]: '++id, [marketplace+shop+orderId]',
  [TABLES.sends]: 'sendId, [marketplace+shop+orderId], startedAt, status',
};

/**
 * Version 4: open cases. Orders gain `openCaseId` (lib/model/order-record.ts), present only while
 * the order's case is open, so the index holds the few orders in a case and the background reads
 * every case's deadlines without scanning the orders. A second table of cases was weighed and left:
 * a case is open exactly while its orders are in stage `case`, and one place to say so cannot drift.
 */
export const STORES_V4 = {
  [TABLES.orders]: '[marketplace+shop+orderId], [open+lastActivityAt], nextDueAt, [marketplace+shop+buyerKey], shop, openCaseId',
};

/**
 * Every schema version ever shipped stays declared here, each with its upgrade.
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
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table(LEGACY_TABLES.orders)
          .toCollection()
          .modify((order: OrderRecord) => {
            order.chase = chaseFromStatus(order);
            const planned = planReminder(order, defaultChaseSettings());
            if (planned) order.nextDueAt = planned.dueAt;
          }),
      );
    this.version(3).stores(STORES_V3).upgrade(upgradeToShopKeys);
    this.version(4)
      .stores(STORES_V4)
      .upgrade((tx) =>
        tx
          .table(TABLES.orders)
          .filter((order: OrderRecord) => order.chase.stage === 'case' && !!order.chase.case)
          // Only the new field: `open` and the totals stay exactly as version 3 counted them.
          .modify((order: OrderRecord) => {
            order.openCaseId = caseIdOf(order);
          }),
      );
  }

  /** Orders, keyed by marketplace, shop and order number (version 3's table; see TABLES); version 4 indexes open cases. */
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
