import { TEMPLATE_VARIABLES, type ReminderLocale, type ReminderTemplate, type TemplateValues, type TemplateVariable } from './types';

/**
 * Template text: `{name}` is a variable, `{{` and `}}` are literal braces (a lone `}` is also
 * taken literally). Positions are UTF-16 offsets into the text, so an editor can underline them.
 */
export type TemplateProblem =
  | { kind: 'unknown-variable'; name: string; start: number; end: number }
  | { kind: 'unclosed-brace'; start: number }
  | { kind: 'empty-variable'; start: number };

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

/** Problems in every field of a template. */
export function checkReminderTemplate(t: ReminderTemplate): { field: TemplateField; problem: TemplateProblem }[] {
  return TEMPLATE_FIELDS.flatMap((field) => checkTemplate(t[field]).map((problem) => ({ field, problem })));
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

/** The values a reminder exists to deliver: shortening never cuts into them. */
const KEPT_VARIABLES: ReadonlySet<TemplateVariable> = new Set(['amount', 'deadline', 'payLink']);

/** Fills a checked text. Values are inserted as they are: braces inside a value are never expanded. */
function fill(text: string, values: TemplateValues): Message {
  const message: Message = { text: '', kept: [] };
  for (const token of tokenize(text).tokens) {
    const piece = 'text' in token ? token.text : values[token.variable];
    if ('variable' in token && KEPT_VARIABLES.has(token.variable) && piece) message.kept.push([message.text.length, message.text.length + piece.length]);
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

/** The free text before kept value k (k = kept.length: the text after the last one). */
function freeStretch(m: Message, k: number): Span {
  return [m.kept[k - 1]?.[1] ?? 0, m.kept[k]?.[0] ?? m.text.length];
}

const overlapsKept = (m: Message, [start, end]: Span) => m.kept.some(([s, e]) => s < end && e > start);

function collapseParagraphs(m: Message): Message {
  let out = m;
  // From the end, so the stretches still to visit keep their places.
  for (let k = m.kept.length; k >= 0; k--) {
    const [start, end] = freeStretch(out, k);
    out = splice(out, start, end, out.text.slice(start, end).replace(/\n\s*\n/g, '\n'));
  }
  return out;
}

/**
 * Sentences, each with its end: CJK 。！？ or a line break, and . ! ? before a space or the end (so
 * "$1,238.80" stays whole). Never ends inside a kept value ("Nov. 25, 2026" is one deadline).
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

const fits = (m: Message, max: number) => lengthOf(m.text) <= max;

/** Drops whole sentences without a kept value, from the end, until the text fits. */
function cutSentences(m: Message, max: number): Message {
  let out = m;
  // From the end, so the sentences still to visit keep their places.
  for (const span of sentenceSpans(m).reverse()) {
    if (fits(trim(out), max)) break;
    if (!overlapsKept(m, span)) out = splice(out, ...span);
  }
  return trim(out);
}

/**
 * Cuts free text, least important first: after the last kept value (from its end), before the
 * first, then between kept values from the last (each from its start, so the words leading into
 * a value stay). A partial cut is marked "…"; a gap between two values keeps one space.
 */
function cutFreeText(m: Message, max: number): Message {
  const n = m.kept.length;
  const between = Array.from({ length: Math.max(n - 1, 0) }, (_, i) => n - 1 - i);
  let out = m;
  for (const k of n ? [n, 0, ...between] : [0]) {
    const excess = lengthOf(out.text) - max;
    if (excess <= 0) break;
    const [start, end] = freeStretch(out, k);
    const chars = Array.from(out.text.slice(start, end));
    const floor = k > 0 && k < n ? ' ' : '';
    if (chars.length <= floor.length) continue;
    const left = chars.length - excess - 1; // room beside the "…"
    const fromEnd = k === n;
    const rest = left <= 0 ? floor : fromEnd ? `${chars.slice(0, left).join('')}…` : `…${chars.slice(-left).join('')}`;
    out = splice(out, start, end, rest);
  }
  return out;
}

/**
 * Renders a reminder. A template with any problem renders nothing (ok: false): an unknown
 * variable is never sent. When `maxLength` is given the text is shortened step by step, each step
 * that shortened it reported; the amount, the deadline and the payment link are never cut unless
 * they alone are too long ('cannot-fit': the text is then cut at the limit).
 */
export function renderReminder(t: ReminderTemplate, values: TemplateValues, opts: RenderOptions = {}): RenderResult {
  const problems = checkReminderTemplate(t);
  if (problems.length) return { ok: false, problems };
  const subject = fill(t.subject, values).text.replace(/\s+/g, ' ').trim();
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
    ['cut-sentences', () => cutFreeText(cutSentences(message, max), max)],
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
