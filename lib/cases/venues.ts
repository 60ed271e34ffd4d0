import type { VenueId } from '../model/venue-id';

/**
 * Where a seller can take an unpaid order, and what each place asks for. Every fact carries its
 * source and how sure it is (`../shared/MARKETPLACES.md` §8 and the laws named): 'verified' read
 * in the official text, 'secondary' from a reliable second-hand source, 'unverified' a default to
 * check. Facts nobody has published stay out rather than being guessed: Etsy, Taobao, Pinduoduo
 * and Douyin publish no window for an unpaid order (MARKETPLACES.md §2.4, §8.5), and a court's
 * window is the limitation period (lib/cases/limitation.ts).
 */

type Confidence = 'verified' | 'secondary' | 'unverified';
export interface Fact<T> {
  value: T;
  source: string;
  confidence: Confidence;
}

/** What a case can hold, as a venue's checklist asks for it (lib/cases/checklist.ts ticks them). */
export type ChecklistItem = 'order-record' | 'reminders-sent' | 'final-notice' | 'page-capture' | 'attachments';

export type { VenueId };

/** Where a court venue's law comes from (lib/cases/limitation.ts). */
export type Jurisdiction = 'england-wales' | 'us-california' | 'mainland-china' | 'hong-kong' | 'taiwan';

/**
 * How long the venue gives to open (or answer) a case: `days` counted from the order date — the
 * sale, or the payment the buyer made, whose date Settle knows only as the order's — or, where the
 * venue sets a date for each dispute (`perCase`), none: the seller enters that date as the case's
 * deadline. `rule` is the message that says it in the seller's language.
 */
export type DisputeWindow = { days: number; from: 'placed'; rule: string } | { perCase: true; rule: string };

export interface Venue {
  id: VenueId;
  kind: 'marketplace' | 'payment' | 'court' | 'mediator' | 'other';
  jurisdiction?: Jurisdiction;
  asks: ChecklistItem[];
  fileTypes?: Fact<string[]>;
  maxFileBytes?: Fact<number>;
  /** The most a claim there may be for, in minor units of `currency`. */
  claimLimit?: Fact<{ amount: number; currency: string }>;
  /** Something the seller must know before going there. */
  note?: Fact<string>;
  /** The window to open or answer a case there, where the venue publishes one. */
  window?: Fact<DisputeWindow>;
}

const MB = 1024 * 1024;

