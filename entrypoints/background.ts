import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/schema';
import { routeMessage, type Handlers } from '@/lib/messaging/router';
import { isPanelMessage } from '@/lib/messaging/types';
import { onPageRead } from '@/lib/background/page-read';
import { onPanelFinish, onPanelModel, onPanelSend, onPanelSize } from '@/lib/background/panel';
import { onCaptureOrder, onCaptureTab, onPanelCapture } from '@/lib/background/capture-requests';
import { askConsolePage, withTabUrl } from '@/lib/browser/tabs';
import { refreshReminders } from '@/lib/background/refresh-reminders';
import { REMINDER_ALARM } from '@/lib/browser/alarms';
import { notificationTarget } from '@/lib/browser/notifications';
import { clockNow } from '@/lib/browser/clock';

export default defineBackground(() => {
  const db = getDb();
  const refresh = () =>
    void clockNow()
      .then((now) => refreshReminders(db, now))
      .catch((error) => console.error('Settle: could not bring reminders up to date', error));
  const handlers: Handlers = {
    'cs-bg-page-read': async (message, sender) => onPageRead(db, message, sender, await clockNow()),
    'panel-bg-model': async (message, sender) => onPanelModel(db, message, sender, await clockNow()),
    'panel-bg-send': async (message, sender) => onPanelSend(db, message, sender, askConsolePage, await clockNow()),
    'panel-bg-finish': async (message, sender) => onPanelFinish(db, message, sender, await clockNow()),
    'panel-bg-size': async (message, sender) => onPanelSize(message, sender, askConsolePage),
    'panel-bg-capture': async (message, sender) =>
      onPanelCapture(db, message, sender, askConsolePage, await clockNow()),
    'panel-bg-open-capture-settings': async () =>
      void (await browser.tabs.create({ url: browser.runtime.getURL('/options.html#capture') })),
    'page-bg-changed': async () => refreshReminders(db, await clockNow()),
    'page-bg-capture-tab': async () => onCaptureTab(db, askConsolePage, await clockNow()),
    'page-bg-capture-order': async (message, sender) =>
      onCaptureOrder(db, message, sender, askConsolePage, await clockNow()),
  };
  const extensionRoot = new URL(browser.runtime.getURL('/'));
  const ownOrigin = `${extensionRoot.protocol}//${extensionRoot.host}`;

  // Every listener is registered synchronously: events that wake the worker arrive right after this runs.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    (isPanelMessage(message) ? withTabUrl(sender) : Promise.resolve(sender))
      .then((known) => routeMessage(message, known, handlers, ownOrigin))
      .then(sendResponse);
    return true; // the answer is sent asynchronously
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) refresh();
  });
  browser.notifications.onClicked.addListener((id) => {
    const url = notificationTarget(id);
    if (url) void browser.tabs.create({ url });
    void browser.notifications.clear(id);
  });
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  refresh();
});
