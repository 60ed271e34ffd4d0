import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, defaultTemplate } from '@/lib/reminders/default-templates';
import { draftReminder, type DraftContext } from '@/lib/reminders/draft';
import { mergeSnapshot } from '@/lib/tracker/merge-snapshot';
import { createSnapshot } from '../factories';

const NOW = '2026-12-01T09:00:00.000Z';
const items = [{ title: 'Walnut desk', quantity: 1 }];
const noLink = mergeSnapshot(undefined, createSnapshot({ items }), NOW)!.record;
const withLink = mergeSnapshot(
  undefined,
  createSnapshot({ items, payUrl: 'http://shop.test/checkout/order-pay/1042/' }),
  NOW,
)!.record;
const ctx: DraftContext = { now: NOW, timeZone: 'UTC', shopName: 'Oak & Iron', paymentInstructions: '' };

const text = (result: ReturnType<typeof draftReminder>) => {
  if (!result.ok) throw new Error('did not render');
  return result.text;
};

// Seen: "Please pay by December 4, 2026 here: (reply to this message for the payment details)".
describe('a reminder for an order with no way to pay named', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s ends the sentence that asks to pay, then asks the buyer to reply',
    (_id, template) => {
      const body = text(draftReminder(noLink, template, ctx));
      expect(body).not.toMatch(/here:|[:：]\s*[(（]/);
      expect(body).toMatch(
        {
          en: /\. Reply to this message for the payment details\.\n/,
          zh_CN: /。请回复本消息获取付款方式。\n/,
          zh_TW: /。請回覆這則訊息取得付款方式。\n/,
        }[template.locale],
      );
    },
  );

  it('reads as one would write it, in each language', () => {
    expect(text(draftReminder(noLink, defaultTemplate('firm', 'en'), ctx))).toContain(
      'Please pay by December 4, 2026. Reply to this message for the payment details.',
    );
    expect(text(draftReminder(noLink, defaultTemplate('firm', 'zh_CN'), ctx))).toContain(
      '请于2026年12月4日前完成付款。请回复本消息获取付款方式。',
    );
    expect(text(draftReminder(noLink, defaultTemplate('firm', 'zh_TW'), ctx))).toContain(
      '請於2026年12月4日前完成付款。請回覆這則訊息取得付款方式。',
    );
  });

  it('keeps the link, or the seller’s payment instructions, after the colon when there is one', () => {
    expect(text(draftReminder(withLink, defaultTemplate('firm', 'en'), ctx))).toContain(
      'Please pay by December 4, 2026: http://shop.test/checkout/order-pay/1042/',
    );
    expect(
      text(draftReminder(noLink, defaultTemplate('firm', 'en'), { ...ctx, paymentInstructions: 'IBAN GB12 3456' })),
    ).toContain('Please pay by December 4, 2026: IBAN GB12 3456');
  });

  it('mends a template saved from the older wording, and leaves a {payLink} inside the seller’s own sentence as a parenthesis', () => {
    const older = {
      ...defaultTemplate('firm', 'en'),
      body: 'Hello {buyer},\n\nPlease pay by {deadline} here: {payLink}\n\n{shop}',
    };
    expect(text(draftReminder(noLink, older, ctx))).toContain(
      'Please pay by December 4, 2026. Reply to this message for the payment details.',
    );
    const inline = {
      ...defaultTemplate('firm', 'en'),
      body: 'Hello {buyer}, the way to pay {payLink} is quick. {{payLink}} {shop}',
    };
    expect(text(draftReminder(noLink, inline, ctx))).toBe(
      'Hello Jane Doe, the way to pay (reply to this message for the payment details) is quick. {payLink} Oak & Iron',
    );
  });
});
