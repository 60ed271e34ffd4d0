import type { SettleDb } from '../db/schema';
import { ingestSnapshots, StorageFullError } from '../db/ingest';
import { reconcileSends } from '../db/reconcile-sends';
import type { MessageSender } from '../messaging/router';
import { HandledError } from '../messaging/router';
import type { PageReadMessage, PageReadResult } from '../messaging/types';
import { saveTabReading } from '../browser/tab-readings';
import { rememberOrderFrame } from '../browser/order-frames';
import { refreshReminders } from './refresh-reminders';
import { isRepeatNonPayer, unpaidHistories } from '../db/buyers';
import { buyerKeyFor, buyerKeyOf, orderKeyText, type ShopSnapshot } from '../model/order-record';
import { isOpenStatus } from '../model/order';
import { admitPageOrders } from './page-orders';
import { rememberShopLanguage } from '../db/shop-languages';
import { shopOfPage } from '../model/shop';
import { t } from '../i18n/t';

/** The unpaid orders on a page whose buyer left others unpaid before (in the same shop): two batched reads, whatever the page's size. */
async function repeatNonPayersAmong(db: SettleDb, orders: ShopSnapshot[]): Promise<PageReadResult['repeatNonPayers']> {
  const open = orders.filter((s) => isOpenStatus(s.status)).map((o) => ({ ...o, buyerKey: buyerKeyOf(o.buyer) }));
  // The buyer rows carry the flag: only a flagged buyer's orders are read, for the order numbers the panel names.
  const buyers = await db.buyers.bulkGet(open.map(buyerKeyFor));
  const histories = await unpaidHistories(
    db,
    open.filter((o, i) => isRepeatNonPayer(o, buyers[i])),
  );
  return open.flatMap((o) => {
    const others = histories.get(orderKeyText(o));
    return others ? [{ orderId: o.orderId, others: others.map((x) => x.orderId) }] : [];
  });
}

/** The address of the page that sent a message, as the browser reports it (never the message's own claim). */
function senderPageUrl(sender: MessageSender): string {
  const url = sender.url ?? sender.tab?.url;
  if (!url) throw new HandledError('forbidden', 'This message does not come from a page.');
  return url;
}

/**
 * A content script read a console page: admit its orders one by one (a page speaks only for its
 * own shop), store them, bring the reminders (badge, alarm) up to date, remember what the tab showed.
 */
export async function onPageRead(
  db: SettleDb,
  message: PageReadMessage,
  sender: MessageSender,
  now: string,
): Promise<PageReadResult | null> {
  const { reading } = message;
  const tabId = sender.tab?.id;
  const remember = (count: number, warnings: string[] = []) =>
    tabId === undefined
      ? Promise.resolve()
      : saveTabReading(tabId, {
          url: message.url,
          at: now,
          reading: reading.ok
            ? {
                ok: true,
                marketplace: reading.marketplace,
                kind: reading.kind,
                count,
                warnings: [...reading.warnings, ...warnings].slice(0, 100),
              }
            : {
                ok: false,
                marketplace: reading.marketplace,
                kind: reading.kind,
                count: 0,
                error: reading.error,
                warnings: [],
              },
        });
  if (!reading.ok) {
    await remember(0);
    return null;
  }
  const pageUrl = senderPageUrl(sender);
  const admitted = admitPageOrders(reading.marketplace, reading.orders, pageUrl, now);
  try {
    const result = await ingestSnapshots(db, admitted.orders, now);
    // The page speaks for its own shop's language only, as it does for its orders.
    if (reading.shopLanguage)
      await rememberShopLanguage(db, shopOfPage(reading.marketplace, pageUrl), reading.shopLanguage);
    // A reminder sent as a note and never confirmed (the tab closed while the console was slow) is settled from the notes this page shows.
    await reconcileSends(db, admitted.notes, now);
    const warnings = [
      ...admitted.warnings,
      ...(result.overCap.length ? [t('ordersOverShopCap', result.overCap.length)] : []),
    ];
    const [repeatNonPayers] = await Promise.all([
      repeatNonPayersAmong(db, admitted.orders),
      refreshReminders(db, now),
      remember(admitted.orders.length - result.overCap.length, warnings),
      // The frame showing an order page carries its panel: the panel's questions go to that frame (lib/background/order-frame.ts).
      reading.kind === 'order-detail' && tabId !== undefined && sender.frameId !== undefined
        ? rememberOrderFrame(tabId, sender.frameId, admitted.orders.map(orderKeyText))
        : undefined,
    ]);
    const { created, changed, unchanged, openCount } = result;
    return { created, changed, unchanged, openCount, repeatNonPayers };
  } catch (error) {
    if (error instanceof StorageFullError) {
      throw new HandledError(
        'storage-full',
        'The disk is full: nothing from this page was saved. Free some space and reload the page.',
      );
    }
    throw error;
  }
}
