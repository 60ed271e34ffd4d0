import { browser } from 'wxt/browser';

/** Firefox's MV2 build has browserAction; Chrome's MV3 build has action. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The badge's text: empty at zero, "50+" when `more` were left uncounted, "999+" past what fits. */
export function badgeText(count: number, more = false): string {
  if (count > 999) return '999+';
  return count > 0 ? `${count}${more ? '+' : ''}` : '';
}

/** Shows the number of reminders due now on the toolbar button. */
export async function showBadgeCount(count: number, more = false): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: '#b45309' });
  await action.setBadgeText({ text: badgeText(count, more) });
}
