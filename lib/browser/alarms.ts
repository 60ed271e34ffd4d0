import { browser } from 'wxt/browser';

/** The one alarm Settle keeps: it wakes the worker when the next reminder falls due or a case's date comes near. */
export const REMINDER_ALARM = 'settle-reminders';

/**
 * Sets the alarm for `when` (the next due reminder, or the moment a case's date turns near or
 * passes, whichever comes first), and every 15 minutes besides: a buyer's
 * 24 hours or the shop's daily cap ending makes a held reminder due without any date to wait for.
 * Alarms outlive the worker; the browser drops them on restart, so start-up sets it again.
 */
export async function setReminderAlarm(when: number | undefined): Promise<void> {
  await browser.alarms.create(
    REMINDER_ALARM,
    when === undefined ? { periodInMinutes: 15 } : { when, periodInMinutes: 15 },
  );
}
