import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/schema';
import { routeMessage, type Handlers } from '@/lib/messaging/router';
import { onPageRead } from '@/lib/background/page-read';
import { refreshBadge } from '@/lib/background/refresh-badge';

export default defineBackground(() => {
  const db = getDb();
  const handlers: Handlers = {
    'cs-bg-page-read': (message, sender) => onPageRead(db, message, sender),
  };

  // Every listener is registered synchronously: events that wake the worker arrive right after this runs.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(message, sender, handlers).then(sendResponse);
    return true; // the answer is sent asynchronously
  });
  browser.runtime.onStartup.addListener(() => void refreshBadge(db));
  browser.runtime.onInstalled.addListener(() => void refreshBadge(db));
  void refreshBadge(db);
});
