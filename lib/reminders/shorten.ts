// Shortening a filled reminder to a channel's limit, least important words first; the values it exists to deliver are never cut.
import type { TemplateValues, TemplateVariable } from './types';
import { lengthOf, tokenize } from './template-syntax';

type Span = readonly [start: number, end: number];

/** Rendered text and the UTF-16 spans of the values that must never be cut, in order. */
export interface Message {
  text: string;
  kept: Span[];
}

/**
 * The values a reminder exists to deliver: what is owed, by when, how to pay, for which order
 * (the order or invoice reference) and from whom. Shortening never cuts into them; a value used
 * twice is kept once (its first use), so a later sentence that repeats it may go.
 */
const KEPT_VARIABLES: ReadonlySet<TemplateVariable> = new Set(['amount', 'deadline', 'payLink', 'orderId', 'shop']);

/** Fills a checked text. Values are inserted as they are: braces inside a value are never expanded. */
export function fill(text: string, values: TemplateValues): Message {
  const message: Message = { text: '', kept: [] };
  const seen = new Set<TemplateVariable>();
  for (const token of tokenize(text).tokens) {
    const piece = 'text' in token ? token.text : values[token.variable];
    if ('variable' in token && KEPT_VARIABLES.has(token.variable) && piece.trim() && !seen.has(token.variable)) {
      seen.add(token.variable);
      // The value without the spaces around it, so a kept value never holds a sentence's edge.
      const start = message.text.length + (piece.length - piece.trimStart().length);
      message.kept.push([start, start + piece.trim().length]);
    }
    message.text += piece;
  }
  return message;
}

/** Replaces text[start, end), which lies outside every kept value, and moves the kept values after it. */
function splice(m: Message, start: number, end: number, insert = ''): Message {
  const shift = insert.length - (end - start);
  return {
    text: m.text.slice(0, start) + insert + m.text.slice(end),
    kept: m.kept.map(([s, e]) => (s >= end ? [s + shift, e + shift] : [s, e])),
  };
}

export function trim(m: Message): Message {
  const trimmedEnd = splice(m, Math.max(m.text.trimEnd().length, m.kept.at(-1)?.[1] ?? 0), m.text.length);
  const lead = trimmedEnd.text.length - trimmedEnd.text.trimStart().length;
  return splice(trimmedEnd, 0, Math.min(lead, trimmedEnd.kept[0]?.[0] ?? lead));
}

export function join(parts: Message[], separator: string): Message {
  return parts.reduce<Message>(
    (all, part) => {
      const glue = all.text ? separator : '';
      const offset = all.text.length + glue.length;
      return {
        text: all.text + glue + part.text,
        kept: [...all.kept, ...part.kept.map(([s, e]): Span => [s + offset, e + offset])],
      };
    },
    { text: '', kept: [] },
  );
}

const overlapsKept = (m: Message, [start, end]: Span) => m.kept.some(([s, e]) => s < end && e > start);
export const fits = (m: Message, max: number) => lengthOf(m.text) <= max;

/** The free text between kept values (and before the first, after the last), from the end. */
function freeStretches(m: Message): Span[] {
  return Array.from({ length: m.kept.length + 1 }, (_, k): Span => [
    m.kept[k - 1]?.[1] ?? 0,
    m.kept[k]?.[0] ?? m.text.length,
  ]).reverse();
}

export function collapseParagraphs(m: Message): Message {
  let out = m;
  // From the end, so the stretches still to visit keep their places.
  for (const [start, end] of freeStretches(m))
    out = splice(out, start, end, out.text.slice(start, end).replace(/\n\s*\n/g, '\n'));
  return out;
}

const END_MARKS = '.!?。！？';

/**
 * Sentence ends: CJK 。！？ or a line break, and . ! ? before a space or the end (so "$1,238.80"
 * stays whole). Never inside a kept value ("Nov. 25, 2026" is one deadline).
 */
function sentenceSpans(m: Message): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < m.text.length; i++) {
    const c = m.text[i]!;
    const ends =
      '。！？\n'.includes(c) || ('.!?'.includes(c) && (i + 1 === m.text.length || /\s/.test(m.text[i + 1]!)));
    if (ends && !overlapsKept(m, [i, i + 1])) {
      spans.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < m.text.length) spans.push([start, m.text.length]);
  return spans;
}

/** One sentence: its words (first character to end mark) and the whitespace that separates it from its neighbours. */
interface Sentence {
  words: Span;
  before: Span;
  after: Span;
  first: boolean;
  last: boolean;
}

function sentences(m: Message): Sentence[] {
  const words = sentenceSpans(m)
    .map(([s, e]): Span => {
      const piece = m.text.slice(s, e);
      return [s + piece.length - piece.trimStart().length, e - (piece.length - piece.trimEnd().length)];
    })
    .filter(([s, e]) => e > s);
  return words.map((w, i) => ({
    words: w,
    before: [words[i - 1]?.[1] ?? 0, w[0]],
    after: [w[1], words[i + 1]?.[0] ?? m.text.length],
    first: i === 0,
    last: i === words.length - 1,
  }));
}

const slice = (m: Message, [start, end]: Span) => m.text.slice(start, end);
const lineBreaks = (s: string) => s.split('\n').length - 1;

