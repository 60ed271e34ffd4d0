import type { MessageSender } from '@/lib/messaging/router';
import type { PageReadMessage } from '@/lib/messaging/types';
import type { PageReading } from '@/lib/marketplaces/types';
import { createSnapshot } from '../factories';

// eBay may show an order's details in a child frame of Seller Hub (its content script runs in
// every frame): one unpaid order, its Seller Hub page in tab TAB, and its details frame, as the
// background sees them. A frame elsewhere claims the same order number in the tests that use it.
export const TAB = 9;
export const ORDER_ID = '12-34567-89022';
export const SHELL = `https://www.ebay.com/sh/ord/details?orderid=${ORDER_ID}`;
export const FRAME = `https://www.ebay.com/mesh/ord/details?mode=SH&orderid=${ORDER_ID}`;
export const NOW = '2026-11-24T10:00:00.000Z';
export const GENUINE_FRAME = 3;
export const EVIL_FRAME = 5;

const order = (url: string) =>
  createSnapshot({
    marketplace: 'ebay',
    orderId: ORDER_ID,
    url,
    statusText: 'Awaiting payment',
    buyer: { name: 'Kira Tan', handle: 'kira_t' },
    total: { amount: 1500, currency: 'USD' },
    amountDue: { amount: 1500, currency: 'USD' },
    placedAt: '2026-11-23T18:00:00',
  });

/** The order's details as a frame at `url` reads them. */
export const detail = (url: string): PageReading => ({
  ok: true,
  marketplace: 'ebay',
  kind: 'order-detail',
  orders: [order(url)],
  warnings: [],
});
/** That reading, sent to the background. */
export const pageRead = (url: string): PageReadMessage => ({ type: 'cs-bg-page-read', url, reading: detail(url) });
/** A message from the frame `frameId` at `url`, inside the Seller Hub tab. */
export const frameSender = (url: string, frameId: number): MessageSender => ({
  url,
  frameId,
  tab: { id: TAB, url: SHELL },
});
