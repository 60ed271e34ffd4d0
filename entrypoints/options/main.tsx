import { render } from 'preact';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/schema';
import { uiLocale } from '@/lib/i18n/t';
import { PageToBg } from '@/lib/messaging/types';
import { OptionsApp } from './OptionsApp';
import { hasCapturePermission, requestCapturePermission } from '@/lib/browser/capture-permission';
import '@/components/theme.css';
import './options.css';

document.documentElement.lang = uiLocale();
render(
  <OptionsApp
    db={getDb()}
    onSaved={() => void browser.runtime.sendMessage({ type: PageToBg.CHANGED })}
    capturePermission={{ has: hasCapturePermission, request: requestCapturePermission }}
  />,
  document.getElementById('app')!,
);
