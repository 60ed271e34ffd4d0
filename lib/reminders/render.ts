import type { ReminderTemplate, TemplateValues } from './types';
import { checkReminderTemplate, lengthOf, type TemplateField, type TemplateProblem } from './template-syntax';
import { collapseParagraphs, cutToFit, fill, fits, join, trim, type Message } from './shorten';

type RenderWarning =
  | 'dropped-extension-offer'
  | 'dropped-instalment-offer'
  | 'shortened-items'
  | 'collapsed-paragraphs'
  | 'cut-sentences'
  | 'cannot-fit';

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

const emptyWhenFilled = (field: TemplateField) => ({
  ok: false as const,
  problems: [{ field, problem: { kind: 'empty-when-filled' as const, start: 0 as const } }],
});

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
      [t.body, instalments ? t.instalmentOffer : '', extension ? t.extensionOffer : '']
        .map((text) => trim(fill(text, v)))
        .filter((m) => m.text),
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
