import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { consoleLoader, type RunConsole } from '@/lib/content/console-loader';
import { consolePageModule } from '@/lib/content/extension-module';
import type { ConsoleAddresses } from '@/lib/marketplaces/types';

// The always-on content script holds the address check alone; the reader and panel come in as the
// console's page module, on an order page, once the page has loaded (issue 12: a light console page).

const addresses = (singlePageApp: boolean): ConsoleAddresses => ({
  id: 'woocommerce',
  matches: ['*://*/*'],
  isOrderPageUrl: (url) => url.pathname.endsWith('/orders'),
  singlePageApp,
});

let ctx: ContentScriptContext;
let readyState: DocumentReadyState;
let run: ReturnType<typeof vi.fn<RunConsole>>;
const slot = Symbol.for(`settle.${consolePageModule('woocommerce')}`);

/** The console's page module, as if imported already: what the loader would run. */
function provide() {
  run = vi.fn<RunConsole>(async () => undefined);
  (globalThis as Record<symbol, unknown>)[slot] = run;
}

async function start(singlePageApp: boolean) {
  const script = consoleLoader(addresses(singlePageApp));
  void script.main(ctx);
  await vi.advanceTimersByTimeAsync(0);
}

async function load() {
  readyState = 'complete';
  window.dispatchEvent(new Event('load'));
  // The idle callback after the load (at most 200 ms away), then the module's import.
  await vi.advanceTimersByTimeAsync(300);
}

async function navigate(path: string) {
  history.pushState({}, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await vi.advanceTimersByTimeAsync(300);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  // happy-dom has no idle callbacks: one comes a moment later, as on an idle page.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 1));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  // The script runs when the document starts (document_start): nothing parsed yet.
  readyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  history.replaceState({}, '', '/wp-admin/orders');
  ctx = new ContentScriptContext('console-loader-test', { noScriptStartedPostMessage: true });
  provide();
});

afterEach(() => {
  ctx.notifyInvalidated();
  delete (globalThis as Record<symbol, unknown>)[slot];
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('consoleLoader', () => {
  it('runs when the document starts, so the browser holds no part of the page’s load for it', () => {
    expect(consoleLoader(addresses(false)).runAt).toBe('document_start');
  });

  it('runs the reader and panel on an order page only once the page has loaded', async () => {
    await start(false);
    expect(run).not.toHaveBeenCalled();
    await load();
    expect(run).toHaveBeenCalledOnce();
    expect(run).toHaveBeenCalledWith(ctx);
  });

  it('does nothing else on a page that is not an order page: no module, no listener', async () => {
    history.replaceState({}, '', '/wp-admin/settings');
    const listen = vi.spyOn(window, 'addEventListener');
    await start(false);
    await load();
    await navigate('/wp-admin/orders');
    expect(run).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
  });

  it('on a single-page console, waits for the route to become an order page, then runs once', async () => {
    history.replaceState({}, '', '/store/home');
    await start(true);
    await load();
    expect(run).not.toHaveBeenCalled();
    await navigate('/store/settings');
    expect(run).not.toHaveBeenCalled();
    await navigate('/store/orders');
    expect(run).toHaveBeenCalledOnce();
    // From there on the module watches the routes itself (lib/content/spa-watch.ts).
    await navigate('/store/home');
    await navigate('/store/orders');
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs nothing once the extension is gone (updated or removed while the page loaded)', async () => {
    await start(false);
    ctx.notifyInvalidated();
    await load();
    expect(run).not.toHaveBeenCalled();
  });
});
