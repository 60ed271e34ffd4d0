import { defaultTemplate } from '../reminders/default-templates';
import { checkReminderTemplate } from '../reminders/template-syntax';
import type { ReminderLocale, ReminderTemplate, Tone } from '../reminders/types';
import type { SettleDb } from './schema';

/** The seller's version of a template, else Settle's. */
export async function getTemplate(db: SettleDb, tone: Tone, locale: ReminderLocale): Promise<ReminderTemplate> {
  return (await db.templates.get(`${tone}:${locale}`)) ?? defaultTemplate(tone, locale);
}

/** Saves an edited template; one with problems (an unknown variable) is refused, so it can never be sent. */
export async function saveTemplate(
  db: SettleDb,
  template: ReminderTemplate,
): Promise<{ ok: true } | { ok: false; problems: ReturnType<typeof checkReminderTemplate> }> {
  const problems = checkReminderTemplate(template);
  if (problems.length) return { ok: false, problems };
  await db.templates.put({ ...template, id: `${template.tone}:${template.locale}` });
  return { ok: true };
}

/** Back to Settle's wording. */
export async function resetTemplate(db: SettleDb, tone: Tone, locale: ReminderLocale): Promise<void> {
  await db.templates.delete(`${tone}:${locale}`);
}
