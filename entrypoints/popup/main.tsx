import { render } from 'preact';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/schema';
import { uiLocale } from '@/lib/i18n/t';
import { clockNow } from '@/lib/browser/clock';
import { PopupApp } from './PopupApp';
import { hasCapturePermission, requestCapturePermission } from '@/lib/browser/capture-permission';
import { askBackground } from '@/lib/browser/ask-background';
import { PageToBg, type CaptureOutcome } from '@/lib/messaging/types';
import '@/components/theme.css';
import './popup.css';

document.documentElement.lang = uiLocale();
const db = getDb();
render(
  <PopupApp
    db={db}
    locale={uiLocale()}
    dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    openUrl={(url) => void browser.tabs.create({ url })}
    currentTabId={async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id}
    capture={{
      tab: () => askBackground<CaptureOutcome>({ type: PageToBg.CAPTURE_TAB }),
      permission: { has: hasCapturePermission, request: requestCapturePermission },
    }}
    clock={clockNow}
  />,
  document.getElementById('app')!,
);
