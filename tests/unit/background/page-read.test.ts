import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettleDb } from '@/lib/db/schema';
import { onPageRead } from '@/lib/background/page-read';
import { refreshReminders } from '@/lib/background/refresh-reminders';
import { recordChase } from '@/lib/db/chase';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { loadTabReading } from '@/lib/browser/tab-readings';
import { HandledError } from '@/lib/messaging/router';
import type { PageReadMessage } from '@/lib/messaging/types';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders';
const sender = { url: PAGE, tab: { id: 3, url: PAGE } };
const message = (orders = [createSnapshot()]): PageReadMessage => ({
  type: 'cs-bg-page-read',
  url: PAGE,
  reading: { ok: true, marketplace: 'woocommerce', kind: 'order-list', orders, warnings: [] },
});

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  // Only Date is faked: IndexedDB needs real timers. Orders placed 19 Nov have their first reminder due on the 20th.
  vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
  db = new SettleDb(`settle-bg-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('onPageRead', () => {
  it('stores the orders, sets the badge to the reminders due now and remembers the tab reading', async () => {
    const result = await onPageRead(
      db,
      message([
        createSnapshot({ orderId: '1' }),
        createSnapshot({ orderId: '2', buyer: { name: 'Li Wei' } }),
        createSnapshot({ orderId: '4', buyer: { name: 'Li Wei' } }),
        createSnapshot({ orderId: '3', status: 'paid', amountDue: undefined }),
      ]),
      sender,
    );
    expect(result).toEqual({ created: 4, changed: 0, unchanged: 0, openCount: 3, repeatNonPayers: [] });
    // Three unpaid orders are due, but Li Wei gets one reminder a day: two due now.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await loadTabReading(3)).toMatchObject({ url: PAGE, reading: { ok: true, kind: 'order-list', count: 4 } });
  });

  it('names the unpaid orders on the page whose buyer left another order unpaid', async () => {
    await onPageRead(db, message([createSnapshot({ orderId: '990' })]), sender);
    await recordChase(db, ['woocommerce', '990'], { type: 'written_off', reason: 'never paid' }, { now: '2026-11-21T00:00:00.000Z', url: PAGE });
    const result = await onPageRead(db, message([createSnapshot({ orderId: '1042' }), createSnapshot({ orderId: '1043', buyer: { name: 'Li Wei' } })]), sender);
    expect(result?.repeatNonPayers).toEqual([{ orderId: '1042', others: ['990'] }]);
  });

  it('remembers why a page could not be read, and writes no order', async () => {
    const bad: PageReadMessage = { type: 'cs-bg-page-read', url: PAGE, reading: { ok: false, marketplace: 'woocommerce', kind: 'order-list', error: 'The orders table was not found on this page.' } };
    expect(await onPageRead(db, bad, sender)).toBeNull();
    expect(await db.orders.count()).toBe(0);
    expect(await loadTabReading(3)).toMatchObject({ reading: { ok: false, error: 'The orders table was not found on this page.' } });
  });

  it('answers a full disk plainly', async () => {
    vi.spyOn(db.orders, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const failure = onPageRead(db, message(), sender);
    await expect(failure).rejects.toBeInstanceOf(HandledError);
    await expect(failure).rejects.toThrow(/disk is full/);
    expect(await db.orders.count()).toBe(0);
  });

  it('recomputes the badge from the database at start (the browser does not keep it)', async () => {
    await onPageRead(db, message([createSnapshot({ orderId: '1' }), createSnapshot({ orderId: '2', buyer: { name: 'Li Wei' } })]), sender);
    await fakeBrowser.action.setBadgeText({ text: '' });
    await refreshReminders(db);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });
});
