import { consoles } from '../marketplaces/consoles';
import type { ContactChannel } from '../model/events';
import type { MarketplaceId } from '../model/order';
import { t } from './t';

/** A contact channel as the seller reads it on this console: the console's own words when it has them. */
export function channelName(marketplace: MarketplaceId, channel: ContactChannel): string {
  return t(consoles.channelKey(marketplace, channel));
}

/** The line the order panel shows under a channel on this console, when it has one. */
export function channelNote(marketplace: MarketplaceId, channel: ContactChannel): string | undefined {
  const key = consoles.consoleFor(marketplace).words.channelNotes?.[channel];
  return key && t(key);
}
