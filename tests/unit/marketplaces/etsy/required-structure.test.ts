import { describe, expect, it } from 'vitest';
import { readEtsyOrder } from '@/lib/marketplaces/etsy/extract-detail';
import { readEtsyOrderList } from '@/lib/marketplaces/etsy/extract-list';
import { openSaved } from './open-page';

const ORDER = new URL('https://www.etsy.com/your/orders/sold/new?order_id=3456789000');
const LIST = new URL('https://www.etsy.com/your/orders/sold');

// Structure every Etsy page of its kind has: when a console change takes it away, the reading says
// which part is missing and where Settle looked, instead of guessing.
describe('Etsy pages missing required structure', () => {
  it('an order address whose overlay is not open is an error naming the overlay', () => {
    expect(readEtsyOrder(openSaved('sold-list-en'), ORDER)).toEqual({
      ok: false,
      error: "The order's overlay was not found (#order-details-order-info).",
    });
  });

  it('an overlay still showing another order is not read as the one the address names', () => {
    const other = new URL('https://www.etsy.com/your/orders/sold/new?order_id=3456789001');
    expect(readEtsyOrder(openSaved('order-unpaid-en'), other)).toEqual({
      ok: false,
      error: 'The open order (#3456789000) is not the one the address names (#3456789001).',
    });
  });

  it('an overlay without its status is an error, not an unknown status', () => {
    const doc = openSaved('order-unpaid-en');
    doc.querySelector('[role="dialog"] clg-badge')!.remove();
    expect(readEtsyOrder(doc, ORDER)).toEqual({
      ok: false,
      error: "The order's status was not found (.wt-badge:not([data-clg-id]),clg-badge).",
    });
  });

  it('an overlay without a readable total is an error naming where Settle looked', () => {
    const doc = openSaved('order-unpaid-en');
    for (const el of doc.querySelectorAll('[role="tabpanel"] table:last-of-type .currency-value')) el.remove();
    const read = readEtsyOrder(doc, ORDER);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/^The order's total was not found \(table tr: no amount/);
  });

  it('a row without its total is skipped with a warning naming it; the others are read', () => {
    const doc = openSaved('sold-list-en');
    doc.querySelector('.panel-body-row .currency-value')!.remove();
    const read = readEtsyOrderList(doc, LIST);
    expect(read.ok && read.value).toHaveLength(23);
    expect(read.ok && read.warnings).toEqual([
      'Skipped Order #3456789000: no readable total (no amount (.currency-value)).',
    ]);
  });

  it('an unknown status word is read as unknown, with a warning in the console words', () => {
    const doc = openSaved('sold-list-en');
    doc.querySelector('.panel-body-row .wt-badge')!.textContent = 'Awaiting pickup';
    const read = readEtsyOrderList(doc, LIST);
    expect(read.ok && read.value[0]!.status).toBe('unknown');
    expect(read.ok && read.warnings).toEqual([
      'Order #3456789000: status "Awaiting pickup" is not one Settle knows; it stays as it was.',
    ]);
  });
});
