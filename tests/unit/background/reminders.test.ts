import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { defaultChaseSettings, getChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { getOrderEvents } from '@/lib/db/queries';
import { refreshReminders } from '@/lib/background/refresh-reminders';
import { REMINDER_ALARM } from '@/lib/browser/alarms';
import { notificationTarget } from '@/lib/browser/notifications';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
const KEY: ['woocommerce', 'http://shop.test', string] = ['woocommerce', 'http://shop.test', '1042'];

beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-reminders-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC' });
  await ingestSnapshots(db, [createSnapshot({ placedAt: '2026-11-19T14:05:22Z' })], '2026-11-19T14:10:00.000Z');
});
afterEach(async () => {
  await db.delete();
});

const badge = () => fakeBrowser.action.getBadgeText({});
const alarmAt = async () => (await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime;

describe('bringing reminders up to date (start-up, install, alarm, every change)', () => {
  it('before anything is due: empty badge, alarm at the first due time, no notification', async () => {
    expect(await refreshReminders(db, '2026-11-20T09:00:00.000Z')).toBe(0);
    expect(await badge()).toBe('');
    expect(await alarmAt()).toBe(Date.parse('2026-11-20T14:05:22.000Z'));
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.periodInMinutes).toBe(15);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('when a reminder falls due: badge 1 and one notification that opens the order', async () => {
    expect(await refreshReminders(db, '2026-11-20T14:06:00.000Z')).toBe(1);
    expect(await badge()).toBe('1');
    const ids = Object.keys(await fakeBrowser.notifications.getAll());
    expect(ids).toHaveLength(1);
    expect(notificationTarget(ids[0]!)).toBe('http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042');
    // A second run (the next alarm, a restarted worker) does not announce the same reminder again.
    await fakeBrowser.notifications.clear(ids[0]!);
    await refreshReminders(db, '2026-11-20T14:21:00.000Z');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await badge()).toBe('1');
  });

  it('counts up to fifty reminders one by one, then says "50+" without reading the rest', async () => {
    // Six shops of twelve buyers each: 72 reminders may go out (each shop's daily cap is 20).
    const many = Array.from({ length: 72 }, (_, i) => {
      const shop = `http://shop${i % 6}.test`;
      return createSnapshot({
        shop,
        orderId: String(2000 + i),
        url: `${shop}/wp-admin/admin.php?page=wc-orders&action=edit&id=${2000 + i}`,
        buyer: { name: `Buyer ${i}` },
      });
    });
    for (const shop of new Set(many.map((o) => o.shop)))
      await ingestSnapshots(
        db,
        many.filter((o) => o.shop === shop),
        '2026-11-19T14:10:00.000Z',
      );
    expect(await refreshReminders(db, '2026-11-20T15:00:00.000Z')).toBe(50);
    expect(await badge()).toBe('50+');
  });

  it('after the browser was closed for a week: one reminder due, not a burst, and nothing skipped', async () => {
    expect(await refreshReminders(db, '2026-11-27T09:00:00.000Z')).toBe(1);
    expect((await db.orders.get(KEY))?.nextDueAt).toBe('2026-11-20T14:05:22.000Z');
  });

  it('is correct after a worker restart: everything comes from the database', async () => {
    await refreshReminders(db, '2026-11-20T15:00:00.000Z');
    fakeBrowser.reset(); // the browser forgets badge text and alarms on restart
    useLocale('en');
    const restarted = new SettleDb(db.name);
    expect(await refreshReminders(restarted, '2026-11-20T15:00:00.000Z')).toBe(1);
    expect(await badge()).toBe('1');
    expect(await alarmAt()).toBeDefined();
    restarted.close();
  });

  it('a broken promise resumes the ladder; an ended extension lapses', async () => {
    await recordChase(
      db,
      KEY,
      { type: 'promise_recorded', by: '2026-11-25T00:00:00.000Z' },
      { now: '2026-11-20T10:00:00.000Z', url: 'x' },
    );
    expect(await refreshReminders(db, '2026-11-24T12:00:00.000Z')).toBe(0);
    expect(await alarmAt()).toBe(Date.parse('2026-11-25T08:00:00.000Z'));
    expect(await refreshReminders(db, '2026-11-25T08:00:00.000Z')).toBe(1);
    const events = await getOrderEvents(db, KEY);
    expect(events.at(-1)?.data).toMatchObject({ type: 'chase', change: { type: 'promise_broken' } });

    await recordChase(
      db,
      KEY,
      { type: 'extension_granted', until: '2026-12-01T00:00:00.000Z' },
      { now: '2026-11-25T09:00:00.000Z', url: 'x' },
    );
    expect(await refreshReminders(db, '2026-11-30T12:00:00.000Z')).toBe(0);
    await refreshReminders(db, '2026-12-01T09:00:00.000Z');
    expect((await db.orders.get(KEY))?.chase.stage).toBe('unpaid');
  });

  it('moves every plan when the seller’s time zone changes (travel, or a new setting)', async () => {
    await refreshReminders(db, '2026-11-19T15:00:00.000Z');
    const settings = await getChaseSettings(db);
    // 14:05 UTC is 06:05 in Los Angeles, inside the 21:00–08:00 quiet hours: it moves to 08:00 there.
    await saveChaseSettings(db, { ...settings, timeZone: 'America/Los_Angeles' });
    await refreshReminders(db, '2026-11-19T15:00:00.000Z');
    expect((await db.orders.get(KEY))?.nextDueAt).toBe('2026-11-20T16:00:00.000Z');
    expect(await alarmAt()).toBe(Date.parse('2026-11-20T16:00:00.000Z'));
  });

  it('keeps local time across a DST change (London, autumn): the alarm is at 10:00 GMT, not 09:00', async () => {
    await saveChaseSettings(db, { ...(await getChaseSettings(db)), timeZone: 'Europe/London' });
    await ingestSnapshots(
      db,
      [createSnapshot({ orderId: '77', buyer: { name: 'Ann Lee' }, placedAt: '2026-10-24T09:00:00Z' })],
      '2026-10-24T09:00:00.000Z',
    );
    await recordChase(
      db,
      ['woocommerce', 'http://shop.test', '77'],
      { type: 'reminder_sent', tone: 'friendly' },
      { now: '2026-10-25T09:00:00.000Z', url: 'x' },
    );
    expect((await db.orders.get(['woocommerce', 'http://shop.test', '77']))?.nextDueAt).toBe(
      '2026-10-27T10:00:00.000Z',
    );
  });

  it('runs the alarm path with fake timers: the badge turns at the due minute', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T14:00:00Z'), toFake: ['Date'] });
    try {
      await refreshReminders(db, new Date().toISOString());
      expect(await badge()).toBe('');
      vi.setSystemTime(new Date('2026-11-20T14:05:30Z'));
      await refreshReminders(db, new Date().toISOString());
      expect(await badge()).toBe('1');
    } finally {
      vi.useRealTimers();
    }
  });
});
