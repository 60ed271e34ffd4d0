/** Where a case can be taken (lib/cases/venues.ts holds what each asks for). */
export type VenueId =
  | 'ebay'
  | 'etsy'
  | 'paypal'
  | 'stripe'
  | 'shopify-payments'
  | 'taobao'
  | 'pinduoduo'
  | 'douyin'
  | 'court-england-wales'
  | 'court-us-california'
  | 'court-mainland-china'
  | 'court-hong-kong'
  | 'court-taiwan'
  | 'mediator'
  | 'other';
