import { TEMPLATE_VARIABLES, type ReminderLocale, type ReminderTemplate, type TemplateValues, type TemplateVariable } from './types';

/**
 * Template text: `{name}` is a variable, `{{` and `}}` are literal braces (a lone `}` is also
 * taken literally). Positions are UTF-16 offsets into the text, so an editor can underline them.
 */
export type TemplateProblem =
  | { kind: 'unknown-variable'; name: string; start: number; end: number }
  | { kind: 'unclosed-brace'; start: number }
  | { kind: 'empty-variable'; start: number }
  /** A subject or message with no words at all: nothing would be sent. */
  | { kind: 'empty-field'; start: 0 }
  /** Words only from variables that are empty for this order (a message that is just {items}, with no items). */
  | { kind: 'empty-when-filled'; start: 0 }
  /** Longer than the field may be (TEMPLATE_MAX_LENGTH), in characters as people count them. */
  | { kind: 'too-long'; start: 0; length: number; max: number };

type Token = { text: string } | { variable: TemplateVariable };

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);

function tokenize(text: string): { tokens: Token[]; problems: TemplateProblem[] } {
  const tokens: Token[] = [];
  const problems: TemplateProblem[] = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c;
      i++;
    } else if (c === '{') {
      const close = text.indexOf('}', i + 1);
      const nextOpen = text.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        problems.push({ kind: 'unclosed-brace', start: i });
        literal += c;
        continue;
      }
      const name = text.slice(i + 1, close).trim();
      if (!name) problems.push({ kind: 'empty-variable', start: i });
      else if (!KNOWN.has(name)) problems.push({ kind: 'unknown-variable', name, start: i, end: close + 1 });
      else {
        if (literal) tokens.push({ text: literal });
        literal = '';
        tokens.push({ variable: name as TemplateVariable });
      }
      i = close;
    } else literal += c;
  }
  if (literal) tokens.push({ text: literal });
  return { tokens, problems };
}

/** Problems in one template text; empty when it can be used. */
export function checkTemplate(text: string): TemplateProblem[] {
  return tokenize(text).problems;
}

