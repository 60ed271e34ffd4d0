import { browser } from 'wxt/browser';

/** The one "reminders due" notification: a new one replaces it. */
const DUE_PREFIX = 'settle-due|';
/** One notification per case date that turned near: `settle-case|<tag>|<url>`, the tag naming the date. */
const CASE_PREFIX = 'settle-case|';

const options = (title: string, message: string) => ({
  type: 'basic' as const,
  iconUrl: browser.runtime.getURL('/icon/128.png'),
  title,
  message,
});

/** Shows (or replaces) the "reminders due" notification; clicking it opens `openUrl`. */
export async function showDueNotification(title: string, message: string, openUrl: string): Promise<void> {
  for (const id of Object.keys(await browser.notifications.getAll()))
    if (id.startsWith(DUE_PREFIX)) await browser.notifications.clear(id);
  await browser.notifications.create(DUE_PREFIX + openUrl, options(title, message));
}

/**
 * Shows a notification that a case's date is near, beside any other: each date has its own
 * (`tag`, letters and digits only), so a second near date does not hide the first. Clicking opens `openUrl`.
 */
export async function showCaseNotification(
  tag: string,
  title: string,
  message: string,
  openUrl: string,
): Promise<void> {
  if (!/^[A-Za-z0-9]+$/.test(tag)) throw new Error(`A notification tag is letters and digits: ${tag}`);
  await browser.notifications.create(`${CASE_PREFIX}${tag}|${openUrl}`, options(title, message));
}

/** The page a clicked Settle notification opens, or undefined for someone else's notification. */
export function notificationTarget(notificationId: string): string | undefined {
  let url: string | undefined;
  if (notificationId.startsWith(DUE_PREFIX)) url = notificationId.slice(DUE_PREFIX.length);
  else if (notificationId.startsWith(CASE_PREFIX))
    url = /^[A-Za-z0-9]+\|(.*)$/s.exec(notificationId.slice(CASE_PREFIX.length))?.[1];
  return url && /^(https?:|chrome-extension:|moz-extension:)/.test(url) ? url : undefined;
}
