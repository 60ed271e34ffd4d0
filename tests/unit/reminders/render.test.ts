import { describe, expect, it } from 'vitest';
import { checkReminderTemplate, checkTemplate } from '@/lib/reminders/template-syntax';
import { lengthOf } from '@/lib/reminders/template-syntax';
import { renderReminder, type RenderResult } from '@/lib/reminders/render';
import { sampleValues } from '@/lib/reminders/sample-values';
import { DEFAULT_TEMPLATES, defaultTemplate } from '@/lib/reminders/default-templates';
import type { ReminderTemplate, TemplateValues } from '@/lib/reminders/types';

const values: TemplateValues = {
  ...sampleValues('en'),
  items: 'Oak desk, 2 × Desk lamp, 3 × Cable tidy, 1 × Monitor arm',
};
const tpl = (body: string, extra: Partial<ReminderTemplate> = {}): ReminderTemplate => ({
  ...defaultTemplate('friendly', 'en'),
  subject: 'Order #{orderId}',
  body,
  instalmentOffer: 'Pay in parts: {instalmentPlan}.',
  extensionOffer: 'Need more time? Reply.',
  ...extra,
});
const textOf = (r: RenderResult) => {
  if (!r.ok) throw new Error(`did not render: ${JSON.stringify(r.problems)}`);
  return r.text;
};
const essentials = (v: TemplateValues) => [v.amount, v.deadline, v.payLink];

describe('template checks', () => {
  it('finds an unknown variable with its exact place (UTF-16 offsets), also in Chinese text and after an emoji', () => {
    expect(checkTemplate('Hi {buyer}, pay {amout}.')).toEqual([
      { kind: 'unknown-variable', name: 'amout', start: 16, end: 23 },
    ]);
    expect(checkTemplate('您好{买家}，请付{amount}')).toEqual([
      { kind: 'unknown-variable', name: '买家', start: 2, end: 6 },
    ]);
    expect(checkTemplate('😀{金额}')).toEqual([{ kind: 'unknown-variable', name: '金额', start: 2, end: 6 }]);
    expect(checkTemplate('Names are case-sensitive: {Buyer}')[0]).toMatchObject({
      kind: 'unknown-variable',
      name: 'Buyer',
    });
  });

  it('finds an unclosed brace and empty braces; {{ and }} are literal braces', () => {
    expect(checkTemplate('Pay {amount now')).toEqual([{ kind: 'unclosed-brace', start: 4 }]);
    expect(checkTemplate('Pay {amount now, {shop}')).toEqual([{ kind: 'unclosed-brace', start: 4 }]);
    expect(checkTemplate('Pay {} now')).toEqual([{ kind: 'empty-variable', start: 4 }]);
    expect(checkTemplate('Use {{braces}} freely, {amount}')).toEqual([]);
  });

  it('reports problems by field', () => {
    expect(checkReminderTemplate(tpl('ok', { subject: 'Order {id}', extensionOffer: 'bad {' }))).toEqual([
      { field: 'subject', problem: { kind: 'unknown-variable', name: 'id', start: 6, end: 10 } },
      { field: 'extensionOffer', problem: { kind: 'unclosed-brace', start: 4 } },
    ]);
  });

  it('never renders a template with a problem, even in a field that would not be sent', () => {
    expect(renderReminder(tpl('Pay {amout}'), values)).toMatchObject({
      ok: false,
      problems: [{ field: 'body', problem: { kind: 'unknown-variable' } }],
    });
    expect(renderReminder(tpl('ok', { extensionOffer: 'bad {x}' }), values)).toMatchObject({
      ok: false,
      problems: [{ field: 'extensionOffer' }],
    });
  });
});

