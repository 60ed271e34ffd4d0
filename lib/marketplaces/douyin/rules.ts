import type { MarketplaceRules, RuleSource } from '../rules/types';

const orderListScript: RuleSource = {
  title: 'Greasy Fork 481352 "导出订单": 抖店 order list (fxg.jinritemai.com/ffa/morder/order)',
  url: 'https://greasyfork.org/scripts/481352',
  confidence: 'secondary',
};

export const douyinRules: MarketplaceRules = {
  marketplace: 'douyin',
  contactChannels: [
    { id: 'chat', label: '飞鸽 chat (im.jinritemai.com)' },
    { id: 'copied', label: 'Text copied to paste into 飞鸽' },
  ],
  sources: [orderListScript],
  notes: [
    'The platform cancels orders left unpaid (cancel_reason "支付超时", Doudian SDK) but after how long is unknown, so autoClose is unset. ' +
      "The API's order_expire_time (example 1800) may be that duration in seconds; unconfirmed.",
    '先用后付 (pay_type 12) risk and remedies, chat message length and link rules are unknown.',
    "Sending in 飞鸽 needs the page's own request signing: paste the text into the chat box.",
  ],
};
