import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { flagRepeatNonPayers } from '@/lib/content/flag-repeat-non-payers';
import { finish } from '@/lib/marketplaces/steps';
import { useLocale } from '../support/i18n';

function loadList(name: string) {
  const html = readFileSync(`tests/fixtures/woocommerce/${name}.html`, 'utf8')
    .replace(/<link\b[^>]*>/g, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

/** The flags' shadow roots are closed to the page; the test keeps each as it is made. */
const roots = new Map<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
beforeEach(() => {
  useLocale('en');
  roots.clear();
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
});
const flagRoot = (selector: string) => {
  const host = document.querySelector(selector)!;
  expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach it
  return roots.get(host);
};

describe('repeat non-payers flagged on the console’s own order list', () => {
  it('marks the row of a new order whose buyer left another unpaid (HPOS list), once', () => {
    loadList('hpos-list-en');
    expect(finish(flagRepeatNonPayers(adapter, document, [{ orderId: '1047', others: ['1040'] }]))).toBe(1);
    const flag = flagRoot('#order-1047 .settle-repeat-non-payer');
    expect(flag?.textContent).toBe('⚠ Left an order unpaid before');
    expect((flag?.firstElementChild as HTMLElement).title).toContain('#1040');
    expect(finish(flagRepeatNonPayers(adapter, document, [{ orderId: '1047', others: ['1040'] }]))).toBe(0);
  });

  it('finds rows on the legacy posts list, in Chinese', () => {
    useLocale('zh_CN');
    loadList('legacy-list-zh');
    expect(finish(flagRepeatNonPayers(adapter, document, [{ orderId: '2088', others: ['2087'] }]))).toBe(1);
    expect(flagRoot('#post-2088 .settle-repeat-non-payer')?.textContent).toBe('⚠ 曾有订单未付款');
  });

  it('does nothing for an order not on the page', () => {
    loadList('hpos-list-en');
    expect(finish(flagRepeatNonPayers(adapter, document, [{ orderId: '99999', others: ['1'] }]))).toBe(0);
  });

  it('flags one row a step, so a long list is flagged in slices', () => {
    const steps = flagRepeatNonPayers(adapter, document, [{ orderId: '1047', others: ['1040'] }]);
    expect(steps.next()).toEqual({ done: false, value: undefined });
    expect(steps.next()).toEqual({ done: true, value: 1 });
  });
});
