import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Asked only when needed, never at install: `<all_urls>` when the seller first captures a page
 * (Chrome's captureVisibleTab takes nothing less) or turns Trusted time on (then only the
 * time-stamping service's one host is asked for: lib/browser/host-permission.ts); `pageCapture`
 * (Chrome's MHTML archive) with the first capture (lib/browser/capture-permission.ts).
 */
const OPTIONAL_HOSTS = ['<all_urls>'];
/**
 * Chromium's prompt cannot be answered headless, and an API permission (unlike a host) cannot be
 * allowed beforehand on chrome://extensions: the test build (WXT_TEST_CLOCK=1, npm test) of Chrome
 * holds `pageCapture` from install. Hosts are still asked for, as shipped (README, Permissions).
 */
const grantPageCaptureAtInstall = process.env.WXT_TEST_CLOCK === '1';

const WEB_ACCESSIBLE = [
  'panel.html',
  'woocommerce-contact.js',
  'etsy-contact.js',
  'ebay-contact.js',
  'shopify-contact.js',
  'page-capture.js',
  // Each console's reader and panel, imported by its content script on an order page (lib/content/console-loader.ts).
  'woocommerce-page.js',
  'etsy-page.js',
  'ebay-page.js',
  'shopify-page.js',
];

/** WXT's own `browser`: the browser's native API (Firefox's `browser`, else Chrome's `chrome`), no polyfill. */
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

/** The scripts a content script imports into its own world: a console's page module, its contact script, the capture steps. */
const LOADED_BY_CONTENT_SCRIPT = /^(.+-page|.+-contact|page-capture)$/;

/**
 * Content scripts run on every console page and go without the polyfill (about a third of their
 * size), and so do the scripts they import into their world: they use only what Chrome MV3 and
 * Firefox give natively alike (sendMessage returning a promise, onMessage answered through
 * sendResponse, getURL, i18n). Every other context keeps it.
 */
function withoutPolyfill(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const inConsolePage = (entry: Entrypoint) =>
    entry.type === 'content-script' || (entry.type === 'unlisted-script' && LOADED_BY_CONTENT_SCRIPT.test(entry.name));
  if (!entrypoints.every(inConsolePage)) return;
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = NATIVE_BROWSER;
  } else if (alias && 'wxt/browser' in alias) (alias as Record<string, string>)['wxt/browser'] = NATIVE_BROWSER;
}

export default defineConfig({
  imports: false,
  // One promise-based `browser` (webextension-polyfill) in every context, the same in Chrome, Edge and Firefox…
  modules: ['@wxt-dev/webextension-polyfill'],
  // …but the always-on content scripts.
  hooks: { 'vite:build:extendConfig': withoutPolyfill },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The fewest that work: the database (kept from eviction) and per-tab reading status.
    // alarms: reminders fall due with the browser closed to the popup; notifications: say so once.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(browser !== 'firefox' && grantPageCaptureAtInstall ? ['pageCapture'] : []),
    ],
    // MV2 (Firefox) lists optional hosts with the optional permissions; WXT drops MV3's key there.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: ['pageCapture'], optional_host_permissions: OPTIONAL_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    // The order panel is Settle's own page framed on console pages (lib/content/panel-frame.ts); a
    // console's contact script is imported by its content script when a reminder is sent
    // (lib/content/console-contact.ts; each adapter's contactScript). Chrome serves them only under a
    // per-session address, so no site can probe for Settle or frame the panel itself.
    web_accessible_resources:
      browser === 'firefox'
        ? WEB_ACCESSIBLE
        : [{ resources: WEB_ACCESSIBLE, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Firefox needs an id for storage. 140 (the current ESR, the one tested) is the first to read
    // data_collection_permissions (Android: 142): Settle collects and sends no data anywhere.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'settle@settle-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
