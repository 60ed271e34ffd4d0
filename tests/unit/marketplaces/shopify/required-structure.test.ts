import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapter } from '@/lib/marketplaces/shopify';

const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/shopify/${name}.html`, 'utf8'), 'text/html');
const ORDER_URL = new URL('https://admin.shopify.com/store/acme-goods/orders/5612345601024');
const LIST_URL = new URL('https://admin.shopify.com/store/acme-goods/orders');

// A changed admin must make Settle say what it could not read, never guess.
describe('a Shopify page missing what Settle reads by', () => {
  it('is an error naming the total when the payment card has no Total row', () => {
    const doc = page('order-pending-en');
    for (const el of doc.querySelectorAll('span')) if (el.textContent === 'Total') el.textContent = 'Sum';
    expect(adapter.readOrder(doc, ORDER_URL)).toEqual({
      ok: false,
      error: 'The order\'s total was not found (a "Total" row in the payment card).',
    });
  });

  it('is an error naming the number when the title holds none', () => {
    const doc = page('order-pending-en');
    doc.querySelector('h1')!.textContent = 'Order';
    expect(adapter.readOrder(doc, ORDER_URL)).toMatchObject({ ok: false, error: expect.stringMatching(/number/) });
  });

  it('is an error when the list has no table headed by an order column', () => {
    const doc = page('orders-list-en');
    for (const th of doc.querySelectorAll('th')) if (th.textContent === 'Order') th.textContent = '';
    expect(adapter.readOrderList(doc, LIST_URL)).toEqual({
      ok: false,
      error: 'The orders table was not found on this page.',
    });
  });

  it('skips, naming them, rows whose total cannot be read, and reads the others', () => {
    const doc = page('orders-list-en');
    doc.querySelector('tbody tr .Polaris-Text--numeric')!.textContent = 'n/a';
    const reading = adapter.readOrderList(doc, LIST_URL);
    expect(reading.ok && reading.value.length).toBe(23);
    expect(reading.ok && reading.warnings).toContain('Skipped Order #1024: no readable total (there is no number).');
  });

  it('reads an unknown payment status as unknown, with its words, and says so', () => {
    const doc = page('orders-list-en');
    const badge = doc.querySelector('tbody tr td:nth-child(7) .Polaris-Badge .Polaris-Text--bodySm')!;
    badge.textContent = 'Awaiting bank';
    const reading = adapter.readOrderList(doc, LIST_URL);
    expect(reading.ok && reading.value[0]).toMatchObject({
      orderId: '1024',
      status: 'unknown',
      statusText: 'Awaiting bank',
    });
    expect(reading.ok && reading.warnings).toContain(
      'Order #1024: status "Awaiting bank" is not one Settle knows; it stays as it was.',
    );
  });

  it('reads an order whose email link is broken, without the email', () => {
    const doc = page('order-pending-en');
    doc.querySelector('a[href^="mailto:"]')!.setAttribute('href', 'mailto:%E0%A4%A');
    const reading = adapter.readOrder(doc, ORDER_URL);
    expect(reading.ok && reading.value.buyer).toEqual({ name: 'Jane Doe', phone: '+15550100' });
  });
});
