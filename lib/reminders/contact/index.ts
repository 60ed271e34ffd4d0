import { consoles } from '../../marketplaces/consoles';
import type { MarketplaceId } from '../../model/order';
import type { ContactStrategy } from './types';

/** The contact strategy of each console (lib/marketplaces/<id>/console.ts), from the consoles list. */
export function contactStrategyFor(marketplace: MarketplaceId): ContactStrategy {
  return consoles.contactStrategyFor(marketplace);
}

export type { ContactOption, ContactStrategy } from './types';
