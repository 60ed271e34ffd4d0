/** Every IndexedDB name Settle uses, in one place (tested for uniqueness). */
export const DB_NAME = 'settle';

export const TABLES = {
  orders: 'orders',
  buyers: 'buyers',
  events: 'events',
  evidence: 'evidence',
  templates: 'templates',
  settings: 'settings',
  summary: 'summary',
  sends: 'sends',
} as const;

/** Rows of the summary table. */
export const SUMMARY_IDS = { totals: 'totals', chain: 'event-chain' } as const;
