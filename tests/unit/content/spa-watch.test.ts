import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { READ_GAP_MS, watchSpa, type SpaPage } from '@/lib/content/spa-watch';
import { mountPanelFrame } from '@/lib/content/panel-frame';
import { markSettleNode } from '@/lib/content/settle-node';

// Paths on the test page's own origin (happy-dom's localhost), as a console's routes are on its own.
const ORDERS = '/store/demo/orders';
const SETTINGS = '/store/demo/settings';

/** Observers that are observing now: what a page left by Settle must have none of. */
const live = new Set<MutationObserver>();
class CountedObserver extends MutationObserver {
  override observe(target: Node, options?: MutationObserverInit) {
    live.add(this);
    super.observe(target, options);
  }
  override disconnect() {
    live.delete(this);
    super.disconnect();
  }
}

let ctx: ContentScriptContext;
let reads: number[];
let page: SpaPage & {
  region: ReturnType<typeof vi.fn<SpaPage['region']>>;
  routeChanged: ReturnType<typeof vi.fn<() => void>>;
};
let cell: HTMLElement;

function start(read: (signal: AbortSignal) => Promise<unknown> = async () => undefined) {
  page = {
    isOrderPage: (url) => url.pathname.endsWith('/orders') || /\/orders\/\d+$/.test(url.pathname),
    region: vi.fn<SpaPage['region']>((doc) => doc.querySelector('main')),
    read: (signal) => {
      reads.push(performance.now());
      return read(signal);
    },
    routeChanged: vi.fn<() => void>(),
  };
  watchSpa(ctx, document, window, page);
}

/** Goes to `url` as a single-page console does; WXT notices it within its 1 s check (happy-dom has no Navigation API). */
async function navigate(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await vi.advanceTimersByTimeAsync(0);
}

/** Changes the order table `times` times, `every` ms apart. */
async function mutate(times: number, every: number, target: () => Node = () => cell) {
  for (let i = 0; i < times; i++) {
    target().textContent = `Awaiting payment ${i}`;
    await vi.advanceTimersByTimeAsync(every);
  }
}

