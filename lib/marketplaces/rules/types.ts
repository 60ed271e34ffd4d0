import type { ContactChannel } from '../../model/events';
import type { MarketplaceId } from '../../model/order';

/**
 * How far a rule can be trusted: 'verified' = primary source (official docs or the platform's own
 * code), 'secondary' = third-party source, 'unverified-default' = no source found; a default the
 * seller should check and may change.
 */
export type RuleConfidence = 'verified' | 'secondary' | 'unverified-default';

export interface RuleSource {
  title: string;
  url: string;
  confidence: RuleConfidence;
}

export interface TimedRule {
  hours: number;
  from: 'placed' | 'last-modified' | 'invoice-sent';
  calendar: 'calendar' | 'business';
  confidence: RuleConfidence;
  /** Where the number comes from; absent only on an unverified default, which has no source. */
  source?: RuleSource;
  note?: string;
}

/** A platform's own close of an unpaid order. */
interface AutoCloseRule extends TimedRule {
  /**
   * Whether reminders are timed (pulled before it) and worded ("closes on …") by this close. False
   * when a page cannot tell which orders the platform really closes; `movesRemindersWhy` says why.
   */
  movesReminders: boolean;
  movesRemindersWhy?: string;
}

export interface MarketplaceRules {
  marketplace: MarketplaceId;
  /** The platform closes an unpaid order by itself this long after `from`. */
  autoClose?: AutoCloseRule;
  /** The seller may cancel for non-payment from this long after `from`. */
  sellerMayCancel?: TimedRule;
  /** The seller may open an unpaid-item case / dispute (where such a thing exists). */
  caseOpens?: TimedRule;
  /** The last moment to cancel / open a case. */
  windowCloses?: TimedRule;
  /** Longest text the console's message box takes, in characters, when known. */
  messageMaxLength?: number;
  /** How the seller reaches the buyer on this console, best first (free text for the docs + a channel id). */
  contactChannels: { id: ContactChannel; label: string }[];
  sources: RuleSource[];
  notes: string[];
}
