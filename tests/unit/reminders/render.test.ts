import { describe, expect, it } from 'vitest';
import { checkTemplate, lengthOf, renderReminder, sampleValues } from '@/lib/reminders/render';
import { defaultTemplate } from '@/lib/reminders/default-templates';
import type { ReminderTemplate, TemplateValues } from '@/lib/reminders/types';

const values: TemplateValues = { ...sampleValues('en'), items: 'Oak desk, 2 × Desk lamp, 3 × Cable tidy, 1 × Monitor arm' };
const tpl = (body: string, extra: Partial<ReminderTemplate> = {}): ReminderTemplate => ({ ...defaultTemplate('friendly', 'en'), subject: 'Order #{orderId}', body, instalmentOffer: 'Pay in parts: {instalmentPlan}.', extensionOffer: 'Need more time? Reply.', ...extra });

describe('template checks', () => {
  it('finds an unknown variable with its exact place, also in Chinese text', () => {
    expect(checkTemplate('Hi {buyer}, pay {amout}.')).toEqual([{ kind: 'unknown-variable', name: 'amout', start: 16, end: 23 }]);
    expect(checkTemplate('您好{买家}，请付{amount}')).toEqual([{ kind: 'unknown-variable', name: '买家', start: 2, end: 6 }]);
    expect(checkTemplate('Names are case-sensitive: {Buyer}')[0]).toMatchObject({ kind: 'unknown-variable', name: 'Buyer' });
  });

  it('finds an unclosed brace and empty braces; {{ and }} are literal braces', () => {
    expect(checkTemplate('Pay {amount now')).toEqual([{ kind: 'unclosed-brace', start: 4 }]);
    expect(checkTemplate('Pay {} now')).toEqual([{ kind: 'empty-variable', start: 4 }]);
    expect(checkTemplate('Use {{braces}} freely, {amount}')).toEqual([]);
  });

  it('never renders a template with a problem', () => {
    expect(renderReminder(tpl('Pay {amout}'), values)).toMatchObject({ ok: false, problems: [{ field: 'body', problem: { kind: 'unknown-variable' } }] });
    expect(renderReminder(tpl('ok', { extensionOffer: 'bad {x}' }), values)).toMatchObject({ ok: false, problems: [{ field: 'extensionOffer' }] });
  });
});

describe('rendering', () => {
  it('fills variables and literal braces', () => {
    expect(renderReminder(tpl('{{ {buyer} }} owes {amount}'), values)).toMatchObject({ ok: true, subject: 'Order #1042', text: '{ Jane Doe } owes $1,238.80', warnings: [] });
  });

  it('inserts page text literally: no re-expansion, no markup handling', () => {
    const hostile = { ...values, buyer: '{payLink} <script>alert(1)</script>' };
    const r = renderReminder(tpl('Hello {buyer}'), hostile);
    expect(r.ok && r.text).toBe('Hello {payLink} <script>alert(1)</script>');
  });

  it('adds the offers only when asked, each as its own paragraph', () => {
    const plain = renderReminder(tpl('Body'), values);
    expect(plain.ok && plain.text).toBe('Body');
    const both = renderReminder(tpl('Body'), values, { offerInstalments: true, offerExtension: true });
    expect(both.ok && both.text).toBe(`Body\n\nPay in parts: ${values.instalmentPlan}.\n\nNeed more time? Reply.`);
  });
});

describe('length limits: warn and shorten, never losing amount, deadline or link', () => {
  const long = tpl('Hello {buyer}, thank you for shopping with us.\n\nYou ordered {items}.\n\nPlease pay {amount} by {deadline}: {payLink}\n\nWe really appreciate your custom and hope to see you again soon. Have a lovely week!');
  const full = renderReminder(long, values, { offerInstalments: true, offerExtension: true });
  const size = full.ok ? lengthOf(full.text) : 0;

  it('drops the offers first', () => {
    const r = renderReminder(long, values, { offerInstalments: true, offerExtension: true, maxLength: size - 10 });
    expect(r).toMatchObject({ ok: true, shortened: true, warnings: ['dropped-extension-offer'] });
    const r2 = renderReminder(long, values, { offerInstalments: true, offerExtension: true, maxLength: size - 30 });
    expect(r2.ok && r2.warnings).toEqual(['dropped-extension-offer', 'dropped-instalment-offer']);
  });

  it('then writes the items as a count, joins paragraphs and cuts sentences that carry nothing essential', () => {
    const r = renderReminder(long, values, { maxLength: 200, itemsShort: '7 items' });
    expect(r.ok && r.warnings).toEqual(['shortened-items', 'collapsed-paragraphs', 'cut-sentences']);
    if (!r.ok) throw new Error('rendered');
    expect(lengthOf(r.text)).toBeLessThanOrEqual(200);
    for (const kept of [values.amount, values.deadline, values.payLink]) expect(r.text).toContain(kept);
  });

  it('cuts at the limit as a last resort, keeping emoji and CJK characters whole', () => {
    const r = renderReminder(tpl('😀😀😀 请付款 {amount}'), values, { maxLength: 4 });
    expect(r).toMatchObject({ ok: true, text: '😀😀😀 ', warnings: expect.arrayContaining(['cannot-fit']) });
  });

  it('counts characters as people see them', () => {
    expect(lengthOf('😀请')).toBe(2);
  });
});