const settle = () => vi.advanceTimersByTimeAsync(2000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  vi.stubGlobal('MutationObserver', CountedObserver);
  live.clear();
  reads = [];
  history.replaceState({}, '', ORDERS);
  document.body.innerHTML = '<main><table><tbody><tr><td id="status">Awaiting payment</td></tr></tbody></table></main>';
  cell = document.getElementById('status')!;
  ctx = new ContentScriptContext('spa-watch-test', { noScriptStartedPostMessage: true });
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('watchSpa', () => {
  it('reads an order page once when it starts, after the page is still', async () => {
    start();
    await settle();
    expect(reads).toHaveLength(1);
    expect(live.size).toBe(1);
  });

  it('reads at most 4 times a second while the table changes 100 times a second for 3 s', async () => {
    start();
    await settle();
    reads = [];
    const begin = performance.now();
    await mutate(300, 10);
    await settle();
    const during = reads.filter((t) => t < begin + 3000);
    for (const t of reads) expect(reads.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(4);
    // …and keeps reading while it changes: the seller sees the table as it is, 250 ms late at most.
    expect(during.length).toBeGreaterThanOrEqual(11);
    for (let i = 1; i < reads.length; i++) expect(reads[i]! - reads[i - 1]!).toBeGreaterThanOrEqual(READ_GAP_MS);
  });

  it('reads at most 4 times a second when every change is a burst of its own (8 a second)', async () => {
    start();
    await settle();
    reads = [];
    await mutate(24, 125);
    await settle();
    for (let i = 1; i < reads.length; i++) expect(reads[i]! - reads[i - 1]!).toBeGreaterThanOrEqual(READ_GAP_MS);
    expect(reads.length).toBeGreaterThanOrEqual(10);
    expect(reads.length).toBeLessThanOrEqual(13);
  });

  it('reads once after a burst of changes, once it is over', async () => {
    start();
    await settle();
    reads = [];
    const begin = performance.now();
    await mutate(20, 2);
    await settle();
    expect(reads).toHaveLength(1);
    expect(reads[0]! - begin).toBeGreaterThanOrEqual(40);
    expect(reads[0]! - begin).toBeLessThanOrEqual(40 + READ_GAP_MS);
  });

  it("never reads because of Settle's own panel or flags", async () => {
    start();
    await settle();
    reads = [];
    const panel = mountPanelFrame(document.querySelector('main')!, document, 'chrome-extension://x/panel.html', {
      marketplace: 'shopify',
      orderId: '1001',
    });
    const flag = document.createElement('span');
    markSettleNode(flag, 'flag');
    cell.append(flag);
    await mutate(50, 10, () => flag);
    flag.remove();
    panel.host.remove();
    await settle();
    expect(reads).toEqual([]);
    // A change of the console's own in the same batch still counts.
    cell.append(document.createElement('b'));
    await settle();
    expect(reads).toHaveLength(1);
  });

  it('sleeps off the order pages, with no observer and no timer of its own, and wakes on return', async () => {
    start();
    await settle();
    reads = [];
    await navigate(SETTINGS);
    expect(page.routeChanged).toHaveBeenCalledTimes(1);
    expect(live.size).toBe(0);
    // Only WXT's own 1 s location check is left (a browser with the Navigation API has none).
    expect(vi.getTimerCount()).toBe(1);
    page.region.mockClear();
    await mutate(100, 10);
    await settle();
    expect(reads).toEqual([]);
    expect(page.region).not.toHaveBeenCalled();
    await navigate(`${ORDERS}/1001`);
    await settle();
    expect(reads).toHaveLength(1);
    expect(live.size).toBe(1);
    await mutate(1, 10);
    await settle();
    expect(reads).toHaveLength(2);
  });

  it('notices a route change that comes only through wxt:locationchange', async () => {
    start();
    await settle();
    history.pushState({}, '', SETTINGS);
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.routeChanged).toHaveBeenCalledTimes(1);
    expect(live.size).toBe(0);
  });

  it('does nothing on a page that is not an order page until the console moves to one', async () => {
    history.replaceState({}, '', SETTINGS);
    start();
    await mutate(50, 10);
    await settle();
    expect(reads).toEqual([]);
    expect(page.region).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
    await navigate(ORDERS);
    await settle();
    expect(reads).toHaveLength(1);
    expect(page.routeChanged).toHaveBeenCalledTimes(1);
  });

  it('aborts the read in flight when the route changes', async () => {
    const signals: AbortSignal[] = [];
    start((signal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    });
    await settle();
    expect(signals).toHaveLength(1);
    await navigate(`${ORDERS}/1002`);
    expect(signals[0]!.aborted).toBe(true);
    await settle();
    expect(signals).toHaveLength(2);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('lets a read in flight finish when the table changes, then reads again', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const signals: AbortSignal[] = [];
    start((signal) => {
      signals.push(signal);
      return new Promise((resolve) => (finish = resolve));
    });
    await settle();
    await mutate(30, 10);
    await settle();
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    finish(undefined);
    await settle();
    expect(signals).toHaveLength(2);
  });

  it('watches the region once the console has drawn it', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    start();
    await settle();
    expect(reads).toHaveLength(1);
    document.getElementById('app')!.innerHTML = '<main><p id="status">Paid</p></main>';
    await settle();
    expect(reads).toHaveLength(2);
    // From now on only the region is watched: a change outside it is not the orders'.
    document.body.append(document.createElement('aside'));
    await settle();
    expect(reads).toHaveLength(2);
    document.getElementById('status')!.textContent = 'Refunded';
    await settle();
    expect(reads).toHaveLength(3);
  });

  it('runs nothing once the script is invalidated', async () => {
    const signals: AbortSignal[] = [];
    start((signal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    });
    await settle();
    ctx.notifyInvalidated();
    expect(signals[0]!.aborted).toBe(true);
    expect(live.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await mutate(50, 10);
    await navigate(`${ORDERS}/1003`);
    await settle();
    expect(signals).toHaveLength(1);
    expect(page.routeChanged).not.toHaveBeenCalled();
  });
});
