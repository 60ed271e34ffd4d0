import { beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { onChasePanel } from '@/lib/background/chase-panel';
import { onSendBegin, onSendFinish } from '@/lib/background/send-reminder';
import type { OrderSnapshot } from '@/lib/model/order';
import type { ReminderLocale } from '@/lib/reminders/types';
import { renderPanel, type PanelCallbacks } from '@/lib/panel/panel-view';
import type { ChasePanelModel } from '@/lib/messaging/panel-model';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const NOW = '2026-11-21T10:00:00.000Z';
const KEY = ['woocommerce', 'http://shop.test', '1042'] as ['woocommerce', string, string];
const order = (overrides: Partial<OrderSnapshot> = {}) =>
  createSnapshot({
    url: PAGE,
    buyer: { name: 'Mei Chen', email: 'mei@example.com' },
    items: [{ title: 'Oak desk', quantity: 1 }],
    ...overrides,
  });
const noop = () => undefined;
const callbacks: PanelCallbacks = {
  onSend: noop,
  onConfirm: noop,
  onCancel: noop,
  onLocale: noop,
  onOffers: noop,
  onChannel: noop,
  onCapture: noop,
  onAllowCapture: noop,
};

/** The panel's text as the seller reads it, one line per paragraph. */
function panelText(model: ChasePanelModel): string[] {
  const root = document.createElement('div');
  renderPanel(root, { model, channel: 'copied' }, callbacks);
  return [...root.querySelectorAll('p')].map((p) => p.textContent ?? '');
}

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-headline-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'en' });
});

const panel = (locale?: ReminderLocale, now = NOW) =>
  onChasePanel(db, { marketplace: 'woocommerce', orderId: '1042', ...(locale && { locale }) }, PAGE, now);

// Seen: "Mei Chen owes $240.00 · Stage: cancelled" on a refunded order, "owes £0.00" on a paid one,
// "Owed $89.00" beside "Written off $89.00".
describe('the panel headline of a closed order', () => {
  it.each([
    ['refunded', { status: 'refunded', statusText: 'Refunded' }, 'Order #1042 · Mei Chen · Refunded'],
    ['cancelled', { status: 'cancelled', statusText: 'Cancelled' }, 'Order #1042 · Mei Chen · Cancelled'],
    [
      'paid',
      { status: 'paid', statusText: 'Processing', amountDue: undefined },
      'Order #1042 · Mei Chen · Paid in full',
    ],
  ] as const)('says a %s order is %s, and that nothing is owed', async (_name, reading, headline) => {
    await ingestSnapshots(db, [order()], '2026-11-19T15:00:00.000Z');
    await ingestSnapshots(db, [order(reading)], '2026-11-20T15:00:00.000Z');
    const lines = panelText(await panel());
    expect(lines[0]).toBe(headline);
    expect(lines.join('\n')).not.toMatch(/owes|Stage:|cancelled\.$/m);
    expect(lines[1]).toBe('Nothing left to chase · reminders sent: 0');
  });

  it('says a written-off order is written off, with the amount once', async () => {
    await ingestSnapshots(db, [order()], '2026-11-19T15:00:00.000Z');
    await recordChase(db, KEY, { type: 'written_off', reason: 'Moved abroad' }, { now: NOW, url: PAGE });
    const lines = panelText(await panel());
    expect(lines[0]).toBe('Order #1042 · Mei Chen · Written off: $1,238.80');
    expect(lines.join('\n').match(/\$1,238\.80/g)).toHaveLength(1);
  });

  it('still says what an open order owes', async () => {
    await ingestSnapshots(db, [order()], '2026-11-19T15:00:00.000Z');
    expect(panelText(await panel())[0]).toBe('Order #1042 · Mei Chen owes $1,238.80');
  });
});

// Seen: the headline "CN¥298.00" and "$1,238.80" above a draft saying "¥298.00" and "US$1,238.80".
describe('the panel headline’s money', () => {
  it.each([
    ['en', { amount: 29800, currency: 'CNY' }, 'CN¥298.00'],
    ['zh_CN', { amount: 29800, currency: 'CNY' }, '¥298.00'],
    ['zh_CN', { amount: 123880, currency: 'USD' }, 'US$1,238.80'],
    ['zh_TW', { amount: 123880, currency: 'USD' }, 'US$1,238.80'],
  ] as const)(
    'in a %s reminder for %o reads %s, as in the draft, before and after a send',
    async (locale, total, shown) => {
      const reading = order({ total, amountDue: total });
      await ingestSnapshots(db, [reading], '2026-11-19T15:00:00.000Z');
      const before = await panel(locale);
      expect(before.order.owed).toBe(shown);
      expect(before.draft?.text).toContain(shown);
      await onSendBegin(
        db,
        {
          sendId: before.sendId,
          marketplace: 'woocommerce',
          orderId: '1042',
          tone: before.draft!.tone,
          locale,
          channel: 'copied',
          reading: { ok: true, marketplace: 'woocommerce', kind: 'order-detail', orders: [reading], warnings: [] },
        },
        PAGE,
        NOW,
      );
      await onSendFinish(db, { sendId: before.sendId, ok: true }, PAGE, NOW);
      const after = await panel(locale, '2026-11-25T10:00:00.000Z');
      expect(after.order.remindersSent).toBe(1);
      expect(after.order.owed).toBe(shown);
      expect(after.draft?.text).toContain(shown);
    },
  );
});
