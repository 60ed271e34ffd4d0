import { TEMPLATE_FIELDS } from './template-syntax';
import type { ReminderLocale, ReminderTemplate } from './types';

/** How a reminder says there is no payment link: mid-sentence, or as a sentence of its own after the one that asked to pay. */
const WORDS: Record<ReminderLocale, { phrase: string; stop: string; sentence: string }> = {
  en: {
    phrase: '(reply to this message for the payment details)',
    stop: '. ',
    sentence: 'Reply to this message for the payment details.',
  },
  zh_CN: { phrase: '（回复本消息获取付款方式）', stop: '。', sentence: '请回复本消息获取付款方式。' },
  zh_TW: { phrase: '（回覆這則訊息取得付款方式）', stop: '。', sentence: '請回覆這則訊息取得付款方式。' },
};

/** A {payLink} led into by a colon (and an English "here"); `{{payLink}}` is literal text and never matches. */
const AFTER_COLON = /(?:\s+here)?\s*[:：]\s*(?<!\{)\{\s*payLink\s*\}/g;
const ANY = /(?<!\{)\{\s*payLink\s*\}/g;

/**
 * A template for an order that names no way to pay (no payment link, no payment instructions).
 * "Please pay by {deadline} here: {payLink}" would read "…here: (reply to this message…)"; where every
 * {payLink} follows a colon, that colon ends the sentence and the reply sentence follows it:
 * "Please pay by December 4, 2026. Reply to this message for the payment details." Elsewhere
 * {payLink} stays a parenthesis inside the seller's own sentence.
 * @example withoutPayLink(template).payLink // the value {payLink} takes
 */
export function withoutPayLink(template: ReminderTemplate): { template: ReminderTemplate; payLink: string } {
  const words = WORDS[template.locale];
  const fields = TEMPLATE_FIELDS.map((field) => template[field]);
  const uses = fields.reduce((n, text) => n + (text.match(ANY)?.length ?? 0), 0);
  const afterColon = fields.reduce((n, text) => n + (text.match(AFTER_COLON)?.length ?? 0), 0);
  if (!uses || afterColon < uses) return { template, payLink: words.phrase };
  const rewritten = { ...template };
  for (const field of TEMPLATE_FIELDS)
    rewritten[field] = template[field].replace(AFTER_COLON, `${words.stop}{payLink}`);
  return { template: rewritten, payLink: words.sentence };
}
