import { keyFor, type MessageKey } from '../i18n/t';
import type { ContactChannel } from '../model/events';
import type { MarketplaceId } from '../model/order';
import type { ContactStrategy } from '../reminders/contact/types';
import type { ConsoleDefinition } from './console-definition';
import type { MarketplaceRules } from './rules/types';
import type { MarketplaceAdapter } from './types';

/** What Settle looks up per console, all built from one list of console definitions. */
export interface ConsoleRegistry {
  consoles: readonly ConsoleDefinition[];
  /** The ids, in the list's order (the options' schedule list shows them so). */
  ids: readonly MarketplaceId[];
  /** The readers of the consoles Settle reads pages of. */
  readers: readonly MarketplaceAdapter[];
  allRules: readonly MarketplaceRules[];
  /** Whether a string from outside (an address, a message) names a console in the list. */
  has(id: string): id is MarketplaceId;
  consoleFor(id: MarketplaceId): ConsoleDefinition;
  rulesFor(id: MarketplaceId): MarketplaceRules;
  contactStrategyFor(id: MarketplaceId): ContactStrategy;
  /** The message key naming a channel on this console: its own words, else the channel's general name. */
  channelKey(id: MarketplaceId, channel: ContactChannel): MessageKey;
}

/**
 * The registry of a list of consoles. Two consoles with one id, or a lookup of an id the list does
 * not have, throw: a console missing from the list fails loudly instead of reading as undefined.
 */
export function buildRegistry(consoles: readonly ConsoleDefinition[]): ConsoleRegistry {
  const byId = new Map<string, ConsoleDefinition>();
  for (const definition of consoles) {
    if (byId.has(definition.id)) throw new Error(`Two consoles have the id "${definition.id}".`);
    byId.set(definition.id, definition);
  }
  const consoleFor = (id: MarketplaceId) => {
    const definition = byId.get(id);
    if (!definition) throw new Error(`"${id}" is not in the consoles list (lib/marketplaces/consoles.ts).`);
    return definition;
  };
  return {
    consoles,
    ids: consoles.map((c) => c.id),
    readers: consoles.flatMap((c) => (c.reader ? [c.reader] : [])),
    allRules: consoles.map((c) => c.rules),
    has: (id): id is MarketplaceId => byId.has(id),
    consoleFor,
    rulesFor: (id) => consoleFor(id).rules,
    contactStrategyFor: (id) => consoleFor(id).contact,
    channelKey: (id, channel) => (consoleFor(id).words.channels ?? {})[channel] ?? keyFor('channel', channel),
  };
}
