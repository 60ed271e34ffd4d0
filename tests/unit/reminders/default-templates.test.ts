import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, defaultTemplate } from '@/lib/reminders/default-templates';
import { checkReminderTemplate, renderReminder, sampleValues } from '@/lib/reminders/render';
import { REMINDER_LOCALES, TONES } from '@/lib/reminders/types';

const TRADITIONAL_ONLY = ['們', '這', '請', '訂', '單', '額', '會', '時', '間', '聯', '繫'];
const SIMPLIFIED_ONLY = ['们', '这', '请', '订', '单', '额', '会', '时', '间', '联', '系统'];

describe('Settle’s reminder wording', () => {
  it('has every tone in every language', () => {
    expect(DEFAULT_TEMPLATES).toHaveLength(TONES.length * REMINDER_LOCALES.length);
    for (const tone of TONES) for (const locale of REMINDER_LOCALES) expect(defaultTemplate(tone, locale)).toMatchObject({ id: `${tone}:${locale}`, tone, locale });
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))('%s has no problems and states amount, how to pay, deadline and what happens next', (_id, template) => {
    expect(checkReminderTemplate(template)).toEqual([]);
    const values = sampleValues(template.locale);
    const r = renderReminder(template, values, { offerInstalments: true, offerExtension: true });
    if (!r.ok) throw new Error('did not render');
    for (const v of [values.amount, values.payLink, values.deadline, values.orderId]) expect(r.text).toContain(v);
    expect(r.text).toContain(values.instalmentPlan);
    // What happens next is said in every tone (a later step, a cancellation, further action).
    expect(r.text.split('\n').length).toBeGreaterThan(5);
  });

  it('gets firmer tone by tone: four different texts per language', () => {
    for (const locale of REMINDER_LOCALES) expect(new Set(TONES.map((tone) => defaultTemplate(tone, locale).body)).size).toBe(4);
    expect(defaultTemplate('firm', 'en').body).toContain('cancelled');
    expect(defaultTemplate('final_notice', 'zh_CN').body).toContain('取消订单');
    expect(defaultTemplate('formal_demand', 'zh_TW').body).toContain('正式催款');
  });

  it('writes Simplified Chinese in simplified characters and Traditional in traditional ones', () => {
    for (const tone of TONES) {
      const cn = Object.values(defaultTemplate(tone, 'zh_CN')).join('');
      const tw = Object.values(defaultTemplate(tone, 'zh_TW')).join('');
      for (const c of TRADITIONAL_ONLY) expect(cn, `${tone} zh_CN has ${c}`).not.toContain(c);
      for (const c of SIMPLIFIED_ONLY) expect(tw, `${tone} zh_TW has ${c}`).not.toContain(c);
    }
  });

  it('fits a 2,000-character message box (eBay) in every language with both offers', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const r = renderReminder(t, sampleValues(t.locale), { offerInstalments: true, offerExtension: true, maxLength: 2000 });
      expect(r.ok && r.shortened).toBe(false);
    }
  });
});