/** Takes a sentence out and keeps the stronger of the breaks around it (a line break over a space), so its neighbours never run together. */
function dropSentence(m: Message, s: Sentence): Message {
  if (s.first && s.last) return splice(m, ...s.words);
  if (s.first) return splice(m, s.words[0], s.after[1]);
  if (s.last) return splice(m, s.before[0], s.words[1]);
  const before = slice(m, s.before);
  const after = slice(m, s.after);
  return splice(m, s.before[0], s.after[1], lineBreaks(after) > lineBreaks(before) ? after : before);
}

/** A greeting or a sign-off: a short line of its own ("Hello Jane,", "Kind regards,"). */
const isShortLine = (m: Message, s: Sentence) =>
  lengthOf(slice(m, s.words)) <= 30 &&
  (s.first || slice(m, s.before).includes('\n')) &&
  !s.last &&
  slice(m, s.after).includes('\n');

/** Drops whole sentences that carry no kept value, one at a time (the last such first, or the first), until the text fits. */
function dropSentences(
  m: Message,
  max: number,
  which: (m: Message, s: Sentence) => boolean,
  fromEnd: boolean,
): Message {
  let out = m;
  while (!fits(trim(out), max)) {
    const candidates = sentences(out).filter((s) => !overlapsKept(out, s.words) && which(out, s));
    const next = fromEnd ? candidates.at(-1) : candidates[0];
    if (!next) break;
    out = dropSentence(out, next);
  }
  return trim(out);
}

type GapKind = 'tail' | 'head' | 'between';

/**
 * The free words inside sentences that carry a kept value, from the end: after a value up to
 * the sentence's end mark (tail), from the sentence's start up to a value (head), between two
 * values. Sentence ends and the whitespace after them are never part of a gap.
 */
function gaps(m: Message, kind: GapKind): Span[] {
  const protectedSpans: Span[] = [...m.kept];
  for (const s of sentences(m)) {
    const mark = s.words[1] - 1;
    const markStart = END_MARKS.includes(m.text[mark]!) && !overlapsKept(m, [mark, mark + 1]) ? mark : s.words[1];
    protectedSpans.push([markStart, s.after[1]]);
    if (s.first) protectedSpans.push([0, s.words[0]]);
  }
  protectedSpans.sort((a, b) => a[0] - b[0]);
  const found: Span[] = [];
  let cursor = 0;
  for (const [start, end] of [...protectedSpans, [m.text.length, m.text.length] as Span]) {
    if (start > cursor) {
      const afterValue = m.kept.some(([, e]) => e === cursor);
      const beforeValue = m.kept.some(([s]) => s === start);
      const gapKind = afterValue && beforeValue ? 'between' : afterValue ? 'tail' : beforeValue ? 'head' : undefined;
      if (gapKind === kind) found.push([cursor, start]);
    }
    cursor = Math.max(cursor, end);
  }
  return found.reverse();
}

/** A letter or digit of a script that spaces its words (a cut inside a CJK run needs no word edge). */
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}/u.test(c);

/**
 * Cuts one gap by at least `excess` characters. A tail goes whole (a sentence cut after its value
 * still ends cleanly: "Your order #1042."). A head or a gap between values keeps its end, the
 * words leading into the value, marked "…" and starting at a word's edge where words are
 * spaced; a gap between two values keeps at least one space.
 */
function cutGap(m: Message, [start, end]: Span, excess: number, kind: GapKind): Message {
  const chars = Array.from(m.text.slice(start, end));
  const floor = kind === 'between' ? ' ' : '';
  if (chars.length <= floor.length) return m;
  const left = chars.length - excess - 1; // room beside the "…"
  if (kind === 'tail' || left <= 0) return splice(m, start, end, floor);
  let kept = chars.slice(-left);
  if (isWordChar(kept[0]) && isWordChar(chars[chars.length - left - 1])) {
    // Mid-word: start after the next space (keeping it when only the space is left: "… November").
    const space = kept.findIndex((c) => /\s/.test(c));
    kept = space < 0 ? kept : space === kept.length - 1 ? [' '] : kept.slice(space + 1);
  }
  return splice(m, start, end, `…${kept.join('')}`);
}

function cutGaps(m: Message, max: number, kind: GapKind): Message {
  let out = m;
  // From the end, so the gaps still to visit keep their places.
  for (const gap of gaps(m, kind)) {
    const excess = lengthOf(out.text) - max;
    if (excess <= 0) break;
    out = cutGap(out, gap, excess, kind);
  }
  return out;
}

/**
 * Shortens text that still does not fit, least important first, never running two sentences
 * together: whole sentences without a kept value (from the end), the words after a value in its
 * sentence, a greeting and then a sign-off line ("Hello Jane," before "Kind regards,"), the words
 * leading into a value, the words between two values.
 */
export function cutToFit(m: Message, max: number): Message {
  let out = dropSentences(m, max, (o, s) => !isShortLine(o, s), true);
  for (const step of [
    (o: Message) => cutGaps(o, max, 'tail'),
    (o: Message) => dropSentences(o, max, () => true, false),
    (o: Message) => cutGaps(o, max, 'head'),
    (o: Message) => cutGaps(o, max, 'between'),
  ]) {
    if (fits(out, max)) break;
    out = step(out);
  }
  return out;
}
