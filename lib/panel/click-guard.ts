/**
 * Whether a click on Send may count: Settle's panel must have been really visible where the click
 * landed. The console page decides how Settle's frame is placed and styled, so a page could turn
 * it invisible, cover it or stretch it over a decoy. In Chromium, IntersectionObserver v2
 * (`trackVisibility`) tells whether the button is unoccluded with no opacity, filter or transform
 * from any frame around it. Where that is not available (Firefox) the panel asks once more in its
 * own frame before sending (see `needsConfirmation`).
 */
export interface ClickGuard {
  /** True when a click now lands on a button the seller could see; always true without IOv2 (the confirmation stands in). */
  visibleNow(): boolean;
  /** Without IOv2 a second, deliberate click in Settle's own frame confirms the send. */
  needsConfirmation: boolean;
  disconnect(): void;
}

interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export function guardClicks(target: Element, win: Window & typeof globalThis = window): ClickGuard {
  const supported = typeof win.IntersectionObserverEntry !== 'undefined' && 'isVisible' in win.IntersectionObserverEntry.prototype;
  if (!supported) return { visibleNow: () => true, needsConfirmation: true, disconnect: () => undefined };
  let visible = false;
  const observer = new win.IntersectionObserver(
    (entries) => {
      const last = entries.at(-1) as VisibilityEntry | undefined;
      if (last) visible = !!last.isVisible && last.isIntersecting;
    },
    // trackVisibility and delay are IntersectionObserver v2 options (delay must be at least 100 ms).
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return { visibleNow: () => visible, needsConfirmation: false, disconnect: () => observer.disconnect() };
}
