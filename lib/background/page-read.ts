import type { SettleDb } from '../db/schema';
import { ingestSnapshots, StorageFullError } from '../db/ingest';
import type { MessageSender } from '../messaging/router';
import { HandledError } from '../messaging/router';
import type { PageReadMessage, PageReadResult } from '../messaging/types';
import { saveTabReading } from '../browser/tab-readings';
import { showBadgeCount } from '../browser/badge';

/** A content script read a console page: store the orders, update the badge, remember what the tab showed. */
export async function onPageRead(db: SettleDb, message: PageReadMessage, sender: MessageSender): Promise<PageReadResult | null> {
  const { reading } = message;
  const tabId = sender.tab?.id;
  const remember = (count: number) =>
    tabId === undefined
      ? Promise.resolve()
      : saveTabReading(tabId, {
          url: message.url,
          at: new Date().toISOString(),
          reading: reading.ok
            ? { ok: true, marketplace: reading.marketplace, kind: reading.kind, count, warnings: reading.warnings }
            : { ok: false, marketplace: reading.marketplace, kind: reading.kind, count: 0, error: reading.error, warnings: [] },
        });
  if (!reading.ok) {
    await remember(0);
    return null;
  }
  try {
    const result = await ingestSnapshots(db, reading.orders);
    await Promise.all([showBadgeCount(result.openCount), remember(reading.orders.length)]);
    return { created: result.created, changed: result.changed, unchanged: result.unchanged, openCount: result.openCount };
  } catch (error) {
    if (error instanceof StorageFullError) {
      throw new HandledError('storage-full', 'The disk is full: nothing from this page was saved. Free some space and reload the page.');
    }
    throw error;
  }
}
