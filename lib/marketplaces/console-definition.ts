import type { MessageKey } from '../i18n/t';
import type { ContactChannel } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { ContactStrategy } from '../reminders/contact/types';
import type { MarketplaceRules } from './rules/types';
import type { MarketplaceAdapter } from './types';

/** The keys of every seller-facing string that names or describes one console. */
interface ConsoleWords {
  /** The console's name ("WooCommerce"). */
  name: MessageKey;
  /** Where the seller finds the orders Settle reads (consoles with a reader). */
  ordersPage?: MessageKey;
  /** The console's own names for the channels that go through it; other channels keep their general names (`channel_<id>`). */
  channels?: Partial<Record<ContactChannel, MessageKey>>;
  /** A line the order panel shows under a channel (an order action that sends the console's own text). */
  channelNotes?: Partial<Record<ContactChannel, MessageKey>>;
}

/**
 * Everything Settle knows of one console, from its folder `lib/marketplaces/<id>/`: its words, its
 * rules, how a reminder reaches its buyers and, once Settle reads its pages, its reader. Every
 * registry is built from the list of these (lib/marketplaces/consoles.ts).
 */
export interface ConsoleDefinition {
  id: MarketplaceId;
  words: ConsoleWords;
  rules: MarketplaceRules;
  contact: ContactStrategy;
  /** The page reader, the only part a content script imports; absent until Settle reads this console's pages. */
  reader?: MarketplaceAdapter;
  /**
   * Whether a note the console shows (as read into `customerNotes`) is these sent words, as the
   * console renders them: the background settles a pending send with it.
   */
  noteMatches?(note: string, sent: string): boolean;
}
