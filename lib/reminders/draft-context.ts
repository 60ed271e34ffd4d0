import { paymentInstructionsFor, signatureFor, type ChaseSettings } from '../db/settings';
import { reminderCloseAt, rulesFor } from '../marketplaces/rules';
import type { ReminderOffers } from '../messaging/types';
import type { OrderRecord } from '../model/order-record';
import { isKnownTimeZone } from '../tracker/zoned-time';
import { draftReminder, type DraftContext } from './draft';
import type { RenderResult } from './render';
import type { ReminderTemplate } from './types';

/** The context a reminder for this order is drafted in. */
export function draftContextFor(order: OrderRecord, settings: ChaseSettings, now: string): DraftContext {
  return {
    now,
    timeZone: order.buyer.timeZone && isKnownTimeZone(order.buyer.timeZone) ? order.buyer.timeZone : settings.timeZone,
    shopName: signatureFor(settings, order.shop),
    paymentInstructions: paymentInstructionsFor(settings, order.shop),
    autoCloseAt: reminderCloseAt(order),
  };
}

/**
 * The reminder as it goes out on one channel: the seller's offers added, shortened to the
 * tightest of the channel's limit and the console's message box.
 */
export function draftForChannel(
  order: OrderRecord,
  template: ReminderTemplate,
  settings: ChaseSettings,
  now: string,
  { channelMaxLength, offers }: { channelMaxLength?: number; offers?: ReminderOffers },
): RenderResult {
  const maxLength = Math.min(channelMaxLength ?? Infinity, rulesFor(order.marketplace).messageMaxLength ?? Infinity);
  const opts = { offerInstalments: !!offers?.instalments, offerExtension: !!offers?.extension };
  return draftReminder(
    order,
    template,
    draftContextFor(order, settings, now),
    Number.isFinite(maxLength) ? { ...opts, maxLength } : opts,
  );
}
