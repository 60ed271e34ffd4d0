import { afterEach, describe, expect, it } from 'vitest';
import { checkReminderTemplate, TEMPLATE_MAX_LENGTH } from '@/lib/reminders/template-syntax';
import { renderReminder } from '@/lib/reminders/render';
import { sampleValues } from '@/lib/reminders/sample-values';
import { DEFAULT_TEMPLATES, defaultTemplate } from '@/lib/reminders/default-templates';
import { getTemplate, saveTemplate } from '@/lib/db/templates';
import { SettleDb } from '@/lib/db/schema';

const friendly = defaultTemplate('friendly', 'en');

// Seen: a 10,000-character template was saved and widened the options page to 62,146 px.
describe('a template field has a maximum length', () => {
  let db: SettleDb | undefined;
  afterEach(async () => void (await db?.delete()));

  it('reports an overlong field once, with its length and the maximum, whatever else is wrong in it', () => {
    expect(checkReminderTemplate({ ...friendly, body: '{'.repeat(10_000) })).toEqual([
      { field: 'body', problem: { kind: 'too-long', start: 0, length: 10_000, max: 5_000 } },
    ]);
    expect(checkReminderTemplate({ ...friendly, subject: 'x'.repeat(201) })).toEqual([
      { field: 'subject', problem: { kind: 'too-long', start: 0, length: 201, max: 200 } },
    ]);
  });

  it('counts characters as people do (an emoji is one) and accepts a field of exactly the maximum', () => {
    expect(checkReminderTemplate({ ...friendly, body: '😀'.repeat(TEMPLATE_MAX_LENGTH.body) })).toEqual([]);
    expect(
      checkReminderTemplate({ ...friendly, extensionOffer: '好'.repeat(TEMPLATE_MAX_LENGTH.extensionOffer + 1) }),
    ).toMatchObject([{ field: 'extensionOffer', problem: { kind: 'too-long' } }]);
  });

  it('leaves room for every one of Settle’s own templates', () => {
    for (const template of DEFAULT_TEMPLATES) expect(checkReminderTemplate(template)).toEqual([]);
  });

  it('never renders or saves an overlong template', async () => {
    const long = { ...friendly, body: 'x'.repeat(10_000) };
    expect(renderReminder(long, sampleValues('en'))).toMatchObject({
      ok: false,
      problems: [{ field: 'body', problem: { kind: 'too-long' } }],
    });
    db = new SettleDb('settle-template-length');
    expect(await saveTemplate(db, long)).toMatchObject({ ok: false });
    expect(await getTemplate(db, 'friendly', 'en')).toEqual(friendly);
  });
});
