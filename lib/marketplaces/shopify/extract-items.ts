import type { OrderItem } from '../../model/order';
import { count, orderName } from '../bound';
import { READ_LIMITS } from '../limits';
import { parseMoneyResult } from '../parse/money';
import { textOf } from './page-text';
import type { ReadContext } from './read-money';
import { selectors } from './selectors';

/** "$12.00 × 2", "12,00 € × 2": one element's whole text (a variant such as "160 × 230 cm" is not one). */
const PRICE_TIMES_QUANTITY = /^(.*\d.*?)\s*×\s*(\d+)$/;
const SKU = /SKU\s*[:：]\s*(\S.*)$/i;

/** The first "price × quantity" and the first "SKU: …" among the leaves (elements without element children) of a box. */
function priceAndSku(box: Element): { times: RegExpExecArray | null; sku: RegExpExecArray | null } {
  let times: RegExpExecArray | null = null;
  let sku: RegExpExecArray | null = null;
  for (const el of box.querySelectorAll('*')) {
    if (el.childElementCount) continue;
    const text = textOf(el);
    times = times || PRICE_TIMES_QUANTITY.exec(text);
    sku = sku || SKU.exec(text);
    if (times && sku) break;
  }
  return { times, sku };
}

/** Whether a leaf under `root` shows "price × quantity", leaving out what is inside `checked` (a child already searched). */
function showsPriceTimesQuantity(root: Element, checked: Element | null): boolean {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    if (!el.childElementCount) {
      if (PRICE_TIMES_QUANTITY.test(textOf(el))) return true;
    } else if (el !== checked && showsPriceTimesQuantity(el, null)) return true;
  }
  return false;
}

/**
 * The line item box around a product link: the nearest ancestor that also shows "price × quantity".
 * Each step up searches only what the box below it did not hold.
 */
function itemBox(link: Element, main: Element): Element | null {
  let checked: Element | null = null;
  let box = link.parentElement;
  for (let up = 0; box && box !== main && up < 8; up++, checked = box, box = box.parentElement)
    if (showsPriceTimesQuantity(box, checked)) return box;
  return null;
}

/**
 * The order's line items: each product link with the "$12.00 × 2" and "SKU: MUG-01" beside it, at
 * most READ_LIMITS.itemsPerOrder. A custom item without a product link is not read.
 */
export function readItems(main: Element, orderId: string, ctx: ReadContext): OrderItem[] {
  const items: OrderItem[] = [];
  const seen = new Set<Element>();
  for (const link of main.querySelectorAll(selectors.productLink)) {
    const box = itemBox(link, main);
    if (!box || seen.has(box)) continue;
    if (items.length === READ_LIMITS.itemsPerOrder) {
      ctx.warnings.push(`${orderName(orderId)}: Settle read only its first ${count(READ_LIMITS.itemsPerOrder)} items.`);
      break;
    }
    seen.add(box);
    const { times, sku } = priceAndSku(box);
    const item: OrderItem = { title: textOf(link), quantity: times ? Number(times[2]) : 1 };
    const price = times && times[1] ? parseMoneyResult(times[1], { lang: ctx.lang }) : undefined;
    if (price && price.ok) item.price = price.money;
    if (sku) item.sku = sku[1]!.trim();
    items.push(item);
  }
  return items;
}
