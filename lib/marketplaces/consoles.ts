import type { ConsoleDefinition } from './console-definition';
import { douyinConsole } from './douyin/console';
import { ebayConsole } from './ebay/console';
import { etsyConsole } from './etsy/console';
import { genericConsole } from './generic/console';
import { pinduoduoConsole } from './pinduoduo/console';
import { buildRegistry } from './registry';
import { shopifyConsole } from './shopify/console';
import { taobaoConsole } from './taobao/console';
import { woocommerceConsole } from './woocommerce/console';

export type { ConsoleDefinition } from './console-definition';
export type { ConsoleRegistry } from './registry';

/**
 * Every console Settle knows, in the order the options list them: the one list every registry is
 * built from. A test fails when a folder's console is missing here or the ids disagree with
 * MARKETPLACE_IDS (lib/model/order.ts). Content scripts never import this: it holds every rule.
 */
export const CONSOLES: readonly ConsoleDefinition[] = [
  woocommerceConsole,
  genericConsole,
  ebayConsole,
  etsyConsole,
  shopifyConsole,
  taobaoConsole,
  pinduoduoConsole,
  douyinConsole,
];

export const consoles = buildRegistry(CONSOLES);
