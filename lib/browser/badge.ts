import { browser } from 'wxt/browser';

/** Firefox's MV2 build has browserAction; Chrome's MV3 build has action. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Shows the number of open orders on the toolbar button (empty at zero). */
export async function showBadgeCount(count: number): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: '#b45309' });
  await action.setBadgeText({ text: count > 0 ? (count > 999 ? '999+' : String(count)) : '' });
}
