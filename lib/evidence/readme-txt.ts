import { t } from '../i18n/t';

/** The chain rule, as the issue that made packages states it: anyone may recompute it from this text alone. */
const CHAIN_RULE = `How to check the timeline's hash chain
======================================

records/timeline.jsonl holds one JSON object per line, in order. Each line's "hash" is the
lowercase hex SHA-256 of the UTF-8 canonical JSON of that line's object without its "hash"
member: members sorted by key (by UTF-16 code unit), no whitespace, undefined members left out,
strings and numbers as JSON.stringify writes them. The first line's "prevHash" is 64 zeros; every
other line's "prevHash" is the line before's "hash". Every member that was hashed is on the line.
manifest.json gives the chain's last hash ("chain.head") and its length.

Every other file: manifest.json lists it with its SHA-256, and SHA256SUMS lists every file but
itself in the format of "sha256sum -c SHA256SUMS".
`;

/** How to read and check manifest.tsr, the time stamp of a package made with Trusted time on. */
const stampRule = (authority: string) => `
How to check the trusted time stamp
===================================

manifest.tsr is the RFC 3161 time-stamp response of ${authority}
over the SHA-256 of manifest.json, kept byte for byte as the authority sent it. manifest.json
cannot list it, since the stamp is made from manifest.json; SHA256SUMS, written last, lists both.
The stamp proves that manifest.json, and so every file it lists with its SHA-256, existed no later
than the time it states.

To see that time, the authority's name and the hash it stamped:

  openssl ts -reply -in manifest.tsr -text

To check the authority's signature and that the stamp is over this manifest.json, with the
authority's root certificate (tsa-ca.pem; the authority publishes it; add -untrusted chain.pem
if it also publishes intermediate certificates that manifest.tsr does not carry):

  openssl ts -verify -in manifest.tsr -data manifest.json -CAfile tsa-ca.pem

"Verification: OK" means both hold.
`;

/**
 * README.txt: what the package holds (in the seller's language) and the rules to check it (in
 * English, exactly), with the time stamp's when the package holds one from `stampedBy`.
 */
export function readmeTxt(orderId: string, createdAt: string, stampedBy?: string): string {
  return `${t('pkgReadmeIntro', orderId, createdAt)}\n\n${CHAIN_RULE}${stampedBy ? stampRule(stampedBy) : ''}`;
}
