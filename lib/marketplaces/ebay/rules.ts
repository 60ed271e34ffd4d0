import type { MarketplaceRules, RuleSource } from '../rules/types';

const unpaidHelp: RuleSource = {
  title: 'eBay UK help: Resolving unpaid items (id 4137)',
  url: 'https://www.ebay.co.uk/help/selling/getting-paid/resolving-unpaid-items?id=4137',
  confidence: 'verified',
};
const unpaidHelpSg: RuleSource = {
  title: 'eBay Singapore help: Unpaid items',
  url: 'https://www.ebay.com.sg/pages/help/sell/unpaid-items.html',
  confidence: 'verified',
};
const cancellation2021: RuleSource = {
  title: 'eBay UK Seller Centre news, March 2021: order cancellation replaces unpaid item cases',
  url: 'https://www.ebay.co.uk/sellercentre/news/2021-march/order-cancellation',
  confidence: 'verified',
};
const autumn2021Au: RuleSource = {
  title: 'eBay AU 2021 autumn seller update: unpaid items (said 5 days)',
  url: 'https://www.ebay.com.au/sellercentre/2021-autumn-seller-update/unpaid-items',
  confidence: 'verified',
};
const autoCancelTrading: RuleSource = {
  title: 'eBay Trading API: UnpaidItemAssistancePreferencesType (4, 7, 11, 19, 27, 30 days)',
  url: 'https://developer.ebay.com/devzone/xml/docs/reference/ebay/types/UnpaidItemAssistancePreferencesType.html',
  confidence: 'verified',
};
const autoCancelAccount: RuleSource = {
  title: 'eBay Account API v2: SetItemsAwaitingPaymentPreferencesType (delay in business days, varies by site)',
  url: 'https://developer.ebay.com/api-docs/sell/account/v2/types/api:SetItemsAwaitingPaymentPreferencesType',
  confidence: 'verified',
};
const messageLength: RuleSource = {
  title: 'cnblogs (pengzhen), citing the eBay docs: member message body up to 2000 characters',
  url: 'https://cnblogs.com/pengzhen/p/4536484.html',
  confidence: 'secondary',
};

const DAY = 24;

export const ebayRules: MarketplaceRules = {
  marketplace: 'ebay',
  autoClose: {
    movesReminders: true,
    hours: 4 * DAY,
    from: 'placed',
    calendar: 'calendar',
    confidence: 'verified',
    source: unpaidHelp,
    note:
      'Only when the seller has turned on automatic cancellation ("Preferences for items awaiting payment"). ' +
      'The seller picks 4, 7, 11, 19, 27 or 30 days; 4 is the earliest, so reminders timed before it are never late. ' +
      'The Account API v2 counts this delay in business days that vary by site; the help page says calendar days.',
  },
  sellerMayCancel: {
    hours: 4 * DAY,
    from: 'placed',
    calendar: 'calendar',
    confidence: 'verified',
    source: unpaidHelp,
    note:
      'Counted from the end of the listing (the purchase, for Buy It Now); for a combined invoice, from when the invoice was sent. ' +
      'The April 2021 UK and AU notices said 5 days; the current help pages (UK, SG, CH) say 4.',
  },
  windowCloses: {
    hours: 30 * DAY,
    from: 'placed',
    calendar: 'calendar',
    confidence: 'verified',
    source: unpaidHelp,
    note: 'Unpaid items should be cancelled within 30 days of the buyer committing to buy.',
  },
  messageMaxLength: 2000,
  contactChannels: [
    { id: 'console-form', label: 'Message buyer (order details page)' },
    { id: 'console-invoice', label: 'Send invoice (Sold → More actions → Send invoice)' },
  ],
  sources: [
    unpaidHelp,
    unpaidHelpSg,
    cancellation2021,
    autumn2021Au,
    autoCancelTrading,
    autoCancelAccount,
    messageLength,
  ],
  notes: [
    'No unpaid item case since April 2021 (caseOpens is unset): the seller cancels with the reason "Buyer hasn\'t paid", which is recorded against the buyer and blocks their feedback.',
    'eBay itself emails the buyer reminders to pay 24 h and 48 h after the listing ends.',
    "messageMaxLength 2000 is the API message body limit (secondary source); the web form's own limit is unknown. Messages take no HTML.",
  ],
};
