import { describe, expect, it } from 'vitest';
import { describeEvent } from '@/lib/i18n/describe-event';
import { formatDateTime } from '@/lib/i18n/format-date-time';
import type { OrderEvent, OrderEventData } from '@/lib/model/events';
import { useLocale } from '../support/i18n';

const event = (data: OrderEventData): OrderEvent => ({
  marketplace: 'woocommerce',
  shop: 'http://shop.test',
  orderId: '1042',
  at: '2026-11-20T09:00:00.000Z',
  url: '',
  data,
  prevHash: '',
  hash: '',
});
const step = (
  change: Extract<OrderEventData, { type: 'chase' }>['change'],
  from: 'reminded' | 'unpaid',
  to: Extract<OrderEventData, { type: 'chase' }>['to'],
) => event({ type: 'chase', change, from, to });

describe('describeEvent', () => {
  // The timeline and the evidence report showed "Details changed: buyer, items, payUrl", the code's own names, in every language.
  it('names the changed details in words, in the reader’s language', () => {
    useLocale('en');
    expect(
      describeEvent(event({ type: 'details_changed', fields: ['buyer', 'items', 'payUrl'] }), 'USD', 'en-US'),
    ).toBe('Details changed: buyer, items, and payment link');
    useLocale('zh_CN');
    expect(
      describeEvent(event({ type: 'details_changed', fields: ['buyer', 'items', 'payUrl'] }), 'USD', 'zh-CN'),
    ).toBe('详情变更：买家、商品和付款链接');
    useLocale('zh_TW');
    expect(describeEvent(event({ type: 'details_changed', fields: ['placedAt'] }), 'USD', 'zh-TW')).toBe(
      '詳情變更：下單時間',
    );
  });

  // "More time given; now given more time", "Written off; now written off": a step that always lands on one stage said it twice.
  it('says a step that always lands on the same stage once', () => {
    useLocale('en');
    const until = '2026-12-01T12:00:00.000Z';
    expect(describeEvent(step({ type: 'extension_granted', until }, 'reminded', 'extended'), 'USD', 'en-US')).toBe(
      `More time given, until ${formatDateTime(until, 'en-US')}`,
    );
    expect(
      describeEvent(step({ type: 'written_off', reason: 'gone' }, 'reminded', 'written_off'), 'USD', 'en-US'),
    ).toBe('Written off');
    expect(
      describeEvent(step({ type: 'settled', amount: 5000, reason: 'deal' }, 'reminded', 'settled'), 'USD', 'en-US'),
    ).toBe('Settled for $50.00');
    expect(describeEvent(step({ type: 'console_paid' }, 'reminded', 'paid'), 'USD', 'en-US')).toBe(
      'The console shows it paid',
    );
  });

  // "The buyer promised to pay; still reminded": the next reminder waits for the promised date (lib/tracker/schedule.ts).
  it('says a promise holds the reminders back until its date, and a pause without a stage', () => {
    useLocale('en');
    const by = '2026-11-25T00:00:00.000Z';
    const promise = describeEvent(step({ type: 'promise_recorded', by }, 'reminded', 'reminded'), 'USD', 'en-US');
    expect(promise).toBe(`The buyer promised to pay by ${formatDateTime(by, 'en-US')}: reminders wait until then`);
    expect(describeEvent(step({ type: 'paused' }, 'reminded', 'reminded'), 'USD', 'en-US')).toBe('Reminders paused');
    useLocale('zh_CN');
    expect(describeEvent(step({ type: 'promise_recorded', by }, 'reminded', 'reminded'), 'USD', 'zh-CN')).toBe(
      `买家承诺在 ${formatDateTime(by, 'zh-CN')} 前付款：在此之前不再提醒`,
    );
  });

  it('still says where a step that may land anywhere left the order', () => {
    useLocale('en');
    expect(
      describeEvent(step({ type: 'payment_recorded', amount: 1000 }, 'reminded', 'partially_paid'), 'USD', 'en-US'),
    ).toBe('Payment of $10.00 recorded; now partly paid');
    expect(describeEvent(step({ type: 'extension_lapsed' }, 'unpaid', 'reminded'), 'USD', 'en-US')).toBe(
      'The extra time ended; now reminded',
    );
  });
});
