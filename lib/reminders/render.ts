import { TEMPLATE_VARIABLES, type ReminderLocale, type ReminderTemplate, type TemplateValues, type TemplateVariable } from './types';

/**
 * Template text: `{name}` is a variable, `{{` and `}}` are literal braces. Positions are UTF-16
 * offsets into the text, so an editor can underline them.
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

/** Fills a checked text. Values are inserted as they are: braces inside a value are never expanded. */
function fill(text: string, values: TemplateValues): string {
  return tokenize(text)
    .tokens.map((t) => ('text' in t ? t.text : values[t.variable]))
    .join('');
}

export type RenderWarning = 'dropped-extension-offer' | 'dropped-instalment-offer' | 'shortened-items' | 'collapsed-paragraphs' | 'cut-sentences' | 'cannot-fit';

export type RenderResult =
  | { ok: true; subject: string; text: string; shortened: boolean; warnings: RenderWarning[] }
  | { ok: false; problems: { field: TemplateField; problem: TemplateProblem }[] };

export interface RenderOptions {
  offerInstalments?: boolean;
  offerExtension?: boolean;
  /** The channel's limit, in characters as people count them (code points). */
  maxLength?: number;
  /** A short stand-in for {items} ("3 items") used when the text must be shortened. */
  itemsShort?: string;
}

/** Length as people see it: an emoji or a CJK character counts once. */
export const lengthOf = (s: string) => Array.from(s).length;

/**
 * Renders a reminder. A template with any problem renders nothing (ok: false): an unknown
 * variable is never sent. When `maxLength` is given the text is shortened step by step, each step
 * reported, and the amount, the deadline and the payment link are never cut.
 */
export function renderReminder(t: ReminderTemplate, values: TemplateValues, opts: RenderOptions = {}): RenderResult {
  const problems = checkReminderTemplate(t);
  if (problems.length) return { ok: false, problems };
  const subject = fill(t.subject, values).replace(/\s+/g, ' ').trim();
  const compose = (v: TemplateValues, instalments: boolean, extension: boolean) =>
    [fill(t.body, v).trim(), instalments && t.instalmentOffer.trim() ? fill(t.instalmentOffer, v).trim() : '', extension && t.extensionOffer.trim() ? fill(t.extensionOffer, v).trim() : '']
      .filter(Boolean)
      .join('\n\n');

  let instalments = !!opts.offerInstalments;
  let extension = !!opts.offerExtension;
  let v = values;
  let text = compose(v, instalments, extension);
  const max = opts.maxLength;
  const warnings: RenderWarning[] = [];
  const fits = () => max === undefined || lengthOf(text) <= max;

  const step = (warning: RenderWarning, next: string) => {
    text = next;
    warnings.push(warning);
  };
  if (!fits() && extension) {
    extension = false;
    step('dropped-extension-offer', compose(v, instalments, extension));
  }
  if (!fits() && instalments) {
    instalments = false;
    step('dropped-instalment-offer', compose(v, instalments, extension));
  }
  if (!fits() && opts.itemsShort && values.items && opts.itemsShort !== values.items) {
    v = { ...values, items: opts.itemsShort };
    step('shortened-items', compose(v, instalments, extension));
  }
  if (!fits() && /\n\s*\n/.test(text)) step('collapsed-paragraphs', text.replace(/\n\s*\n+/g, '\n'));
  if (!fits()) {
    const cut = cutSentences(text, max!, [v.amount, v.deadline, v.payLink].filter(Boolean));
    if (cut !== text) step('cut-sentences', cut);
  }
  if (!fits()) step('cannot-fit', Array.from(text).slice(0, max).join(''));
  return { ok: true, subject, text, shortened: warnings.length > 0, warnings };
}

/**
 * Splits text into sentences, each keeping its end: CJK 。！？ or a line break anywhere, and
 * . ! ? only before a space or the end (so "$1,238.80" and links stay whole).
 */
function sentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const end = '。！？\n'.includes(c) || ('.!?'.includes(c) && (i + 1 === text.length || /\s/.test(text[i + 1]!)));
    if (end) {
      parts.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

/** Drops whole sentences from the end that carry none of the `keep` values, until the text fits. */
function cutSentences(text: string, max: number, keep: string[]): string {
  const parts = sentences(text);
  const kept = parts.map(() => true);
  const current = () => parts.filter((_, j) => kept[j]).join('');
  for (let i = parts.length - 1; i >= 0 && lengthOf(current()) > max; i--) {
    if (!keep.some((k) => parts[i]!.includes(k))) kept[i] = false;
  }
  return current().trim();
}

/** Example values for the live preview in the options page. */
export function sampleValues(locale: ReminderLocale): TemplateValues {
  const common = { orderId: '1042', payLink: 'https://shop.example.com/checkout/order-pay/1042/?pay_for_order=true' };
  switch (locale) {
    case 'zh_CN':
      return { ...common, buyer: '张伟', amount: '¥298.00', items: '手工陶瓷茶杯 × 2', deadline: '2026年11月25日', shop: '青瓷小铺', instalmentPlan: '2026年12月1日：¥149.00；2026年12月15日：¥149.00' };
    case 'zh_TW':
      return { ...common, buyer: '張偉', amount: 'NT$1,280', items: '手工陶瓷茶杯 × 2', deadline: '2026年11月25日', shop: '青瓷小舖', instalmentPlan: '2026年12月1日：NT$640；2026年12月15日：NT$640' };
    default:
      return { ...common, buyer: 'Jane Doe', amount: '$1,238.80', items: 'Oak desk, 2 × Desk lamp', deadline: 'November 25, 2026', shop: 'Oak & Iron', instalmentPlan: 'December 1, 2026: $619.40; December 15, 2026: $619.40' };
  }
}
