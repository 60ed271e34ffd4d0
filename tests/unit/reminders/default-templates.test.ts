import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, defaultTemplate } from '@/lib/reminders/default-templates';
import { checkReminderTemplate } from '@/lib/reminders/template-syntax';
import { lengthOf } from '@/lib/reminders/template-syntax';
import { renderReminder } from '@/lib/reminders/render';
import { sampleValues } from '@/lib/reminders/sample-values';
import { REMINDER_LOCALES, TONES, type ReminderLocale, type Tone } from '@/lib/reminders/types';

// Characters that exist only in one script; a converted or mixed text gives itself away.
const TRADITIONAL_ONLY = ['們', '這', '請', '訂', '單', '額', '會', '時', '間', '聯', '繫'];
const SIMPLIFIED_ONLY = ['们', '这', '请', '订', '单', '额', '会', '时', '间', '联'];

/** What happens next, said in each tone: a hold, a cancellation, a report, a claim. */
const NEXT_STEP: Record<ReminderLocale, Record<Tone, string[]>> = {
  en: {
    friendly: ['holding your order for you until then'],
    firm: ['the order will be cancelled'],
    final_notice: ['final reminder', 'cancel the order and record the non-payment with the marketplace'],
    formal_demand: ['formal demand for payment', 'further steps', 'without further notice'],
  },
  zh_CN: {
    friendly: ['在此之前，我们会为您保留订单'],
    firm: ['订单将被取消'],
    final_notice: ['最后一次提醒', '取消订单', '向平台报备'],
    formal_demand: ['正式催告付款', '进一步措施', '恕不另行通知'],
  },
  zh_TW: {
    friendly: ['在此之前，我們會為您保留訂單'],
    firm: ['訂單將會取消'],
    final_notice: ['最後一次提醒', '取消訂單', '向平台回報'],
    formal_demand: ['正式催告付款', '進一步措施', '恕不另行通知'],
  },
};

const byId = DEFAULT_TEMPLATES.map((t) => [t.id, t] as const);

describe('Settle’s reminder wording', () => {
  it('has every tone in every language, once', () => {
    expect(DEFAULT_TEMPLATES).toHaveLength(TONES.length * REMINDER_LOCALES.length);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
    for (const tone of TONES)
      for (const locale of REMINDER_LOCALES)
        expect(defaultTemplate(tone, locale)).toMatchObject({ id: `${tone}:${locale}`, tone, locale });
  });

  it.each(byId)('%s has no problems and renders amount, pay link, deadline and order', (_id, template) => {
    expect(checkReminderTemplate(template)).toEqual([]);
    const values = sampleValues(template.locale);
    const text = renderReminder(template, values);
    if (!text.ok) throw new Error('did not render');
    for (const v of [values.amount, values.payLink, values.deadline, values.orderId, values.buyer, values.shop])
      expect(text.text).toContain(v);
    expect(text.subject).toContain(values.orderId);
  });

  it.each(byId)('%s says what happens next', (_id, t) => {
    for (const phrase of NEXT_STEP[t.locale][t.tone]) expect(t.body.toLowerCase()).toContain(phrase.toLowerCase());
  });

  it.each(byId)(
    '%s keeps {instalmentPlan} for the instalment offer, and both offers render only when asked',
    (_id, t) => {
      expect(t.body).not.toContain('{instalmentPlan}');
      expect(t.extensionOffer).not.toContain('{instalmentPlan}');
      expect(t.instalmentOffer).toContain('{instalmentPlan}');
      const values = sampleValues(t.locale);
      const plain = renderReminder(t, values);
      const offered = renderReminder(t, values, { offerInstalments: true, offerExtension: true });
      expect(plain.ok && plain.text).not.toContain(values.instalmentPlan);
      expect(offered.ok && offered.text).toContain(values.instalmentPlan);
    },
  );

  it.each(byId)(
    '%s is short enough for a message box: subject within 60, body within 700 (English) or 300 (Chinese)',
    (_id, t) => {
      expect(lengthOf(t.subject)).toBeLessThanOrEqual(60);
      expect(lengthOf(t.body)).toBeLessThanOrEqual(t.locale === 'en' ? 700 : 300);
    },
  );

  it('gets firmer tone by tone: four different texts per language', () => {
    for (const locale of REMINDER_LOCALES) {
      expect(new Set(TONES.map((tone) => defaultTemplate(tone, locale).body)).size).toBe(4);
      expect(new Set(TONES.map((tone) => defaultTemplate(tone, locale).subject)).size).toBe(4);
    }
  });

  it('writes Simplified Chinese in simplified characters and Traditional in traditional ones', () => {
    for (const tone of TONES) {
      const cn = Object.values(defaultTemplate(tone, 'zh_CN')).join('');
      const tw = Object.values(defaultTemplate(tone, 'zh_TW')).join('');
      for (const c of TRADITIONAL_ONLY) expect(cn, `${tone} zh_CN has ${c}`).not.toContain(c);
      for (const c of SIMPLIFIED_ONLY) expect(tw, `${tone} zh_TW has ${c}`).not.toContain(c);
    }
  });

  it('uses Taiwan words in Traditional Chinese, not converted mainland ones', () => {
    const tw = DEFAULT_TEMPLATES.filter((t) => t.locale === 'zh_TW')
      .map((t) => Object.values(t).join(''))
      .join('');
    for (const mainland of ['鏈接', '信息', '消息', '回復']) expect(tw).not.toContain(mainland);
    expect(tw).toContain('訊息');
  });

  it('fits a 2,000-character message box (eBay) in every language with both offers', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const r = renderReminder(t, sampleValues(t.locale), {
        offerInstalments: true,
        offerExtension: true,
        maxLength: 2000,
      });
      expect(r.ok && r.shortened).toBe(false);
    }
  });
});
