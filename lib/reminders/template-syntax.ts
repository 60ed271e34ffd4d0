import { TEMPLATE_VARIABLES, type ReminderTemplate, type TemplateVariable } from './types';

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

/**
 * Length as people count it: code points, so an emoji or a CJK character counts once. (A flag or
 * a joined emoji family is several code points; message boxes that count UTF-16 count even more.)
 */
export const lengthOf = (s: string) => Array.from(s).length;

type Token = { text: string } | { variable: TemplateVariable };

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);

export function tokenize(text: string): { tokens: Token[]; problems: TemplateProblem[] } {
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
const REQUIRED_FIELDS: readonly TemplateField[] = ['subject', 'body'];

/** The longest each field may be: a reminder is read on a phone, and no channel takes a novel (a 10,000-character body was seen). */
export const TEMPLATE_MAX_LENGTH: Record<TemplateField, number> = {
  subject: 200,
  body: 5000,
  instalmentOffer: 1000,
  extensionOffer: 1000,
};

/** Problems in every field of a template, an empty (or blank) or too long subject or message among them. */
export function checkReminderTemplate(t: ReminderTemplate): { field: TemplateField; problem: TemplateProblem }[] {
  return TEMPLATE_FIELDS.flatMap((field): { field: TemplateField; problem: TemplateProblem }[] => {
    if (REQUIRED_FIELDS.includes(field) && !t[field].trim())
      return [{ field, problem: { kind: 'empty-field', start: 0 } }];
    // Too long is the one problem worth saying then: the rest of an overlong paste is not worth a list.
    const length = lengthOf(t[field]);
    const max = TEMPLATE_MAX_LENGTH[field];
    if (length > max) return [{ field, problem: { kind: 'too-long', start: 0, length, max } }];
    return checkTemplate(t[field]).map((problem) => ({ field, problem }));
  });
}
