import { describe, expect, it } from 'vitest';
import { cardLines, valueBeside } from '@/lib/marketplaces/shopify/card';
import { LABELS } from '@/lib/marketplaces/shopify/labels';

const card = (html: string) =>
  new DOMParser().parseFromString(`<div class="Polaris-ShadowBevel">${html}</div>`, 'text/html').body
    .firstElementChild!;

describe("a Shopify card's rows: the value beside a label", () => {
  it.each([
    ['a label and its value', '<div><span>Total</span><span>$44.60</span></div>'],
    ['a label in wrappers', '<div><div><p><span>Total</span></p></div><span>$44.60</span></div>'],
    // The wrapper's one child has two parts: the wrapper is the element whose whole text is the label.
    ['a label in parts', '<div><span><span><b>To</b><b>tal</b></span></span><span>$44.60</span></div>'],
    ['a label with a break', '<div><span>Total<br></span><span>$44.60</span></div>'],
    ['a value in the row without a box of its own', '<div><span>Total</span> $44.60</div>'],
  ])('%s', (_what, html) => expect(valueBeside(card(html), LABELS.total)).toBe('$44.60'));

  it('reads every label of a card from its lines, read once', () => {
    const payment = card(
      '<div><span>Subtotal</span><span>$36.00</span></div><div><span>Total</span><span>$44.60</span></div>' +
        '<div><span>Balance</span><span>$4.60</span></div>',
    );
    const lines = cardLines(payment);
    expect(valueBeside(payment, LABELS.total, lines)).toBe('$44.60');
    expect(valueBeside(payment, LABELS.balance, lines)).toBe('$4.60');
    expect(valueBeside(payment, ['Refunded'], lines)).toBeUndefined();
  });
});
