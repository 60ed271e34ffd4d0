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

/** README.txt: what the package holds (in the seller's language) and the rule to check it (in English, exactly). */
export function readmeTxt(orderId: string, createdAt: string): string {
  return `${t('pkgReadmeIntro', orderId, createdAt)}\n\n${CHAIN_RULE}`;
}
