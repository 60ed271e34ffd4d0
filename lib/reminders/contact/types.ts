import type { ContactChannel } from '../../model/events';
import type { OrderRecord } from '../../model/order-record';

/** A reminder ready to go out: what to say and to whom. */
interface OutgoingReminder {
  order: OrderRecord;
  subject: string;
  text: string;
}

/**
 * How one channel delivers a reminder. The content script or extension page carries it out:
 * - open-url: navigate to a mailto:/sms: link (a mail draft the seller sends from their own mail app);
 * - copy: put the text on the clipboard, then optionally open the buyer's chat;
 * - console-form: fill and submit the console's own message form on the order page;
 * - console-action: run one of the console's own order actions (it sends the console's fixed text);
 * - qr: show a QR code holding an sms: link for the seller's phone.
 */
export type ContactAction =
  | { kind: 'open-url'; url: string }
  | { kind: 'copy'; text: string; thenOpen?: string }
  | { kind: 'console-form'; text: string }
  | { kind: 'console-action'; name: string }
  | { kind: 'qr'; payload: string };

export interface ContactOption {
  channel: ContactChannel;
  action: ContactAction;
  /** Longest text this channel takes (characters), when it has a limit. */
  maxLength?: number;
}

/** Every console (and orders added by hand) says how a reminder can reach its buyer. */
export interface ContactStrategy {
  /** The ways open for this order, best first; empty when the buyer cannot be reached from here. */
  options(reminder: OutgoingReminder): ContactOption[];
}
