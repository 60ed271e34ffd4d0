import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readWooOrder } from '@/lib/marketplaces/woocommerce/extract-detail';
import { readWooOrderList } from '@/lib/marketplaces/woocommerce/extract-list';
import { wooConsoleContact } from '@/lib/marketplaces/woocommerce/console-contact';
import { useLocale } from '../../support/i18n';

const DIR = 'tests/fixtures/woocommerce';
const open = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}.html`, 'utf8'), 'text/html');
const EDIT = new URL('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042');
const LIST = new URL('http://shop.test/wp-admin/admin.php?page=wc-orders');

// Page structure every WooCommerce page of its kind has: when a console change takes it away, the
// reading says which part is missing and where Settle looked, instead of reading it as empty.
describe('WooCommerce pages missing required structure', () => {
  it('an order page without its items table is an error naming it, not an order without items', () => {
    const doc = open('hpos-edit-pending-en');
    doc.querySelector('#order_line_items')!.remove();
    expect(readWooOrder(doc, EDIT)).toEqual({
      ok: false,
      error: "The order's item list was not found (#order_line_items).",
    });
  });

  it('an order page whose status has no option is an error, not an unknown status', () => {
    const doc = open('hpos-edit-pending-en');
    for (const option of doc.querySelectorAll('select#order_status option')) option.remove();
    expect(readWooOrder(doc, EDIT)).toEqual({
      ok: false,
      error: "The order's status was not found (select#order_status option[selected]).",
    });
  });

  it('a list row without its total cell is skipped with the cell named', () => {
    const doc = open('hpos-list-en');
    const rows = [...doc.querySelectorAll('#the-list > tr')];
    rows[0]!.querySelector('td.order_total')!.remove();
    const read = readWooOrderList(doc, LIST);
    expect(read.ok && read.value).toHaveLength(rows.length - 1);
    expect(read.ok && read.warnings).toContainEqual(expect.stringMatching(/: no total \(td\.order_total\)\.$/));
  });

  describe('order actions outside the order form', () => {
    beforeEach(() => useLocale('en'));

    it('fail loudly instead of doing nothing', () => {
      const doc = open('hpos-edit-pending-en');
      const select = doc.querySelector('select[name="wc_order_action"]')!;
      doc.body.append(select);
      doc.querySelector('form')!.remove();
      expect(() => wooConsoleContact.runAction(doc, 'send_order_details')).toThrow(
        'The order action “send_order_details” is not on this page.',
      );
    });
  });
});
