import { render } from 'preact';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/schema';
import { uiLocale } from '@/lib/i18n/t';
import { PageToBg } from '@/lib/messaging/types';
import { DashboardApp } from './DashboardApp';
import { hasCapturePermission, requestCapturePermission } from '@/lib/browser/capture-permission';
import { askBackground } from '@/lib/browser/ask-background';
import type { CaptureOutcome } from '@/lib/messaging/types';
import '@/components/theme.css';
import './dashboard.css';

document.documentElement.lang = uiLocale();
render(
  <DashboardApp
    db={getDb()}
    locale={uiLocale()}
    pageUrl={(hash) => browser.runtime.getURL('/dashboard.html') + hash}
    onChanged={() => void browser.runtime.sendMessage({ type: PageToBg.CHANGED })}
    optionsUrl={browser.runtime.getURL('/options.html')}
    capture={{
      order: ([marketplace, shop, orderId]) =>
        askBackground<CaptureOutcome>({ type: PageToBg.CAPTURE_ORDER, marketplace, shop, orderId }),
      permission: { has: hasCapturePermission, request: requestCapturePermission },
    }}
  />,
  document.getElementById('app')!,
);