describe('empty templates are never sent', () => {
  // Seen happen: an empty template was saved, "sent" (a reminder with no words logged, the buyer's 24 hours started).
  it('reports an empty or blank subject or message, by field; the offers may be empty', () => {
    expect(checkReminderTemplate(tpl('', { subject: '  ' }))).toEqual([
      { field: 'subject', problem: { kind: 'empty-field', start: 0 } },
      { field: 'body', problem: { kind: 'empty-field', start: 0 } },
    ]);
    expect(checkReminderTemplate(tpl(' \n\t\u3000'))).toEqual([
      { field: 'body', problem: { kind: 'empty-field', start: 0 } },
    ]);
    expect(checkReminderTemplate(tpl('Pay {amount}', { instalmentOffer: '', extensionOffer: '' }))).toEqual([]);
  });

  it('never renders a stored empty template (an older version, a restored backup), on any channel', () => {
    expect(renderReminder(tpl('   '), values)).toMatchObject({
      ok: false,
      problems: [{ field: 'body', problem: { kind: 'empty-field' } }],
    });
    expect(renderReminder(tpl('Pay {amount}', { subject: '' }), values, { maxLength: 160 })).toMatchObject({
      ok: false,
      problems: [{ field: 'subject', problem: { kind: 'empty-field' } }],
    });
    expect(
      renderReminder({ ...defaultTemplate('friendly', 'zh_CN'), subject: '', body: '' }, sampleValues('zh_CN')),
    ).toMatchObject({ ok: false });
  });

  it('does not render a template that is empty once its variables are filled', () => {
    const noItems = { ...values, items: '' };
    expect(renderReminder(tpl('{items}'), noItems)).toEqual({
      ok: false,
      problems: [{ field: 'body', problem: { kind: 'empty-when-filled', start: 0 } }],
    });
    expect(renderReminder(tpl('{items}'), noItems, { offerExtension: true, maxLength: 160 })).toMatchObject({
      ok: false,
    });
    expect(renderReminder(tpl('Pay {amount}', { subject: ' {items} ' }), noItems)).toEqual({
      ok: false,
      problems: [{ field: 'subject', problem: { kind: 'empty-when-filled', start: 0 } }],
    });
    expect(renderReminder(tpl('Pay {amount}'), values, { maxLength: 0 })).toMatchObject({
      ok: false,
      problems: [{ field: 'body', problem: { kind: 'empty-when-filled' } }],
    });
  });
});

describe('rendering', () => {
  it('fills variables and literal braces', () => {
    expect(renderReminder(tpl('{{ {buyer} }} owes {amount}'), values)).toMatchObject({
      ok: true,
      subject: 'Order #1042',
      text: '{ Jane Doe } owes $1,238.80',
      shortened: false,
      warnings: [],
    });
  });

  it('inserts page text literally: no re-expansion of braces, no markup handling', () => {
    const hostile = { ...values, buyer: '{payLink} {{x}} <script>alert(1)</script> &amp;' };
    expect(textOf(renderReminder(tpl('Hello {buyer}'), hostile))).toBe(
      'Hello {payLink} {{x}} <script>alert(1)</script> &amp;',
    );
  });

  it('adds the offers only when asked, each as its own paragraph', () => {
    expect(textOf(renderReminder(tpl('Body'), values))).toBe('Body');
    expect(textOf(renderReminder(tpl('Body'), values, { offerExtension: true }))).toBe(
      'Body\n\nNeed more time? Reply.',
    );
    expect(textOf(renderReminder(tpl('Body'), values, { offerInstalments: true, offerExtension: true }))).toBe(
      `Body\n\nPay in parts: ${values.instalmentPlan}.\n\nNeed more time? Reply.`,
    );
    expect(textOf(renderReminder(tpl('Body', { extensionOffer: '  ' }), values, { offerExtension: true }))).toBe(
      'Body',
    );
  });
});

