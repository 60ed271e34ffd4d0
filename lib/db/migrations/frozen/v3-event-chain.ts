import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Frozen with schema version 3: how the version 2 → 3 upgrade hashes events. A copy of that
 * version's lib/db/event-chain.ts; never change it, even if today's chain hashes differently
 * (a later version would re-chain in its own upgrade).
 */

/** The `prevHash` of a chain's first event. */
export const GENESIS_HASH_V3 = '0'.repeat(64);

/** An event row as versions 2 and 3 keep it. */
export interface ChainedEventV3 {
  id?: number;
  marketplace: string;
  shop?: string;
  orderId: string;
  at: string;
  url: string;
  data: unknown;
  prevHash: string;
  hash: string;
}

export type EventDraftV3 = Omit<ChainedEventV3, 'id' | 'prevHash' | 'hash'>;

/** JSON with members sorted by key, no whitespace, undefined members left out. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The event linked after `prevHash`: the SHA-256 of the canonical JSON of every member but `hash` and `id`. */
export function chainEventV3(draft: EventDraftV3, prevHash: string): ChainedEventV3 {
  const body = canonicalJson({ ...draft, prevHash });
  return { ...draft, prevHash, hash: bytesToHex(sha256(utf8ToBytes(body))) };
}

/**
 * Whether events (in id order) form one unbroken chain ending at `expectedHead`. Re-hashes
 * whatever members each event has, so version 2's events, hashed without a shop, check as they were.
 */
export function isIntactChainV3(events: ChainedEventV3[], expectedHead: string | undefined): boolean {
  let prev = GENESIS_HASH_V3;
  for (const { id: _id, hash, prevHash, ...draft } of events) {
    if (prevHash !== prev || chainEventV3(draft, prevHash).hash !== hash) return false;
    prev = hash;
  }
  return expectedHead === undefined || expectedHead === prev;
}
