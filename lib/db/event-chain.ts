import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { OrderEvent, OrderEventDraft } from '../model/events';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the same event always hashes the same. */
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
 * Links an event to the one before it. Synchronous on purpose: awaiting crypto.subtle inside a
 * Dexie transaction commits it early (PrematureCommitError), so the chain is hashed with @noble/hashes.
 */
export function chainEvent(draft: OrderEventDraft, prevHash: string): OrderEvent {
  const { marketplace, orderId, at, url, data } = draft;
  const body = canonicalJson({ marketplace, orderId, at, url, data, prevHash });
  return { ...draft, prevHash, hash: bytesToHex(sha256(utf8ToBytes(body))) };
}

export type ChainCheck = { ok: true; length: number } | { ok: false; brokenAtId: number | undefined; reason: string };

/** Re-hashes events in id order and reports the first one that does not follow from its predecessor. */
export function verifyChain(events: Iterable<OrderEvent>, expectedHead?: string): ChainCheck {
  let prev = GENESIS_HASH;
  let length = 0;
  for (const event of events) {
    if (event.prevHash !== prev) return { ok: false, brokenAtId: event.id, reason: 'an event is missing before this one' };
    const { id: _id, hash, prevHash, ...draft } = event;
    if (chainEvent(draft, prevHash).hash !== hash) return { ok: false, brokenAtId: event.id, reason: 'this event was altered' };
    prev = hash;
    length++;
  }
  if (expectedHead !== undefined && expectedHead !== prev) {
    return { ok: false, brokenAtId: undefined, reason: 'events were removed from the end of the log' };
  }
  return { ok: true, length };
}
