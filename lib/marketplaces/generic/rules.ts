import type { MarketplaceRules } from '../rules/types';

/** The seller's own payment terms for orders added by hand. */
export interface SellerTerms {
  /** Days from the order date until payment is due. */
  dueDays: number;
  /** Days after the due date before chasing starts; for the reminder scheduler. */
  graceDays: number;
}

/** Settle's starting point until the seller sets their own terms; no platform stands behind it. */
export const DEFAULT_SELLER_TERMS: Readonly<SellerTerms> = { dueDays: 14, graceDays: 0 };

export const genericRules: MarketplaceRules = {
  marketplace: 'generic',
  contactChannels: [
    { id: 'mail-draft', label: "Mail draft to the buyer's email" },
    { id: 'copied', label: 'Text copied' },
  ],
  sources: [],
  notes: [
    "Orders added by hand follow the seller's own terms (SellerTerms): no platform closes or cancels them, so there are no platform rules.",
    "payment-due is the order's own due date, else the order date + dueDays.",
  ],
};
