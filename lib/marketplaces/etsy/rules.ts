import type { MarketplaceRules, RuleSource } from '../rules/types';

const cancelPolicy: RuleSource = {
  title: 'Etsy help article 4553 (older): a seller may cancel when the buyer did not pay',
  url: 'https://www.etsy.com/help/article/4553',
  confidence: 'verified',
};
const howToCancel: RuleSource = {
  title: 'Etsy help: How to cancel an order (processes within 48 h, fees credited)',
  url: 'https://help.etsy.com/hc/en-us/articles/115015587347',
  confidence: 'verified',
};

export const etsyRules: MarketplaceRules = {
  marketplace: 'etsy',
  contactChannels: [
    { id: 'console-form', label: 'Message buyer (Etsy Messages, from the order)' },
    { id: 'copied', label: 'Text copied to paste into Etsy Messages' },
  ],
  sources: [cancelPolicy, howToCancel],
  notes: [
    'The seller may cancel when the buyer did not pay, but no minimum wait was found, so sellerMayCancel is unset (a 2007 forum post\'s "3 days" is not relied on).',
    'No platform auto-close and no seller case for non-payment is documented.',
    'Cancel from Orders & Shipping → ⋯ → Cancel, with a reason and an optional message to the buyer.',
    'Contact buyers only through Etsy Messages: no email off Etsy without consent, no mailing lists, stop when asked (secondary: a Shopify Marketplace Connect help summary).',
    'The message length limit is unknown.',
  ],
};
