/**
 * Schema version 1: the foundation tables, exactly as shipped (Dexie upgrades from any declared
 * version, so every version stays declared). Table names are written out here, not taken from
 * today's `TABLES`: renaming a table today must not rename it in the past.
 */
export const STORES_V1 = {
  orders: '[marketplace+orderId], [open+lastActivityAt]',
  buyers: '[marketplace+buyerKey]',
  events: '++id, [marketplace+orderId]',
  evidence: '++id, [marketplace+orderId]',
  templates: 'id',
  settings: 'key',
  summary: 'id',
};