export const TEMPLATE_FIELDS = ['subject', 'body', 'instalmentOffer', 'extensionOffer'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The fields a reminder cannot go without; the offers may be left empty (they are then not added). */
export const REQUIRED_FIELDS: readonly TemplateField[] = ['subject', 'body'];

/** The longest each field may be: a reminder is read on a phone, and no channel takes a novel (a 10,000-character body was seen). */
export const TEMPLATE_MAX_LENGTH: Record<TemplateField, number> = { subject: 200, body: 5000, instalmentOffer: 1000, extensionOffer: 1000 };

/** Problems in every field of a template, an empty (or blank) or too long subject or message among them. */
export function checkReminderTemplate(t: ReminderTemplate): { field: TemplateField; problem: TemplateProblem }[] {
  return TEMPLATE_FIELDS.flatMap((field): { field: TemplateField; problem: TemplateProblem }[] => {
    if (REQUIRED_FIELDS.includes(field) && !t[field].trim()) return [{ field, problem: { kind: 'empty-field', start: 0 } }];
    // Too long is the one problem worth saying then: the rest of an overlong paste is not worth a list.
    const length = lengthOf(t[field]);
    const max = TEMPLATE_MAX_LENGTH[field];
    if (length > max) return [{ field, problem: { kind: 'too-long', start: 0, length, max } }];
    return checkTemplate(t[field]).map((problem) => ({ field, problem }));
  });
}

export type RenderWarning = 'dropped-extension-offer' | 'dropped-instalment-offer' | 'shortened-items' | 'collapsed-paragraphs' | 'cut-sentences' | 'cannot-fit';

export type RenderResult =
  | { ok: true; subject: string; text: string; shortened: boolean; warnings: RenderWarning[] }
  | { ok: false; problems: { field: TemplateField; problem: TemplateProblem }[] };

export interface RenderOptions {
  offerInstalments?: boolean;
  offerExtension?: boolean;
  /** The channel's limit, in characters as people count them (code points, see `lengthOf`). */
  maxLength?: number;
  /** A short stand-in for {items} ("3 items") used when the text must be shortened. */
  itemsShort?: string;
}

/**
 * Length as people count it: code points, so an emoji or a CJK character counts once. (A flag or
 * a joined emoji family is several code points; message boxes that count UTF-16 count even more.)
 */
export const lengthOf = (s: string) => Array.from(s).length;

type Span = readonly [start: number, end: number];

/** Rendered text and the UTF-16 spans of the values that must never be cut, in order. */
interface Message {
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
function fill(text: string, values: TemplateValues): Message {
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
  return { text: m.text.slice(0, start) + insert + m.text.slice(end), kept: m.kept.map(([s, e]) => (s >= end ? [s + shift, e + shift] : [s, e])) };
}

function trim(m: Message): Message {
  const trimmedEnd = splice(m, Math.max(m.text.trimEnd().length, m.kept.at(-1)?.[1] ?? 0), m.text.length);
  const lead = trimmedEnd.text.length - trimmedEnd.text.trimStart().length;
  return splice(trimmedEnd, 0, Math.min(lead, trimmedEnd.kept[0]?.[0] ?? lead));
}

function join(parts: Message[], separator: string): Message {
  return parts.reduce<Message>(
    (all, part) => {
      const glue = all.text ? separator : '';
      const offset = all.text.length + glue.length;
      return { text: all.text + glue + part.text, kept: [...all.kept, ...part.kept.map(([s, e]): Span => [s + offset, e + offset])] };
    },
    { text: '', kept: [] },
  );
}

const overlapsKept = (m: Message, [start, end]: Span) => m.kept.some(([s, e]) => s < end && e > start);
const fits = (m: Message, max: number) => lengthOf(m.text) <= max;

/** The free text between kept values (and before the first, after the last), from the end. */
function freeStretches(m: Message): Span[] {
  return Array.from({ length: m.kept.length + 1 }, (_, k): Span => [m.kept[k - 1]?.[1] ?? 0, m.kept[k]?.[0] ?? m.text.length]).reverse();
}

function collapseParagraphs(m: Message): Message {
  let out = m;
  // From the end, so the stretches still to visit keep their places.
  for (const [start, end] of freeStretches(m)) out = splice(out, start, end, out.text.slice(start, end).replace(/\n\s*\n/g, '\n'));
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
    const ends = '。！？\n'.includes(c) || ('.!?'.includes(c) && (i + 1 === m.text.length || /\s/.test(m.text[i + 1]!)));
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
  return words.map((w, i) => ({ words: w, before: [words[i - 1]?.[1] ?? 0, w[0]], after: [w[1], words[i + 1]?.[0] ?? m.text.length], first: i === 0, last: i === words.length - 1 }));
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
const isShortLine = (m: Message, s: Sentence) => lengthOf(slice(m, s.words)) <= 30 && (s.first || slice(m, s.before).includes('\n')) && !s.last && slice(m, s.after).includes('\n');

/** Drops whole sentences that carry no kept value, one at a time (the last such first, or the first), until the text fits. */
function dropSentences(m: Message, max: number, which: (m: Message, s: Sentence) => boolean, fromEnd: boolean): Message {
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
function cutToFit(m: Message, max: number): Message {
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

const emptyWhenFilled = (field: TemplateField) => ({ ok: false as const, problems: [{ field, problem: { kind: 'empty-when-filled' as const, start: 0 as const } }] });

/**
 * Renders a reminder. A template with any problem renders nothing (ok: false): an unknown
 * variable, an empty subject or message, or one that is empty once filled is never sent. When
 * `maxLength` is given the text is shortened step by step, each step that shortened it reported;
 * the amount, the deadline, the payment link, the order reference and the sender are never cut
 * unless they alone are too long ('cannot-fit': the text is then cut at the limit).
 */
export function renderReminder(t: ReminderTemplate, values: TemplateValues, opts: RenderOptions = {}): RenderResult {
  const problems = checkReminderTemplate(t);
  if (problems.length) return { ok: false, problems };
  const subject = fill(t.subject, values).text.replace(/\s+/g, ' ').trim();
  if (!subject) return emptyWhenFilled('subject');
  if (!fill(t.body, values).text.trim()) return emptyWhenFilled('body');
  const compose = (v: TemplateValues, instalments: boolean, extension: boolean) =>
    join(
      [t.body, instalments ? t.instalmentOffer : '', extension ? t.extensionOffer : ''].map((text) => trim(fill(text, v))).filter((m) => m.text),
      '\n\n',
    );
  const instalments = !!opts.offerInstalments;
  let message = compose(values, instalments, !!opts.offerExtension);
  const max = opts.maxLength;
  if (max === undefined) return { ok: true, subject, text: message.text, shortened: false, warnings: [] };

  // Each step starts from the last one's text, so the steps add up.
  const steps: [RenderWarning, () => Message][] = [
    ['dropped-extension-offer', () => compose(values, instalments, false)],
    ['dropped-instalment-offer', () => compose(values, false, false)],
    ['shortened-items', () => compose({ ...values, items: opts.itemsShort ?? values.items }, false, false)],
    ['collapsed-paragraphs', () => collapseParagraphs(message)],
    ['cut-sentences', () => cutToFit(message, max)],
  ];
  const warnings: RenderWarning[] = [];
  for (const [warning, shorten] of steps) {
    if (fits(message, max)) break;
    const next = shorten();
    if (lengthOf(next.text) >= lengthOf(message.text)) continue;
    message = next;
    warnings.push(warning);
  }
  let text = message.text;
  if (!fits(message, max)) {
    text = Array.from(text).slice(0, Math.max(max, 0)).join('');
    warnings.push('cannot-fit');
  }
  if (!text.trim()) return emptyWhenFilled('body');
  return { ok: true, subject, text, shortened: warnings.length > 0, warnings };
}

/** Example values for the live preview in the options page. */
export function sampleValues(locale: ReminderLocale): TemplateValues {
  const common = { orderId: '1042', payLink: 'https://shop.example.com/checkout/order-pay/1042/?pay_for_order=true' };
  switch (locale) {
    case 'zh_CN':
      return { ...common, buyer: '张伟', amount: '¥298.00', items: '手工陶瓷茶杯 × 2', deadline: '2026年11月25日', shop: '青瓷小铺', instalmentPlan: '2026年12月1日：¥149.00；2026年12月15日：¥149.00' };
    case 'zh_TW':
      return { ...common, buyer: '張偉', amount: 'NT$1,280', items: '手工陶瓷茶杯 × 2', deadline: '2026年11月25日', shop: '青瓷小舖', instalmentPlan: '2026年12月1日：NT$640；2026年12月15日：NT$640' };
    case 'en':
      return { ...common, buyer: 'Jane Doe', amount: '$1,238.80', items: 'Oak desk, 2 × Desk lamp', deadline: 'November 25, 2026', shop: 'Oak & Iron', instalmentPlan: 'December 1, 2026: $619.40; December 15, 2026: $619.40' };
  }
}
