import type { MarketplaceRules, RuleSource } from '../rules/types';

const orderStatus: RuleSource = {
  title: 'Shopify help: Order status (Payment pending becomes Overdue after the due date)',
  url: 'https://help.shopify.com/en/manual/orders/order-status',
  confidence: 'verified',
};
const paymentTerms: RuleSource = {
  title: 'Shopify help: payment terms on pending orders',
  url: 'https://docs.shopify.com/manual/your-store/orders/authorize-capture-payment',
  confidence: 'verified',
};
const sendInvoice: RuleSource = {
  title: 'Shopify help: Send an invoice for a draft or Payment pending order',
  url: 'https://help.shopify.com/en/manual/orders/create-orders/send-draft',
  confidence: 'verified',
};

export const shopifyRules: MarketplaceRules = {
  marketplace: 'shopify',
  contactChannels: [
    { id: 'console-form', label: 'Send invoice with a custom message (emails a checkout link)' },
    { id: 'mail-draft', label: "Mail draft to the customer's email" },
  ],
  sources: [orderStatus, paymentTerms, sendInvoice],
  notes: [
    "The due date comes from the order's payment terms (due on receipt, on fulfillment, net 7–90 days, or a fixed date); past it the order shows Overdue. ruleDates reports the order's own dueAt as payment-due.",
    'Whether Shopify cancels unpaid pending orders by itself is unknown, so autoClose is unset.',
    'Do not mark the order Paid before the money arrives, or the invoice link stops working.',
    "The invoice message's length limit is unknown.",
    'Authorized and Expiring orders are read as unpaid: the money is not captured yet. The buyer has done their part; capture the payment in Shopify (Expiring: within two days) rather than reminding them.',
  ],
};
