import { describe, expect, it } from 'vitest';
import {
  boolean,
  nullValue,
  objectIdentifier,
  octetString,
  sequence,
  unsignedInteger,
} from '@/lib/evidence/timestamp/der-encode';
import { childrenOf, integerMagnitude, objectIdentifierText, readElement } from '@/lib/evidence/timestamp/der-read';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('DER encoder (the few encodings a time-stamp request needs)', () => {
  it('encodes SHA-256’s object identifier as every ASN.1 tool does', () => {
    expect(hex(objectIdentifier('2.16.840.1.101.3.4.2.1'))).toBe('0609608648016503040201');
    expect(hex(objectIdentifier('1.2.840.113549.1.9.16.1.4'))).toBe('060b2a864886f70d0109100104');
    expect(() => objectIdentifier('sha256')).toThrow(/Not an object identifier/);
  });

  it('reads back the object identifiers it writes', () => {
    for (const oid of ['2.16.840.1.101.3.4.2.1', '1.2.840.113549.1.7.2', '1.2.3.4.1', '2.999.3']) {
      const der = objectIdentifier(oid);
      const element = readElement(der, 0);
      expect(objectIdentifierText(der.subarray(element.start, element.end))).toBe(oid);
    }
  });

  it('writes integers in the fewest octets, with a leading zero only when the top bit is set', () => {
    expect(hex(unsignedInteger(1))).toBe('020101');
    expect(hex(unsignedInteger(0))).toBe('020100');
    expect(hex(unsignedInteger(128))).toBe('02020080');
    expect(hex(unsignedInteger(256))).toBe('02020100');
    expect(hex(unsignedInteger(new Uint8Array([0, 0, 0x12, 0x34])))).toBe('02021234');
    expect(hex(unsignedInteger(new Uint8Array([0xff, 1])))).toBe('020300ff01');
    expect(hex(unsignedInteger(new Uint8Array([0, 0])))).toBe('020100');
    // Read back as the same magnitude, so a nonce with a leading zero byte still matches.
    expect(hex(integerMagnitude(new Uint8Array([0, 0xff, 1])))).toBe('ff01');
  });

  it('uses short lengths below 128 and long-form lengths above', () => {
    expect(hex(octetString(new Uint8Array(127))).slice(0, 4)).toBe('047f');
    expect(hex(octetString(new Uint8Array(128))).slice(0, 6)).toBe('048180');
    expect(hex(octetString(new Uint8Array(300))).slice(0, 8)).toBe('0482012c');
    const big = sequence(octetString(new Uint8Array(70_000)), nullValue());
    const outer = readElement(big, 0);
    expect(outer.end).toBe(big.length);
    expect(childrenOf(big, outer).map((e) => e.end - e.start)).toEqual([70_000, 0]);
  });

  it('writes DER’s TRUE as 0xFF and NULL as 05 00', () => {
    expect(hex(boolean(true))).toBe('0101ff');
    expect(hex(boolean(false))).toBe('010100');
    expect(hex(nullValue())).toBe('0500');
  });
});

describe('DER reader: refuses what is not DER', () => {
  it('refuses indefinite lengths, truncation and elements that run past their container', () => {
    expect(() => readElement(new Uint8Array([0x30, 0x80, 0, 0]), 0)).toThrow(/indefinite length/);
    expect(() => readElement(new Uint8Array([0x30]), 0)).toThrow(/truncated/);
    expect(() => readElement(new Uint8Array([0x30, 0x05, 1, 2]), 0)).toThrow(/runs past/);
    expect(() => readElement(new Uint8Array([0x30, 0x85, 1, 1, 1, 1, 1]), 0)).toThrow(/bad length/);
    expect(() => readElement(new Uint8Array([0x1f, 0x01, 0]), 0)).toThrow(/high tag/);
  });
});
