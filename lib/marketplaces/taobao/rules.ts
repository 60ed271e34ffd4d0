import type { MarketplaceRules, RuleSource } from '../rules/types';

const sellerClose: RuleSource = {
  title: 'Sainiu Qianniu SDK docs (third party): close an unpaid order only 5 minutes after it was created',
  url: 'https://showdoc.com.cn/sainiu/11558422011900482',
  confidence: 'secondary',
};

export const taobaoRules: MarketplaceRules = {
  marketplace: 'taobao',
  autoClose: {
    movesReminders: true,
    hours: 24,
    from: 'placed',
    calendar: 'calendar',
    confidence: 'unverified-default',
    note:
      'No source found: 72 h, 24 h and 15 min are all reported, by category or promotion. 24 h is a default the seller should set to what their orders show. ' +
      'A guess that is too short only makes reminders come early; one that is too long can time them after the order has closed. Flash-sale orders (15 min) close before any reminder.',
  },
  sellerMayCancel: {
    hours: 5 / 60,
    from: 'placed',
    calendar: 'calendar',
    confidence: 'secondary',
    source: sellerClose,
    note: 'The seller may close an unpaid order (with a reason code) 5 minutes after it was created.',
  },
  contactChannels: [
    { id: 'chat', label: '旺旺 / 千牛 chat with the buyer' },
    { id: 'copied', label: 'Text copied to paste into 旺旺' },
  ],
  sources: [sellerClose],
  notes: [
    'An unpaid order (WAIT_BUYER_PAY, 等待买家付款) normally just closes ("超时未付款，交易自动关闭"); there is no case for non-payment.',
    'Tmall may differ; no Tmall-specific rule was found.',
    '先用后付 (pay later) rules, chat message length and link rules are unknown.',
  ],
};
