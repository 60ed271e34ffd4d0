import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import {
  CHASE_SETTINGS_KEY,
  defaultChaseSettings,
  defaultSchedule,
  getChaseSettings,
  saveChaseSettings,
  scheduleFor,
} from '@/lib/db/settings';
import type { EscalationSchedule } from '@/lib/tracker/schedule-types';

let db: SettleDb;
let n = 0;
beforeEach(() => {
  db = new SettleDb(`settle-settings-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const allDayQuiet: EscalationSchedule = {
  ...defaultSchedule('woocommerce'),
  quietHours: { start: '00:00', end: '23:59' },
};
const softening: EscalationSchedule = {
  ...defaultSchedule('generic'),
  steps: [
    { tone: 'formal_demand', day: 1 },
    { tone: 'friendly', day: 3 },
  ],
};
const good: EscalationSchedule = { ...defaultSchedule('ebay'), dailyCap: 5 };

describe('chase settings in the database', () => {
  it('refuses to save a schedule the options would refuse', async () => {
    await expect(
      saveChaseSettings(db, { ...defaultChaseSettings(), schedules: { woocommerce: allDayQuiet } }),
    ).rejects.toThrow(/woocommerce.*optProblemQuietHoursTooLong/);
    await expect(
      saveChaseSettings(db, { ...defaultChaseSettings(), schedules: { generic: softening } }),
    ).rejects.toThrow(/generic.*optProblemToneSoftens/);
    expect(await db.settings.get(CHASE_SETTINGS_KEY)).toBeUndefined();
  });

  it('plans with the default ladder where a stored schedule was written by hand with a problem, and keeps the good ones', async () => {
    // A hand-edited backup (or any row written around the options) must not sneak a bad schedule past them.
    const broken = { start: '21:00' } as unknown as EscalationSchedule['quietHours'];
    await db.settings.put({
      key: CHASE_SETTINGS_KEY,
      value: {
        ...defaultChaseSettings(),
        sellerName: 'Jo',
        schedules: {
          woocommerce: allDayQuiet,
          generic: softening,
          ebay: good,
          etsy: { ...good, quietHours: broken },
          shopify: 'weekly',
        },
      },
    });
    const settings = await getChaseSettings(db);
    expect(settings.sellerName).toBe('Jo');
    expect(settings.schedules).toEqual({ ebay: good });
    expect(scheduleFor(settings, 'woocommerce')).toEqual(defaultSchedule('woocommerce'));
    expect(scheduleFor(settings, 'generic')).toEqual(defaultSchedule('generic'));
  });
});
