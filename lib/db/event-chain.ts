import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { OrderEvent, OrderEventDraft } from '../model/events';

/** The `prevHash` of an order's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with members sorted by key, no whitespace, undefined members left out: the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Links an event to the one before it in its order's chain: `hash` is the lowercase hex SHA-256
 * of the canonical JSON of every member but `hash` (and the database's `id`). Synchronous on
 * purpose: awaiting crypto.subtle inside a Dexie transaction commits it early
 * (PrematureCommitError), so the chain is hashed with @noble/hashes.
 */
export function chainEvent(draft: OrderEventDraft, prevHash: string): OrderEvent {
  const body = canonicalJson({ ...draft, prevHash });
  return { ...draft, prevHash, hash: bytesToHex(sha256(utf8ToBytes(body))) };
}

export type ChainCheck =
  { ok: true; length: number; head: string } | { ok: false; brokenAtId: number | undefined; reason: ChainBreak };

/** Why a chain does not verify. */
type ChainBreak = 'missing-before' | 'altered' | 'missing-at-end';

/**
 * Re-hashes one order's events in id order and reports the first one that does not follow from
 * its predecessor. `expectedHead` (kept apart from the events) catches events removed from the end.
 */
export function verifyChain(events: Iterable<OrderEvent>, expectedHead?: string): ChainCheck {
  let prev = GENESIS_HASH;
  let length = 0;
  for (const event of events) {
    if (event.prevHash !== prev) return { ok: false, brokenAtId: event.id, reason: 'missing-before' };
    const { id: _id, hash, prevHash, ...draft } = event;
    if (chainEvent(draft, prevHash).hash !== hash) return { ok: false, brokenAtId: event.id, reason: 'altered' };
    prev = hash;
    length++;
  }
  if (expectedHead !== undefined && expectedHead !== prev)
    return { ok: false, brokenAtId: undefined, reason: 'missing-at-end' };
  return { ok: true, length, head: prev };
}
