import type { OrderEvent } from '../model/events';
import type { ChainCheck } from '../db/event-chain';
import { countedKey, t } from './t';
import { describeEvent } from './describe-event';
import { formatDateTime } from './format-date-time';

/** How much of the chain's head a line shows (the whole hash is in the report and the manifest). */
const HEAD_CHARS = 12;

/** An order's chain check as the seller reads it, and the event it points at. */
export interface ChainStatus {
  ok: boolean;
  text: string;
  /** Where the chain breaks: the event that fails, or the last one kept when events are missing at the end. */
  at?: { event: OrderEvent; position: number; note: string };
}

/**
 * "Timeline chain intact (5 events, head 3f9a…)" or "Timeline chain broken at event 3 (date,
 * what): altered …". `events` are the order's timeline, oldest first, as the check read them;
 * an event's number is its place in that timeline (the report's numbering, the line of
 * records/timeline.jsonl), never the database's id.
 */
export function describeChain(chain: ChainCheck, events: OrderEvent[], currency: string, locale: string): ChainStatus {
  if (chain.ok)
    return {
      ok: true,
      text: t(countedKey('chainIntact', chain.length), chain.length, chain.head.slice(0, HEAD_CHARS)),
    };
  const index =
    chain.reason === 'missing-at-end' ? events.length - 1 : events.findIndex((e) => e.id === chain.brokenAtId);
  const event = events[index];
  if (!event)
    return { ok: false, text: chain.reason === 'missing-at-end' ? t('chainAllMissing') : t('chainBrokenUnknown') };
  const why = {
    altered: t('chainAltered'),
    'missing-before': t('chainMissingBefore'),
    'missing-at-end': t('chainMissingAtEnd'),
  }[chain.reason];
  const note = {
    altered: t('chainNoteAltered'),
    'missing-before': t('chainNoteMissingBefore'),
    'missing-at-end': t('chainNoteMissingAtEnd'),
  }[chain.reason];
  return {
    ok: false,
    text: t('chainBroken', index + 1, formatDateTime(event.at, locale), describeEvent(event, currency, locale), why),
    at: { event, position: index + 1, note },
  };
}