describe('length limits: each step warned, amount, deadline and link never cut', () => {
  const long = tpl(
    'Hello {buyer}, thank you for shopping with us.\n\nYou ordered {items}.\n\nPlease pay {amount} by {deadline}: {payLink}\n\nWe really appreciate your custom and hope to see you again soon. Have a lovely week!',
  );
  const size = (opts = {}) => lengthOf(textOf(renderReminder(long, values, opts)));
  const both = { offerInstalments: true, offerExtension: true };

  it('leaves text within the limit alone', () => {
    expect(renderReminder(long, values, { ...both, maxLength: size(both) })).toMatchObject({
      shortened: false,
      warnings: [],
    });
  });

  it('drops the extension offer, then the instalment offer', () => {
    expect(renderReminder(long, values, { ...both, maxLength: size(both) - 10 })).toMatchObject({
      ok: true,
      shortened: true,
      warnings: ['dropped-extension-offer'],
    });
    expect(renderReminder(long, values, { ...both, maxLength: size(both) - 30 })).toMatchObject({
      warnings: ['dropped-extension-offer', 'dropped-instalment-offer'],
    });
  });

  it('then writes the items as a count', () => {
    const r = renderReminder(long, values, { maxLength: size() - 10, itemsShort: '7 items' });
    expect(r).toMatchObject({ warnings: ['shortened-items'] });
    expect(textOf(r)).toContain('You ordered 7 items.');
  });

  it('then joins paragraphs', () => {
    const r = renderReminder(long, values, { maxLength: size() - 3 });
    expect(r).toMatchObject({ warnings: ['collapsed-paragraphs'] });
    expect(textOf(r)).not.toContain('\n\n');
  });

  it('then cuts whole sentences that carry none of amount, deadline or link, from the end', () => {
    const r = renderReminder(long, values, { maxLength: 200, itemsShort: '7 items' });
    expect(r).toMatchObject({ warnings: ['shortened-items', 'collapsed-paragraphs', 'cut-sentences'] });
    expect(lengthOf(textOf(r))).toBeLessThanOrEqual(200);
    expect(textOf(r)).not.toContain('lovely week');
    for (const kept of essentials(values)) expect(textOf(r)).toContain(kept);
  });

  it('keeps a value whole even when it looks like a sentence end ("Nov. 25")', () => {
    // Seen failing: the sentence split at "Nov." and cut "25, 2026", leaving "pay by Nov."
    const v = { ...values, deadline: 'Nov. 25, 2026' };
    const r = renderReminder(
      tpl('Hello {buyer}. Nice day. Pay {amount} by {deadline}. Filler here. More filler. Link: {payLink}'),
      v,
      { maxLength: 120 },
    );
    expect(textOf(r)).toBe(`Pay $1,238.80 by Nov. 25, 2026. Link: ${v.payLink}`);
  });

  it('hard-cuts the least important text but never the link, the amount or the deadline', () => {
    // Seen failing: the last resort cut at the limit, through the middle of the payment link.
    const oneSentence = tpl(
      'Hello {buyer}, this is one long sentence with filler before the link {payLink} and you owe {amount} by {deadline} and more filler after it',
    );
    for (const maxLength of [150, 120, 100]) {
      const r = renderReminder(oneSentence, values, { maxLength });
      expect(r).toMatchObject({ shortened: true, warnings: ['cut-sentences'] });
      expect(lengthOf(textOf(r))).toBeLessThanOrEqual(maxLength);
      for (const kept of essentials(values)) expect(textOf(r)).toContain(kept);
    }
    expect(textOf(renderReminder(oneSentence, values, { maxLength: 150 }))).toMatch(/^….* by November 25, 2026$/);
  });

  it('keeps the link in a real Chinese reminder cut for a text message', () => {
    const v = sampleValues('zh_CN');
    const r = renderReminder(defaultTemplate('final_notice', 'zh_CN'), v, {
      maxLength: 120,
      offerExtension: true,
      itemsShort: '2 件商品',
    });
    expect(lengthOf(textOf(r))).toBeLessThanOrEqual(120);
    for (const kept of essentials(v)) expect(textOf(r)).toContain(kept);
  });

  it('cuts at the limit only when amount, deadline and link alone do not fit, keeping emoji whole', () => {
    const r = renderReminder(tpl('请付款 {amount}'), { ...values, amount: '😀😀😀😀😀' }, { maxLength: 3 });
    expect(r).toMatchObject({ ok: true, shortened: true, text: '😀😀😀', warnings: ['cut-sentences', 'cannot-fit'] });
    expect(textOf(r)).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('counts characters as people see them', () => {
    expect(lengthOf('😀请a')).toBe(3);
    expect(renderReminder(tpl('😀😀 {amount}'), values, { maxLength: 12 })).toMatchObject({ shortened: false });
  });
});

describe('shortening for a text message (260 characters)', () => {
  // Seen happen: the SMS for a debt added by hand lost the invoice reference and the sender and read "…mind.You can pay here".
  const sms: TemplateValues = {
    ...values,
    orderId: 'INV-2026-0457',
    items: Array.from({ length: 8 }, (_, i) => `Website work, phase ${i + 1}: design, build and testing`).join(', '),
    payLink: 'Bank transfer to Oak & Iron Ltd, sort code 12-34-56, account 12345678, IBAN GB12 3456 7890 1234 5678 90.',
    shop: 'Oak & Iron Workshop',
  };
  const cases = DEFAULT_TEMPLATES.map((t) => [t.id, t] as const);

  it.each(cases)(
    '%s keeps the reference, amount, deadline, payment details and sender, within the limit',
    (_id, template) => {
      const r = renderReminder(template, sms, {
        offerInstalments: true,
        offerExtension: true,
        maxLength: 260,
        itemsShort: '8 items',
      });
      const text = textOf(r);
      expect(lengthOf(text)).toBeLessThanOrEqual(260);
      for (const kept of [sms.orderId, sms.amount, sms.deadline, sms.payLink, sms.shop]) expect(text).toContain(kept);
      // Sentence boundaries stay: no whitespace dropped between sentences, none left dangling by a line end.
      expect(text).not.toMatch(/[.!?;:,](?=[A-Za-z£$…])/);
      expect(text).not.toMatch(/ \n|\n |  |^\s|\s$/);
      // What is left is the full text with pieces taken out: each line and sentence kept word for word, none glued to another.
      const full = textOf(
        renderReminder(template, { ...sms, items: '8 items' }, { offerInstalments: true, offerExtension: true }),
      ).replace(/\n\s*\n/g, '\n');
      const values = [sms.orderId, sms.amount, sms.deadline, sms.payLink, sms.shop].map((v) =>
        v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      );
      const pieces = text.split(new RegExp(`…|\\n|(?<=[.!?。！？])\\s*|${values.join('|')}`));
      for (const piece of pieces) expect(full).toContain(piece);
    },
  );

  it('reads as sentences: what matters least goes first, greeting and sign-off stay while there is room', () => {
    const v = { ...sms, payLink: 'IBAN GB12 3456 7890 1234 5678 90' };
    const r = renderReminder(defaultTemplate('friendly', 'en'), v, { maxLength: 260, itemsShort: '8 items' });
    expect(textOf(r)).toBe(
      'Hello Jane Doe,\nThank you for your order #INV-2026-0457 (8 items). We have not yet received your payment of $1,238.80.\nPlease complete your payment by November 25, 2026: IBAN GB12 3456 7890 1234 5678 90\nKind regards,\nOak & Iron Workshop',
    );
  });
});

describe('sample values for the preview', () => {
  it('looks like a real order in each language', () => {
    expect(sampleValues('en')).toMatchObject({ buyer: 'Jane Doe', orderId: '1042' });
    expect(sampleValues('zh_CN')).toMatchObject({ buyer: '张伟', amount: '¥298.00' });
    expect(sampleValues('zh_TW')).toMatchObject({ buyer: '張偉' });
  });
});
