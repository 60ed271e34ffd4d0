import type { MarketplaceId } from '../../model/order';
import type { ContactStrategy } from './types';
import { woocommerceContact } from './woocommerce';
import { manualContact } from './manual';

/** The contact strategy of each console; consoles still without a reader fall back to copied text. */
const STRATEGIES: Partial<Record<MarketplaceId, ContactStrategy>> = {
  woocommerce: woocommerceContact,
  generic: manualContact,
};

const copyOnly: ContactStrategy = { options: ({ text }) => [{ channel: 'copied', action: { kind: 'copy', text } }] };

export function contactStrategyFor(marketplace: MarketplaceId): ContactStrategy {
  return STRATEGIES[marketplace] ?? copyOnly;
}

export type { ContactAction, ContactOption, ContactStrategy, OutgoingReminder } from './types';
