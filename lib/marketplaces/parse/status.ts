import type { OrderStatus } from '../../model/order';

/** Status text past this length is not read: a status label is a few words, not a page. */
export const MAX_STATUS_CHARS = 200;

/** NFKC, lower case, one space between words, no punctuation around: `  «Awaiting  Payment»! ` → `awaiting payment`. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Scripts written without spaces between words: a phrase in them may sit anywhere in the text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `phrase` occurs in `text` as whole words (for scripts that put spaces between them). */
function occursAsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const startOk = UNSPACED.test(phrase[0]!) || before === undefined || !WORD_CHAR.test(before);
    const endOk = UNSPACED.test(phrase.at(-1)!) || after === undefined || !WORD_CHAR.test(after);
    if (startOk && endOk) return true;
  }
  return false;
}

/**
 * A reader of a console's status words. The table pairs each status with the phrases that mean it;
 * the text matches a phrase when the phrase stands in it as whole words (after NFKC, lower case,
 * collapsed whitespace), and the longest phrase found wins, so "Partially paid" is not "Paid" and
 * "Not paid" is not "Paid". Undefined when no phrase stands in the text.
 *
 * @example
 * const statusOf = statusReader([['unpaid', ['Awaiting payment', '待付款']], ['paid', ['Paid']]]);
 * statusOf('Status: Awaiting payment'); // 'unpaid'
 */
export function statusReader(
  table: readonly (readonly [OrderStatus, readonly string[]])[],
): (text: string) => OrderStatus | undefined {
  const phrases = table
    .flatMap(([status, words]) => words.map((word) => ({ status, phrase: normalise(word) })))
    .filter(({ phrase }) => phrase.length > 0)
    // Longest first; a stable sort keeps the table's order between phrases of one length.
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return (text) => {
    const normalised = normalise(text.slice(0, MAX_STATUS_CHARS));
    const hit = phrases.find(({ phrase }) => occursAsWords(normalised, phrase));
    return hit ? hit.status : undefined;
  };
}

/** `statusOf` reading each text once: for one list, whose rows repeat a handful of status labels. */
export function readOnceEach(
  statusOf: (text: string) => OrderStatus | undefined,
): (text: string) => OrderStatus | undefined {
  const read = new Map<string, OrderStatus | undefined>();
  return (text) => {
    if (!read.has(text)) read.set(text, statusOf(text));
    return read.get(text);
  };
}
