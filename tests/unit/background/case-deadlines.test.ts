import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { openCase, setCaseDeadline } from '@/lib/db/open-case';
import { refreshReminders } from '@/lib/background/refresh-reminders';
import { REMINDER_ALARM } from '@/lib/browser/alarms';
import { notificationTarget } from '@/lib/browser/notifications';
import type { OrderKey } from '@/lib/model/order-record';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
const SHOP = 'http://shop.test';
const key = (orderId: string): OrderKey => ['woocommerce', SHOP, orderId];
const ctx = (now: string) => ({ now, url: 'chrome-extension://settle/dashboard.html' });
const DAY = 86_400_000;

const badge = () => fakeBrowser.action.getBadgeText({});
const alarmAt = async () => (await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime;
const notifications = async () => Object.keys(await fakeBrowser.notifications.getAll());
const clearNotifications = async () => {
  for (const id of await notifications()) await fakeBrowser.notifications.clear(id);
};

beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-case-deadlines-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
  // Jane owes on two orders placed in November 2026; a third order of someone else is still on the reminder ladder.
  await ingestSnapshots(
    db,
    [
      createSnapshot({
        orderId: '1',
        url: `${SHOP}/wp-admin/post.php?post=1&action=edit`,
        placedAt: '2026-11-01T10:00:00Z',
      }),
      createSnapshot({
        orderId: '2',
        url: `${SHOP}/wp-admin/post.php?post=2&action=edit`,
        placedAt: '2026-11-05T10:00:00Z',
      }),
    ],
    '2026-11-05T10:00:00.000Z',
  );
});
afterEach(() => db.delete());

describe('case dates warn ahead: a notification once, the badge, the alarm', () => {
  it('wakes the background when the PayPal window of a case on a buyer turns near, counts it on the badge and announces it once', async () => {
    // PayPal: 180 days from the payment; the earlier order (1 November) closes first: 30 April 2027, warned from 16 April.
    await openCase(db, key('1'), { venue: 'paypal', withOrders: ['2'] }, ctx('2026-11-20T10:00:00.000Z'));
    expect(await refreshReminders(db, '2026-11-20T10:00:00.000Z')).toBe(0);
    expect(await badge()).toBe('');
    expect(await notifications()).toEqual([]);
    expect(await alarmAt()).toBe(Date.parse('2027-04-30T10:00:00.000Z') - 14 * DAY);

    await refreshReminders(db, '2027-04-16T10:00:00.000Z');
    expect(await badge()).toBe('1');
    const ids = await notifications();
    expect(ids).toHaveLength(1);
    // The case lives on the order's page in Settle.
    expect(notificationTarget(ids[0]!)).toBe(
      `${fakeBrowser.runtime.getURL('/dashboard.html')}#/order/woocommerce/http%3A%2F%2Fshop.test/1`,
    );
    const shown = (await fakeBrowser.notifications.getAll())[ids[0]!] as { title: string; message: string };
    expect(shown.title).toBe(
      `The window at PayPal closes soon: ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2027-04-30T10:00:00.000Z'))}`,
    );
    expect(shown.message).toBe('Jane Doe, order #1. Click to open the case.');
    // The alarm now waits for the window to close (the badge then drops it).
    expect(await alarmAt()).toBe(Date.parse('2027-04-30T10:00:00.000Z'));

    // The next alarms, and a restarted worker, do not announce it again; the badge keeps counting it.
    await clearNotifications();
    await refreshReminders(db, '2027-04-16T10:15:00.000Z');
    fakeBrowser.reset();
    useLocale('en');
    const restarted = new SettleDb(db.name);
    await refreshReminders(restarted, '2027-04-20T10:00:00.000Z');
    expect(await notifications()).toEqual([]);
    expect(await badge()).toBe('1');
    restarted.close();

    // Once the window has closed, it no longer counts.
    await refreshReminders(db, '2027-04-30T10:00:01.000Z');
    expect(await badge()).toBe('');
  });

  it('announces each near date on its own: a deadline the seller enters later is announced too, and counted beside the reminders due', async () => {
    await openCase(db, key('1'), { venue: 'stripe' }, ctx('2026-11-20T10:00:00.000Z'));
    // Order 2 is due a reminder (day 1 of the ladder) and is in no case.
    expect(await refreshReminders(db, '2026-11-20T10:00:00.000Z')).toBe(1);
    expect(await badge()).toBe('1');
    await clearNotifications();

    // Stripe gave the dispute a due date: within the week it counts, and is announced once.
    await setCaseDeadline(db, key('1'), '2026-11-25T23:59:00.000Z', ctx('2026-11-20T11:00:00.000Z'));
    await refreshReminders(db, '2026-11-20T11:00:00.000Z');
    expect(await badge()).toBe('2');
    const [id] = await notifications();
    expect((await fakeBrowser.notifications.getAll())[id!]).toMatchObject({
      title: expect.stringContaining('Case deadline soon'),
    });
    await clearNotifications();

    // A new date for the same case is a new date to announce; the old one is forgotten.
    await setCaseDeadline(db, key('1'), '2026-11-24T23:59:00.000Z', ctx('2026-11-20T12:00:00.000Z'));
    await refreshReminders(db, '2026-11-20T12:00:00.000Z');
    expect(await notifications()).toHaveLength(1);
    expect(await badge()).toBe('2');
  });

  it('does not scan the orders: it reads the open cases through their index', async () => {
    await openCase(
      db,
      key('1'),
      { venue: 'court-taiwan', deadline: '2026-11-22T00:00:00.000Z' },
      ctx('2026-11-20T10:00:00.000Z'),
    );
    const scanned: string[] = [];
    const table = db.orders;
    const original = table.toCollection.bind(table);
    table.toCollection = () => {
      scanned.push('toCollection');
      return original();
    };
    await refreshReminders(db, '2026-11-20T10:00:00.000Z');
    expect(scanned).toEqual([]);
    expect(await badge()).toBe('2'); // the deadline, and order 2's first reminder
  });

  it('gives many dates near at once one notification between them', async () => {
    for (const id of ['3', '4', '5', '6'])
      await ingestSnapshots(
        db,
        [
          createSnapshot({
            orderId: id,
            buyer: { name: `Buyer ${id}` },
            url: `${SHOP}/wp-admin/post.php?post=${id}&action=edit`,
          }),
        ],
        '2026-11-05T10:00:00.000Z',
      );
    for (const id of ['3', '4', '5', '6'])
      await openCase(
        db,
        key(id),
        { venue: 'stripe', deadline: '2026-11-23T00:00:00.000Z' },
        ctx('2026-11-20T10:00:00.000Z'),
      );
    await refreshReminders(db, '2026-11-20T10:00:00.000Z');
    const ids = await notifications();
    const cases = ids.filter((i) => i.startsWith('settle-case|'));
    expect(cases).toHaveLength(1);
    expect((await fakeBrowser.notifications.getAll())[cases[0]!]).toMatchObject({ title: 'Case dates near: 4' });
  });
});
