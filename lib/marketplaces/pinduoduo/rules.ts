import type { MarketplaceRules, RuleSource } from '../rules/types';

const openApi: RuleSource = {
  title: 'pdd crate (docs.rs), pdd.order.list.get: order statuses, none of them unpaid',
  url: 'https://docs.rs/pdd',
  confidence: 'secondary',
};
const orderListScript: RuleSource = {
  title: 'Greasy Fork 420453 "同步pdd订单信息到服务器": order list and detail pages',
  url: 'https://greasyfork.org/scripts/420453',
  confidence: 'secondary',
};

export const pinduoduoRules: MarketplaceRules = {
  marketplace: 'pinduoduo',
  contactChannels: [
    { id: 'chat', label: '商家客服 chat (chat-merchant, or mms-chat search by order number)' },
    { id: 'copied', label: 'Text copied to paste into the chat' },
  ],
  sources: [openApi, orderListScript],
  notes: [
    'The unpaid auto-close time is unknown and no figure was found, so autoClose is unset rather than guessed.',
    'The open API has no unpaid order status; unpaid orders may not reach the merchant console at all (an inference, not documented).',
    '先用后付 (pay later) risk and remedies, chat message length and link rules are unknown.',
  ],
};
