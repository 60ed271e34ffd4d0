/** The object identifiers a trusted-time stamp names (RFC 3161, RFC 5652, RFC 5754). */
export const OID = {
  sha256: '2.16.840.1.101.3.4.2.1',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
} as const;
