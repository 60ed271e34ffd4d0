// Debian's Firefox ESR with the built add-on (.output/firefox-mv2) installed, driven headless by
// puppeteer-core over WebDriver BiDi, the console hosts sent to the demo console. Browser tests only.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';

const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** wxt.config.ts: browser_specific_settings.gecko.id */
const GECKO_ID = 'settle@settle-extension.org';
/** Pinned, so the tests know the add-on's moz-extension:// host (Firefox picks a random one per profile). */
const EXTENSION_UUID = '5e771e00-0000-4000-8000-000000000009';

/**
 * Firefox has no --host-resolver-rules, and network.dns.localDomains needs ports 80/443: a proxy
 * auto-config sends the console's hosts to the demo console, which answers proxy-style requests
 * (http://) and tunnels CONNECT to its HTTPS side (https://: tests/console/server.mjs).
 */
function proxyAutoConfig(hosts, port) {
  const pac = `function FindProxyForURL(url, host) { return ${JSON.stringify(hosts)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${port}" : "DIRECT"; }`;
  return `data:text/javascript,${encodeURIComponent(pac)}`;
}

/**
 * @param {{ demo: { hosts: string[], ports: { http: number } }, locale?: string }} options
 *   locale: Firefox's UI language (the extension's too); zh-CN and zh-TW need Debian's langpacks
 *   (firefox-esr-l10n-zh-cn, firefox-esr-l10n-zh-tw), else Firefox stays in English.
 */
export async function launchFirefoxWithExtension({ demo, locale = 'en-US' }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    // Without it Firefox refuses to navigate a tab to moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': proxyAutoConfig(demo.hosts, demo.ports.http),
      'dom.security.https_first': false,
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      // Console messages and uncaught errors of every page, the add-on's included, on stdout: read by errors().
      'devtools.console.stdout.content': true,
      // Optional permissions are granted without the prompt a headless browser cannot answer: the
      // add-on's own permissions.request path still runs (the capture's first click).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const output = [];
  const collect = (chunk) => output.push(...String(chunk).split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const base = `moz-extension://${EXTENSION_UUID}`;

  return {
    browser,
    /** moz-extension://<uuid> */
    extensionBase: base,
    /**
     * A new page, in a window of its own: after a navigation Firefox 140 refuses BiDi's new *tab*
     * ("can't access property selectedTab"), never a new window.
     */
    newPage: () => browser.newPage({ type: 'window' }),
    /**
     * Opens one of Settle's pages. Firefox sends no load event for extension pages over BiDi, so
     * the navigation is not awaited: the caller waits for what the page shows.
     */
    openExtensionPage: async (page, path) => {
      await page.goto(`${base}/${path}`, { timeout: 2_000 }).catch(() => undefined);
      return page;
    },
    /** What the add-on reported going wrong: uncaught errors in its pages and scripts, and Settle's own console.error/warn lines. */
    errors: () =>
      output.filter(
        (line) => line.startsWith(`JavaScript error: ${base}`) || /^console\.(error|warn): "Settle/.test(line),
      ),
    close: () => browser.close(),
  };
}
