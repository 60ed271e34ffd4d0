import { boolean, nullValue, objectIdentifier, octetString, sequence, unsignedInteger } from './der-encode';
import { OID } from './oids';

/** Content-Type of a request (RFC 3161 §3.4). */
export const QUERY_MEDIA_TYPE = 'application/timestamp-query';

/**
 * A DER TimeStampReq (RFC 3161 §2.4.1) for a SHA-256 hash: version 1, the message imprint
 * (SHA-256 with NULL parameters, and the hash), the nonce when given, and certReq TRUE so the
 * answer carries the authority's certificate and `openssl ts -verify` needs only its root.
 * No policy and no extensions: the authority uses its default policy.
 */
export function timeStampRequest(sha256: Uint8Array, nonce?: Uint8Array): Uint8Array {
  if (sha256.length !== 32) throw new Error(`A SHA-256 hash has 32 bytes, not ${sha256.length}`);
  const imprint = sequence(sequence(objectIdentifier(OID.sha256), nullValue()), octetString(sha256));
  return sequence(unsignedInteger(1), imprint, ...(nonce ? [unsignedInteger(nonce)] : []), boolean(true));
}
