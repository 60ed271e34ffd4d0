import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { onChasePanel } from '@/lib/background/chase-panel';
import { describeEvent } from '@/lib/i18n/describe-event';
import type { OrderEvent } from '@/lib/model/events';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
let db: SettleDb;
let n = 0;
beforeEach(async () => {
  db = new SettleDb(`settle-console-words-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'en' });
  await ingestSnapshots(
    db,
    [createSnapshot({ url: PAGE, buyer: { name: 'Jane Doe', email: 'jane@example.com' } })],
    '2026-11-19T15:00:00.000Z',
  );
});
afterEach(() => db.delete());

// Words that name a console come from its definition (lib/marketplaces/<id>/console.ts), so another console gets its own.
describe('channels named in the console’s own words', () => {
  it('the order panel names WooCommerce’s channels as WooCommerce’s, with the invoice action’s note', async () => {
    useLocale('en');
    const model = await onChasePanel(
      db,
      { marketplace: 'woocommerce', orderId: '1042' },
      PAGE,
      '2026-11-21T10:00:00.000Z',
    );
    expect(model.channels).toEqual([
      { channel: 'console-form', label: 'Order note to the customer (WooCommerce emails it)' },
      {
        channel: 'console-invoice',
        label: 'WooCommerce order details email (with the payment link)',
        note: 'WooCommerce sends its own order email with the payment link; the text below is not used.',
      },
      { channel: 'mail-draft', label: 'Mail draft to the buyer', maxLength: 1200 },
      { channel: 'copied', label: 'Copy the text' },
    ]);
  });

  it('in Chinese too', async () => {
    useLocale('zh_CN');
    const model = await onChasePanel(
      db,
      { marketplace: 'woocommerce', orderId: '1042' },
      PAGE,
      '2026-11-21T10:00:00.000Z',
    );
    expect(model.channels[0]!.label).toBe('发给顾客的订单备注（由 WooCommerce 发邮件）');
  });

  it('the timeline names the channel by the order’s console: WooCommerce’s words there, the general words elsewhere', () => {
    useLocale('en');
    const failed = (marketplace: OrderEvent['marketplace']): OrderEvent => ({
      marketplace,
      shop: 's',
      orderId: '1',
      at: '2026-11-21T10:00:00.000Z',
      url: 'u',
      prevHash: '',
      hash: '',
      data: { type: 'reminder_failed', tone: 'friendly', channel: 'console-form', error: 'x' },
    });
    expect(describeEvent(failed('woocommerce'), 'USD', 'en')).toContain(
      'Order note to the customer (WooCommerce emails it)',
    );
    expect(describeEvent(failed('ebay'), 'USD', 'en')).toContain('eBay “Message buyer”');
    expect(describeEvent(failed('taobao'), 'USD', 'en')).toContain("Message through the console's own form");
  });
});
