// The options page's live preview: a reminder filled with believable values in each language.
import type { ReminderLocale, TemplateValues } from './types';

/** Example values for the live preview in the options page. */
export function sampleValues(locale: ReminderLocale): TemplateValues {
  const common = { orderId: '1042', payLink: 'https://shop.example.com/checkout/order-pay/1042/?pay_for_order=true' };
  switch (locale) {
    case 'zh_CN':
      return {
        ...common,
        buyer: '张伟',
        amount: '¥298.00',
        items: '手工陶瓷茶杯 × 2',
        deadline: '2026年11月25日',
        shop: '青瓷小铺',
        instalmentPlan: '2026年12月1日：¥149.00；2026年12月15日：¥149.00',
      };
    case 'zh_TW':
      return {
        ...common,
        buyer: '張偉',
        amount: 'NT$1,280',
        items: '手工陶瓷茶杯 × 2',
        deadline: '2026年11月25日',
        shop: '青瓷小舖',
        instalmentPlan: '2026年12月1日：NT$640；2026年12月15日：NT$640',
      };
    case 'en':
      return {
        ...common,
        buyer: 'Jane Doe',
        amount: '$1,238.80',
        items: 'Oak desk, 2 × Desk lamp',
        deadline: 'November 25, 2026',
        shop: 'Oak & Iron',
        instalmentPlan: 'December 1, 2026: $619.40; December 15, 2026: $619.40',
      };
  }
}
