import type { Tone } from '../model/tone';

export { TONES, type Tone } from '../model/tone';

/** Languages a reminder can be written in (the extension's UI locales). */
export const REMINDER_LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type ReminderLocale = (typeof REMINDER_LOCALES)[number];

/** The variables a template may use, written {name} in its text. */
export const TEMPLATE_VARIABLES = [
  'buyer',
  'orderId',
  'amount',
  'items',
  'deadline',
  'payLink',
  'shop',
  'instalmentPlan',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** A template as stored and edited: a subject (used by mail) and a body. */
export interface ReminderTemplate {
  id: string; // `${tone}:${locale}`
  tone: Tone;
  locale: ReminderLocale;
  subject: string;
  body: string;
  /** Offer text appended when the seller ticks "offer an instalment plan" / "offer an extension". */
  instalmentOffer: string;
  extensionOffer: string;
}

/** Values for one rendering; already formatted for people (money with Intl, dates in the buyer's language). */
export type TemplateValues = Record<TemplateVariable, string>;
