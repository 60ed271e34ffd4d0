import {
  DerError,
  childrenOf,
  contentOf,
  expectTag,
  integerMagnitude,
  objectIdentifierText,
  readElement,
  smallInteger,
  type Element,
} from './der-read';
import { TimeStampError } from './errors';
import { OID } from './oids';

const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  utf8: 0x0c,
  sequence: 0x30,
  set: 0x31,
  generalizedTime: 0x18,
  explicit0: 0xa0,
} as const;

/** PKIStatus (RFC 3161 §2.4.2). */
const STATUS_NAMES = [
  'granted',
  'grantedWithMods',
  'rejection',
  'waiting',
  'revocationWarning',
  'revocationNotification',
];
/** PKIFailureInfo's named bits (RFC 3161 §2.4.2). */
const FAIL_INFO_NAMES: Record<number, string> = {
  0: 'badAlg',
  2: 'badRequest',
  5: 'badDataFormat',
  14: 'timeNotAvailable',
  15: 'unacceptedPolicy',
  16: 'unacceptedExtension',
  17: 'addInfoNotAvailable',
  25: 'systemFailure',
};

/** What Settle checked and kept of a granted time stamp. */
export interface TimeStampInfo {
  /** 0 granted, 1 granted with modifications. */
  status: 0 | 1;
  /** The authority's time, ISO 8601 in UTC: "2026-12-05T19:40:27Z" (fractions kept when given). */
  genTime: string;
  /** The token's serial number, lowercase hex. */
  serialNumber: string;
  /** The authority's policy (dotted object identifier). */
  policy: string;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The names of the bits set in a BIT STRING's content (first byte: unused bits). */
function failInfoNames(content: Uint8Array): string[] {
  const names: string[] = [];
  for (let bit = 0; bit < (content.length - 1) * 8; bit++) {
    if (content[1 + (bit >> 3)]! & (0x80 >> (bit & 7))) names.push(FAIL_INFO_NAMES[bit] ?? `bit ${bit}`);
  }
  return names;
}

/** GeneralizedTime as RFC 3161 requires it (UTC, "Z") → ISO 8601. */
function isoTime(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/.exec(text);
  if (!m) throw new DerError(`genTime "${text.slice(0, 40)}" is not a UTC GeneralizedTime`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`;
}

/** PKIStatusInfo: throws a `rejected` TimeStampError unless the status is granted or grantedWithMods. */
function checkStatus(bytes: Uint8Array, statusInfo: Element): 0 | 1 {
  const [status, ...rest] = childrenOf(bytes, expectTag(statusInfo, TAG.sequence, 'PKIStatusInfo'));
  const value = smallInteger(contentOf(bytes, expectTag(status, TAG.integer, 'PKIStatus')));
  if (value === 0 || value === 1) return value;
  const freeText = rest.find((e) => e.tag === TAG.sequence);
  const text = freeText
    ? childrenOf(bytes, freeText)
        .filter((e) => e.tag === TAG.utf8)
        .map((e) => utf8(contentOf(bytes, e)))
        .join(' ')
    : undefined;
  const bits = rest.find((e) => e.tag === TAG.bitString);
  const failInfo = bits ? failInfoNames(contentOf(bytes, bits)) : [];
  const statusName = STATUS_NAMES[value] ?? String(value);
  throw new TimeStampError(
    'rejected',
    `The authority answered PKIStatus ${value} (${statusName})${failInfo.length ? `, failInfo ${failInfo.join(', ')}` : ''}${text ? `: ${text}` : ''}`,
    {
      status: value,
      statusName,
      failInfo,
      ...(text && { text: text.slice(0, 300) }),
    },
  );
}

/** The TSTInfo DER inside a TimeStampToken (a CMS SignedData whose content is id-ct-TSTInfo). */
function tstInfoBytes(bytes: Uint8Array, token: Element): Uint8Array {
  const [contentType, explicit] = childrenOf(bytes, expectTag(token, TAG.sequence, 'TimeStampToken'));
  if (
    objectIdentifierText(contentOf(bytes, expectTag(contentType, TAG.oid, 'the token content type'))) !== OID.signedData
  )
    throw new DerError('the token is not CMS SignedData');
  const signedData = childrenOf(
    bytes,
    expectTag(
      childrenOf(bytes, expectTag(explicit, TAG.explicit0, 'the token content'))[0],
      TAG.sequence,
      'SignedData',
    ),
  );
  // version, digestAlgorithms, then encapContentInfo.
  const [eContentType, eContentExplicit] = childrenOf(
    bytes,
    expectTag(signedData[2], TAG.sequence, 'encapContentInfo'),
  );
  if (objectIdentifierText(contentOf(bytes, expectTag(eContentType, TAG.oid, 'eContentType'))) !== OID.tstInfo)
    throw new DerError('the token does not hold a TSTInfo');
  const eContent = expectTag(
    childrenOf(bytes, expectTag(eContentExplicit, TAG.explicit0, 'eContent'))[0],
    TAG.octetString,
    'eContent',
  );
  return contentOf(bytes, eContent);
}

/**
 * Reads a TimeStampResp (RFC 3161 §2.4.2) as the authority sent it and checks what Settle can
 * check without the authority's certificate: the status is granted (0) or grantedWithMods (1),
 * the token's TSTInfo stamps exactly `expected.sha256` with SHA-256, and it echoes our nonce.
 * Throws a TimeStampError (`rejected`, `imprint`, `nonce` or `bad-response`) otherwise. The
 * signature is left to `openssl ts -verify`, with the authority's root certificate at hand.
 */
export function readTimeStampResponse(
  bytes: Uint8Array,
  expected: { sha256: Uint8Array; nonce?: Uint8Array },
): TimeStampInfo {
  try {
    const response = readElement(bytes, 0);
    if (response.end !== bytes.length) throw new DerError('bytes follow the response');
    const [statusInfo, token] = childrenOf(bytes, expectTag(response, TAG.sequence, 'TimeStampResp'));
    const status = checkStatus(bytes, expectTag(statusInfo, TAG.sequence, 'PKIStatusInfo'));
    const info = tstInfoBytes(bytes, expectTag(token, TAG.sequence, 'timeStampToken'));
    const tst = readElement(info, 0);
    const [, policy, imprint, serial, genTime, ...optional] = childrenOf(info, expectTag(tst, TAG.sequence, 'TSTInfo'));
    const [algorithm, hashed] = childrenOf(info, expectTag(imprint, TAG.sequence, 'messageImprint'));
    const algorithmOid = childrenOf(info, expectTag(algorithm, TAG.sequence, 'hashAlgorithm'))[0];
    if (
      objectIdentifierText(contentOf(info, expectTag(algorithmOid, TAG.oid, 'the hash algorithm'))) !== OID.sha256 ||
      !sameBytes(contentOf(info, expectTag(hashed, TAG.octetString, 'hashedMessage')), expected.sha256)
    ) {
      throw new TimeStampError('imprint', 'The time stamp is not for the SHA-256 of this manifest');
    }
    // Among TSTInfo's optional members (accuracy, ordering, nonce, tsa, extensions) only the nonce is an INTEGER.
    const nonce = optional.find((e) => e.tag === TAG.integer);
    if (
      expected.nonce &&
      (!nonce || !sameBytes(integerMagnitude(contentOf(info, nonce)), integerMagnitude(expected.nonce)))
    ) {
      throw new TimeStampError('nonce', 'The time stamp does not carry the nonce Settle sent');
    }
    return {
      status,
      genTime: isoTime(String.fromCharCode(...contentOf(info, expectTag(genTime, TAG.generalizedTime, 'genTime')))),
      serialNumber: hex(integerMagnitude(contentOf(info, expectTag(serial, TAG.integer, 'serialNumber')))),
      policy: objectIdentifierText(contentOf(info, expectTag(policy, TAG.oid, 'policy'))),
    };
  } catch (error) {
    if (error instanceof DerError)
      throw new TimeStampError('bad-response', `The answer is not an RFC 3161 time-stamp response: ${error.message}`, {
        text: error.message,
      });
    throw error;
  }
}