export const VENUES: readonly Venue[] = [
  {
    id: 'ebay',
    kind: 'marketplace',
    asks: ['order-record', 'reminders-sent'],
    fileTypes: {
      value: ['jpeg', 'jpg', 'png'],
      source: 'developer.ebay.com, Fulfillment API uploadEvidenceFile',
      confidence: 'verified',
    },
    note: {
      value: 'venueNote_ebay',
      source: 'eBay: unpaid items need no case since April 2021; cancel the order as "Buyer hasn\'t paid"',
      confidence: 'secondary',
    },
    window: {
      value: { days: 30, from: 'placed', rule: 'venueWindow_ebay' },
      source:
        'eBay UK help, Resolving unpaid items (ebay.co.uk/help/selling/getting-paid/resolving-unpaid-items?id=4137): unpaid items should be cancelled within 30 days of the buyer committing to buy',
      confidence: 'verified',
    },
  },
  {
    id: 'etsy',
    kind: 'marketplace',
    asks: ['order-record', 'reminders-sent', 'attachments'],
    note: {
      value: 'venueNote_etsy',
      source:
        'Etsy Purchase Protection: the buyer is asked to contact the seller first; a case after 48 h without an answer (printify.com)',
      confidence: 'secondary',
    },
  },
  {
    id: 'paypal',
    kind: 'payment',
    asks: ['order-record', 'reminders-sent', 'attachments'],
    fileTypes: {
      value: ['jpg', 'jpeg', 'gif', 'png', 'pdf'],
      source: 'developer.paypal.com/platforms/disputes/reference/supported-file-types-sizes',
      confidence: 'verified',
    },
    maxFileBytes: {
      value: 10 * MB,
      source: 'developer.paypal.com/platforms/disputes/reference/supported-file-types-sizes',
      confidence: 'verified',
    },
    window: {
      value: { days: 180, from: 'placed', rule: 'venueWindow_paypal' },
      source:
        'PayPal Help Center, Dispute filing timeframes (paypal.com/ch/cshelp/article/dispute-filing-timeframes-help1173): a dispute must be opened within 180 days of the date the payment was sent',
      confidence: 'verified',
    },
  },
  {
    id: 'stripe',
    kind: 'payment',
    asks: ['order-record', 'reminders-sent', 'attachments'],
    note: {
      value: 'venueNote_stripe',
      source:
        "Stripe dispute evidence: text fields up to 20,000 characters; the deadline is the dispute's evidence_details.due_by (stripe-node typings)",
      confidence: 'secondary',
    },
    window: {
      value: { perCase: true, rule: 'venueWindow_stripe' },
      source:
        'Stripe API, Dispute.evidence_details.due_by: "Date by which evidence must be submitted in order to successfully challenge dispute" (stripe-ruby lib/stripe/resources/dispute.rb, generated from Stripe\'s OpenAPI spec)',
      confidence: 'verified',
    },
  },
  {
    id: 'shopify-payments',
    kind: 'payment',
    asks: ['order-record', 'reminders-sent', 'attachments'],
    window: {
      value: { perCase: true, rule: 'venueWindow_shopify_payments' },
      source:
        "Shopify admin shows each chargeback's evidence due date; guides citing help.shopify.com/en/manual/payments/chargebacks (rebutkit.com, kahunam.com) say evidence must be in by then",
      confidence: 'secondary',
    },
  },
  {
    id: 'taobao',
    kind: 'marketplace',
    asks: ['order-record', 'page-capture'],
    note: {
      value: 'venueNote_cn_platform',
      source: 'MARKETPLACES.md §8.5: an unpaid order closes by itself; evidence flows exist for after-sales',
      confidence: 'secondary',
    },
  },
  {
    id: 'pinduoduo',
    kind: 'marketplace',
    asks: ['order-record', 'page-capture'],
    note: { value: 'venueNote_cn_platform', source: 'MARKETPLACES.md §8.5', confidence: 'secondary' },
  },
  {
    id: 'douyin',
    kind: 'marketplace',
    asks: ['order-record', 'page-capture'],
    note: { value: 'venueNote_cn_platform', source: 'MARKETPLACES.md §8.5', confidence: 'secondary' },
  },
  {
    id: 'court-england-wales',
    kind: 'court',
    jurisdiction: 'england-wales',
    asks: ['order-record', 'reminders-sent', 'final-notice', 'attachments'],
    claimLimit: {
      value: { amount: 10_000_00, currency: 'GBP' },
      source: 'Civil Procedure Rules 26.6: the small claims track covers claims up to £10,000',
      confidence: 'secondary',
    },
    note: {
      value: 'venueNote_ew',
      source:
        'Pre-Action Protocol for Debt Claims (justice.gov.uk): a letter before claim, and 30 days for the debtor to reply',
      confidence: 'secondary',
    },
  },
  {
    id: 'court-us-california',
    kind: 'court',
    jurisdiction: 'us-california',
    asks: ['order-record', 'reminders-sent', 'final-notice', 'attachments'],
    claimLimit: {
      value: { amount: 6_250_00, currency: 'USD' },
      source: 'California CCP §116.220–116.221: $12,500 for a natural person, $6,250 for a business',
      confidence: 'secondary',
    },
    note: {
      value: 'venueNote_ca',
      source: 'California small claims: form SC-100; a demand for payment before filing (courts.ca.gov)',
      confidence: 'secondary',
    },
  },
  {
    id: 'court-mainland-china',
    kind: 'court',
    jurisdiction: 'mainland-china',
    asks: ['order-record', 'reminders-sent', 'final-notice', 'page-capture', 'attachments'],
    note: {
      value: 'venueNote_cn',
      source: '最高人民法院关于互联网法院审理案件若干问题的规定 (2018) 第二条、第十一条',
      confidence: 'secondary',
    },
  },
  {
    id: 'court-hong-kong',
    kind: 'court',
    jurisdiction: 'hong-kong',
    asks: ['order-record', 'reminders-sent', 'final-notice', 'attachments'],
    claimLimit: {
      value: { amount: 75_000_00, currency: 'HKD' },
      source: 'Small Claims Tribunal Ordinance (Cap. 338): claims up to HK$75,000 since 2018',
      confidence: 'secondary',
    },
  },
  {
    id: 'court-taiwan',
    kind: 'court',
    jurisdiction: 'taiwan',
    asks: ['order-record', 'reminders-sent', 'final-notice', 'attachments'],
    claimLimit: {
      value: { amount: 100_000_00, currency: 'TWD' },
      source: '民事訴訟法第436條之8：小額訴訟，標的金額新臺幣十萬元以下',
      confidence: 'secondary',
    },
    note: {
      value: 'venueNote_tw',
      source: '存證信函 through the post office is the usual formal demand before suing',
      confidence: 'secondary',
    },
  },
  { id: 'mediator', kind: 'mediator', asks: ['order-record', 'reminders-sent', 'attachments'] },
  { id: 'other', kind: 'other', asks: ['order-record', 'reminders-sent'] },
];

export const venueOf = (id: VenueId | undefined): Venue | undefined => VENUES.find((v) => v.id === id);
