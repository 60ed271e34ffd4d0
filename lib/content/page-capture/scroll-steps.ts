import type { PageMetrics } from '../../messaging/types';
import { pageMetrics } from './page-metrics';

/** Elements hidden while a full page is stitched, with the visibility they had. */
const hidden = new Map<HTMLElement, string>();

/** Two frames and a moment: the browser has painted the page where it was scrolled. */
const painted = (win: Window) =>
  new Promise<void>((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(resolve, 50))),
  );

/**
 * Fixed and sticky headers and bars would show on every slice of a stitched page: after the
 * first slice they are hidden (visibility only, nothing moves), and shown again at `restore`.
 */
function hideFixed(doc: Document): void {
  const win = doc.defaultView!;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as HTMLElement;
    const { position } = win.getComputedStyle(el);
    if ((position === 'fixed' || position === 'sticky') && !hidden.has(el)) {
      hidden.set(el, el.style.getPropertyValue('visibility'));
      el.style.setProperty('visibility', 'hidden', 'important');
    }
  }
}

/** Scrolls to `y` for the next slice of a full-page capture; answers where the page really is. */
export async function scrollForSlice(doc: Document, y: number, hide: boolean): Promise<PageMetrics> {
  const win = doc.defaultView!;
  if (hide) hideFixed(doc);
  win.scrollTo({ left: 0, top: y, behavior: 'instant' });
  await painted(win);
  return pageMetrics(doc);
}

/** Shows what was hidden and scrolls back to where the seller was. */
export async function restorePage(doc: Document, y: number): Promise<PageMetrics> {
  const win = doc.defaultView!;
  for (const [el, visibility] of hidden) {
    if (visibility) el.style.setProperty('visibility', visibility);
    else el.style.removeProperty('visibility');
  }
  hidden.clear();
  win.scrollTo({ left: 0, top: y, behavior: 'instant' });
  await painted(win);
  return pageMetrics(doc);
}
