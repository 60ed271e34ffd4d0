/**
 * The few DER (X.690) encodings a time-stamp request needs, by hand: Settle sends one small,
 * fixed-shape structure and a general ASN.1 library would weigh more than the feature.
 */

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A non-negative number's bytes, big-endian, at least one. */
function bigEndian(value: number): number[] {
  const bytes = [value % 256];
  for (let n = Math.floor(value / 256); n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return bytes;
}

/** A definite length: short form below 128, else 0x80 | byte count, then the bytes. */
function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes = bigEndian(length);
  return [0x80 | bytes.length, ...bytes];
}

/** One tag-length-value (low tag numbers only: every tag a time-stamp request uses). */
const tlv = (tag: number, content: Uint8Array): Uint8Array =>
  concat([new Uint8Array([tag, ...encodeLength(content.length)]), content]);

export const sequence = (...items: Uint8Array[]): Uint8Array => tlv(0x30, concat(items));

export const octetString = (bytes: Uint8Array): Uint8Array => tlv(0x04, bytes);

export const nullValue = (): Uint8Array => new Uint8Array([0x05, 0x00]);

/** DER's TRUE is 0xFF, its FALSE 0x00. */
export const boolean = (value: boolean): Uint8Array => tlv(0x01, new Uint8Array([value ? 0xff : 0x00]));

/** The non-negative integer with these big-endian bytes, in the fewest octets: no leading zero unless the top bit needs one. */
export function unsignedInteger(magnitude: Uint8Array | number): Uint8Array {
  let bytes = typeof magnitude === 'number' ? new Uint8Array(bigEndian(magnitude)) : magnitude;
  let first = 0;
  while (first < bytes.length - 1 && bytes[first] === 0) first++;
  bytes = bytes.subarray(first);
  if (!bytes.length) bytes = new Uint8Array([0]);
  return tlv(0x02, bytes[0]! & 0x80 ? concat([new Uint8Array([0]), bytes]) : bytes);
}

/** An OBJECT IDENTIFIER from its dotted form: "2.16.840.1.101.3.4.2.1" (SHA-256). */
export function objectIdentifier(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
    throw new Error(`Not an object identifier: ${dotted}`);
  const body: number[] = [];
  for (const arc of [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)]) {
    // Base 128, most significant group first; every group but the last has its top bit set.
    const groups = [arc % 128];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) groups.unshift(0x80 | (n % 128));
    body.push(...groups);
  }
  return tlv(0x06, new Uint8Array(body));
}
