/**
 * Whether a click on Send may count: Settle's panel must be really visible where the click landed.
 * The console page decides how Settle's frame is placed and styled, so a page could turn it
 * invisible, cover it or stretch it over a decoy. In Chromium, IntersectionObserver v2
 * (`trackVisibility`) tells whether the panel is unoccluded, with no opacity, filter or transform
 * from any frame around it. Where that is not available (Firefox) the panel asks once more in its
 * own frame before sending (see `needsConfirmation`).
 */
export interface ClickGuard {
  /** Whether the panel is visible now: a fresh observation at the click, not one made before it. */
  visibleNow(): Promise<boolean>;
  /** Without IOv2 a second, deliberate click in Settle's own frame confirms the send. */
  needsConfirmation: boolean;
}

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/** How long an observation may take before the panel counts as not visible (IOv2 answers within its 100 ms delay and a frame). */
const OBSERVATION_TIMEOUT_MS = 2_000;

export function guardClicks(target: Element, win: Window & typeof globalThis = window): ClickGuard {
  const supported =
    typeof win.IntersectionObserverEntry !== 'undefined' && 'isVisible' in win.IntersectionObserverEntry.prototype;
  if (!supported) return { visibleNow: async () => true, needsConfirmation: true };
  return {
    needsConfirmation: false,
    // A new observer reports the state as it is now: an older report may predate a resize or a page's restyling.
    visibleNow: () =>
      new Promise<boolean>((resolve) => {
        const done = (visible: boolean) => {
          observer.disconnect();
          win.clearTimeout(timer);
          resolve(visible);
        };
        const observer = new win.IntersectionObserver(
          (entries) => {
            const last = entries.at(-1) as VisibilityEntry | undefined;
            done(!!last?.isVisible && !!last.isIntersecting);
          },
          // trackVisibility and delay are IntersectionObserver v2 options (delay must be at least 100 ms).
          { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        const timer = win.setTimeout(() => done(false), OBSERVATION_TIMEOUT_MS);
        observer.observe(target);
      }),
  };
}
