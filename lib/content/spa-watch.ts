import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSettleMutation } from './settle-node';

/** A burst of changes is over once the region has been still this long. */
const QUIET_MS = 100;
/** Reads start at least this far apart, and a change never waits longer for its read: 4 reads a second. */
export const READ_GAP_MS = 250;
/** Text and rows, not attributes: consoles flip classes on hover and selection, which change no order. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface SpaPage {
  /** True when the URL is one of the console's order pages: the watch is awake there, asleep elsewhere. */
  isOrderPage(url: URL): boolean;
  /** The element whose changes mean the orders shown changed; the body until the console has rendered it. */
  region(doc: Document): Element | null;
  /** Reads the page as it is now; `signal` aborts when the route changes or the script ends. */
  read(signal: AbortSignal): Promise<unknown>;
  /** The route changed: what Settle showed for the last page goes. */
  routeChanged(): void;
}

type WatchContext = Pick<ContentScriptContext, 'addEventListener' | 'onInvalidated' | 'isInvalid'>;

/**
 * Keeps a single-page console read as it moves between routes and redraws its orders.
 *
 * - Route changes come from WXT's `wxt:locationchange` (the Navigation API in Chromium, a 1 s
 *   check elsewhere) and `popstate`. These two listeners are all that runs on a page that is not
 *   an order page: no observer, no timer, no DOM work.
 * - On an order page a MutationObserver watches the page's region. Changes are debounced (a burst
 *   gives one read QUIET_MS after it ends) and throttled (reads start READ_GAP_MS apart, and a
 *   change waits at most that long, so a region that never stops changing is read 4 times a second).
 * - Changes Settle makes itself (lib/content/settle-node.ts) never cause a read.
 * - A route change aborts the read in flight and its result is dropped. A change on the same route
 *   waits for the read in flight to end instead: on a console that never stops redrawing, aborting
 *   would keep every read from finishing.
 * - Leaving the order pages, or the script's end, disconnects the observer and clears the timer.
 */
export function watchSpa(ctx: WatchContext, doc: Document, win: Window, page: SpaPage, now = () => performance.now()) {
  let route: string | undefined;
  let observer: MutationObserver | undefined;
  let observed: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  let lastChange = 0;
  let lastRead = -Infinity;
  let inFlight: AbortController | undefined;

  const dueAt = () => Math.max(Math.min(lastChange + QUIET_MS, pendingSince! + READ_GAP_MS), lastRead + READ_GAP_MS);
  const arm = () => (timer = setTimeout(fire, Math.max(0, dueAt() - now())));

  function changed() {
    lastChange = now();
    pendingSince ??= lastChange;
    if (timer === undefined && !inFlight) arm();
  }

  function fire() {
    timer = undefined;
    if (pendingSince === undefined || !observer || ctx.isInvalid) return;
    if (now() < dueAt()) return void arm();
    pendingSince = undefined;
    lastRead = now();
    const reading = new AbortController();
    inFlight = reading;
    page
      .read(reading.signal)
      .catch(() => undefined)
      .finally(() => {
        if (inFlight !== reading) return;
        inFlight = undefined;
        if (!observer) return;
        // The console may have drawn its region since: watch that one from now on.
        observeRegion();
        if (pendingSince !== undefined && timer === undefined) arm();
      });
  }

  function observeRegion() {
    const region = page.region(doc) ?? doc.body;
    if (region === observed) return;
    observer!.disconnect();
    observer!.observe(region, OBSERVED);
    observed = region;
  }

  function sleep() {
    if (observer) observer.disconnect();
    observer = observed = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = pendingSince = undefined;
    if (inFlight) inFlight.abort();
    inFlight = undefined;
  }

  function onRoute(url: URL) {
    if (url.href === route || ctx.isInvalid) return;
    const first = route === undefined;
    route = url.href;
    sleep();
    if (!first) page.routeChanged();
    if (!page.isOrderPage(url)) return;
    observer = new MutationObserver((records) => {
      if (!records.every(isSettleMutation)) changed();
    });
    observeRegion();
    changed();
  }

  ctx.addEventListener(win, 'wxt:locationchange', (event) => onRoute(event.newUrl));
  ctx.addEventListener(win, 'popstate', () => onRoute(new URL(win.location.href)));
  ctx.onInvalidated(sleep);
  onRoute(new URL(win.location.href));
}
