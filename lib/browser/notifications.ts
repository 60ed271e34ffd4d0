import { browser } from 'wxt/browser';

const PREFIX = 'settle-due|';

/** Shows (or replaces) the "reminders due" notification; clicking it opens `openUrl`. */
export async function showDueNotification(title: string, message: string, openUrl: string): Promise<void> {
  for (const id of Object.keys(await browser.notifications.getAll())) if (id.startsWith(PREFIX)) await browser.notifications.clear(id);
  await browser.notifications.create(PREFIX + openUrl, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

/** The page a clicked "reminders due" notification opens, or undefined for someone else's notification. */
export function notificationTarget(notificationId: string): string | undefined {
  if (!notificationId.startsWith(PREFIX)) return undefined;
  const url = notificationId.slice(PREFIX.length);
  return /^(https?:|chrome-extension:|moz-extension:)/.test(url) ? url : undefined;
}
