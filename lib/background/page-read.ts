import type { SettleDb } from '../db/schema';
import { ingestSnapshots, StorageFullError } from '../db/ingest';
import type { MessageSender } from '../messaging/router';
import { HandledError } from '../messaging/router';
import type { PageReadMessage, PageReadResult } from '../messaging/types';
import { saveTabReading } from '../browser/tab-readings';
import { refreshReminders } from './refresh-reminders';
import { unpaidHistory } from '../db/buyers';
import { buyerKeyOf } from '../model/order-record';
import { isOpenStatus, type OrderSnapshot } from '../model/order';

/** The unpaid orders on a page whose buyer left others unpaid before. */
async function repeatNonPayersAmong(db: SettleDb, orders: OrderSnapshot[]): Promise<PageReadResult['repeatNonPayers']> {
  const flagged: PageReadResult['repeatNonPayers'] = [];
  const open = orders.filter((s) => isOpenStatus(s.status));
  // One read for all the page's buyers: only a buyer with more than one order can have left another unpaid.
  const buyers = await db.buyers.bulkGet(open.map((o) => [o.marketplace, buyerKeyOf(o.buyer)] as [OrderSnapshot['marketplace'], string]));
  for (const [i, o] of open.entries()) {
    if ((buyers[i]?.orderCount ?? 0) < 2) continue;
    const others = await unpaidHistory(db, { marketplace: o.marketplace, orderId: o.orderId, buyerKey: buyerKeyOf(o.buyer) });
    if (others.length) flagged.push({ orderId: o.orderId, others: others.map((x) => x.orderId) });
  }
  return flagged;
}

/** A content script read a console page: store the orders, bring the reminders (badge, alarm) up to date, remember what the tab showed. */
export async function onPageRead(db: SettleDb, message: PageReadMessage, sender: MessageSender, now = new Date().toISOString()): Promise<PageReadResult | null> {
  const { reading } = message;
  const tabId = sender.tab?.id;
  const remember = (count: number) =>
    tabId === undefined
      ? Promise.resolve()
      : saveTabReading(tabId, {
          url: message.url,
          at: now,
          reading: reading.ok
            ? { ok: true, marketplace: reading.marketplace, kind: reading.kind, count, warnings: reading.warnings }
            : { ok: false, marketplace: reading.marketplace, kind: reading.kind, count: 0, error: reading.error, warnings: [] },
        });
  if (!reading.ok) {
    await remember(0);
    return null;
  }
  try {
    const result = await ingestSnapshots(db, reading.orders, now);
    await Promise.all([refreshReminders(db, now), remember(reading.orders.length)]);
    return { created: result.created, changed: result.changed, unchanged: result.unchanged, openCount: result.openCount, repeatNonPayers: await repeatNonPayersAmong(db, reading.orders) };
  } catch (error) {
    if (error instanceof StorageFullError) {
      throw new HandledError('storage-full', 'The disk is full: nothing from this page was saved. Free some space and reload the page.');
    }
    throw error;
  }
}
