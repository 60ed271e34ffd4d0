/** Every IndexedDB name Settle uses, in one place (tested for uniqueness). */
export const DB_NAME = 'settle';

/**
 * Table names of the current schema (version 5, the same tables as version 3). Orders and buyers moved to new tables in
 * version 3 because their keys gained the shop, and IndexedDB cannot change a table's primary key.
 */
export const TABLES = {
  orders: 'shopOrders',
  buyers: 'shopBuyers',
  events: 'events',
  /** Each order's hash chain: its head and length (version 3: one chain per order). */
  chains: 'chains',
  evidence: 'evidence',
  templates: 'templates',
  settings: 'settings',
  summary: 'summary',
  sends: 'sends',
} as const;

/** Rows of the summary table. */
export const SUMMARY_IDS = { totals: 'totals', shopOrders: 'shop-orders' } as const;
