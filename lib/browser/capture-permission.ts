import { browser, type Browser } from 'wxt/browser';

/**
 * What capturing a page asks of the browser, at the first capture (never at install): access to
 * the page to take its picture (`captureVisibleTab` needs every site, not one: Chrome's rule), and
 * on Chrome the page archive (`pageCapture`; Firefox has none and keeps an HTML snapshot instead).
 */
function capturePermissions(): Browser.permissions.Permissions {
  return import.meta.env.BROWSER === 'firefox'
    ? { origins: ['<all_urls>'] }
    : { origins: ['<all_urls>'], permissions: ['pageCapture'] };
}

/**
 * Captures work with the sites alone; without `pageCapture` (never granted, or taken back in the
 * browser's settings) the archive is the HTML snapshot Firefox keeps (lib/evidence/capture).
 */
export function hasCapturePermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: capturePermissions().origins });
}

/** Asks the seller; must run inside the click that asked for a capture (the browser requires it). */
export function requestCapturePermission(): Promise<boolean> {
  return browser.permissions.request(capturePermissions());
}
