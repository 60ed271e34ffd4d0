import { describe, expect, it } from 'vitest';
import { draftDemandLetter, letterLocale, REPLY_DAYS, type LetterStyle } from '@/lib/cases/demand-letter';
import { chainEvent, GENESIS_HASH } from '@/lib/db/event-chain';
import type { OrderEvent } from '@/lib/model/events';
import type { OrderRecord } from '@/lib/model/order-record';
import { chaseFromStatus } from '@/lib/tracker/chase-from-status';
import { letterHtml } from '@/lib/evidence/letter-html';

const base = {
  marketplace: 'woocommerce' as const,
  shop: 'http://shop.test',
  orderId: '1042',
  url: 'http://shop.test/x',
};
const total = { amount: 123880, currency: 'GBP' };
const order: OrderRecord = {
  ...base,
  status: 'unpaid',
  statusText: 'Pending payment',
  buyer: { name: 'Jane <b>Doe</b>' },
  total,
  items: [
    { title: 'Walnut desk', quantity: 1 },
    { title: 'Cable tray', quantity: 2 },
  ],
  placedAt: '2026-11-19T14:05:22Z',
  open: 1,
  buyerKey: 'jane',
  firstSeenAt: '2026-11-19T14:05:22Z',
  lastActivityAt: '2026-11-19T14:05:22Z',
  chase: chaseFromStatus({ status: 'unpaid', total }),
};
const events: OrderEvent[] = [
  chainEvent(
    {
      ...base,
      at: '2026-11-21T09:00:00Z',
      data: {
        type: 'chase',
        change: { type: 'reminder_sent', tone: 'friendly' },
        from: 'unpaid',
        to: 'reminded',
        message: { channel: 'mail-draft', text: 'Pay' },
      },
    },
    GENESIS_HASH,
  ),
];
const draft = (style: LetterStyle) =>
  draftDemandLetter({
    order,
    events,
    style,
    locale: letterLocale(style, 'en'),
    seller: 'Oak & Iron',
    howToPay: 'Bank transfer to GB12 3456',
    now: '2026-12-02T10:00:00Z',
    timeZone: 'UTC',
  });

describe('the demand letter, in the form its jurisdiction expects', () => {
  it('England and Wales: a letter before claim with the amount, how it arose, how to pay, 30 days and the Protocol’s forms', () => {
    const letter = draft('england-wales');
    expect(letter).toContain('LETTER BEFORE CLAIM — order #1042');
    expect(letter).toContain('£1,238.80 remains unpaid');
    expect(letter).toContain('We asked you to pay on 21 November 2026');
    expect(letter).toContain('How to pay: Bank transfer to GB12 3456');
    expect(letter).toContain('within 30 days of the date of this letter, that is by 1 January 2027');
    expect(letter).toContain('Reply Form');
    expect(REPLY_DAYS['england-wales']).toBe(30);
  });

  it('mainland China: a 催款函 in Simplified Chinese naming the court', () => {
    const letter = draft('mainland-china');
    expect(letter.startsWith('催款函')).toBe(true);
    expect(letter).toContain('尚欠货款£1,238.80');
    expect(letter).toContain('人民法院');
    expect(letter).toContain('2026年12月9日前');
  });

  it('Taiwan: a 存證信函 with 主旨 and 說明', () => {
    const letter = draft('taiwan');
    expect(letter).toMatch(/^存證信函\n/);
    expect(letter).toContain('主旨：');
    expect(letter).toContain('說明：');
  });

  it('California: a demand before a small claim; elsewhere a formal demand in the seller’s language', () => {
    expect(draft('us-california')).toContain('small claims court');
    expect(draft('general')).toContain('FORMAL DEMAND FOR PAYMENT');
    expect(letterLocale('general', 'zh_TW')).toBe('zh_TW');
    expect(letterLocale('england-wales', 'zh_CN')).toBe('en');
  });

  it('prints a kept letter as text, never as markup', () => {
    const html = letterHtml(draft('england-wales'), 'letter', 'en');
    expect(html).toContain('To: Jane &lt;b&gt;Doe&lt;/b&gt;');
    expect(html).not.toContain('<b>Doe');
  });
});
