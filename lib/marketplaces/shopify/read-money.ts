import type { Money } from '../../model/money';
import { parseMoneyResult } from '../parse/money';

/** What one page's readings share: its language (for `¥`, `kr`, separators) and the warnings so far. */
export interface ReadContext {
  lang: string;
  warnings: string[];
}

/**
 * Money as the admin prints it in the seller's locale (`$969.44`, `1.234,56 €`, `¥1,299.00`,
 * `$12.00 USD`): Shopify's admin shows the store currency's symbol, and its ISO code only on some
 * pages, so an ambiguous `$` is read as USD with the parser's warning. Only totals and balances are
 * read here: a negative amount is a failure.
 */
export function readMoney(text: string, ctx: ReadContext): { ok: true; money: Money } | { ok: false; error: string } {
  if (!text) return { ok: false, error: 'no amount on the page' };
  const parsed = parseMoneyResult(text, { lang: ctx.lang });
  if (!parsed.ok) return parsed;
  ctx.warnings.push(...parsed.warnings);
  return { ok: true, money: parsed.money };
}
