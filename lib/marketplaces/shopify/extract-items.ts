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

/** The first "SKU: …" among the leaves (elements without element children) of a box. */
function skuIn(box: Element): RegExpExecArray | null {
  for (const el of box.querySelectorAll('*')) {
    const sku = el.childElementCount ? null : SKU.exec(textOf(el));
    if (sku) return sku;
  }
  return null;
}

/**
 * The first leaf under `root`, in page order, that shows "price × quantity", read as such; the
 * leaves inside `checked` (a child already searched) are left out.
 */
function priceTimesQuantityIn(root: Element, checked: Element | null): RegExpExecArray | null {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    const times = !el.childElementCount
      ? PRICE_TIMES_QUANTITY.exec(textOf(el))
      : el !== checked && priceTimesQuantityIn(el, null);
    if (times) return times;
  }
  return null;
}

/**
 * The line item box around a product link: the nearest ancestor that also shows "price × quantity",
 * with that price and quantity (the box's first, as the boxes below it show none). Each step up
 * searches only what the box below it did not hold.
 */
function itemBox(link: Element, main: Element): { box: Element; times: RegExpExecArray } | null {
  let checked: Element | null = null;
  let box = link.parentElement;
  for (let up = 0; box && box !== main && up < 8; up++, checked = box, box = box.parentElement) {
    const times = priceTimesQuantityIn(box, checked);
    if (times) return { box, times };
  }
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
    const found = itemBox(link, main);
    if (!found || seen.has(found.box)) continue;
    const { box, times } = found;
    if (items.length === READ_LIMITS.itemsPerOrder) {
      ctx.warnings.push(`${orderName(orderId)}: Settle read only its first ${count(READ_LIMITS.itemsPerOrder)} items.`);
      break;
    }
    seen.add(box);
    const sku = skuIn(box);
    const item: OrderItem = { title: textOf(link), quantity: Number(times[2]) };
    const price = times[1] ? parseMoneyResult(times[1], { lang: ctx.lang }) : undefined;
    if (price && price.ok) item.price = price.money;
    if (sku) item.sku = sku[1]!.trim();
    items.push(item);
  }
  return items;
}
