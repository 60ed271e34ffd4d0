import type { PageMetrics } from '../../messaging/types';

/** The page's address, title, scroll place and sizes in CSS pixels, as the capture steps need them. */
export function pageMetrics(doc: Document): PageMetrics {
  const win = doc.defaultView!;
  const root = doc.documentElement;
  return {
    url: win.location.href,
    title: doc.title.slice(0, 2000),
    scrollY: win.scrollY,
    scrollHeight: Math.max(root.scrollHeight, doc.body?.scrollHeight ?? 0),
    scrollWidth: Math.max(root.scrollWidth, doc.body?.scrollWidth ?? 0),
    innerWidth: win.innerWidth,
    innerHeight: win.innerHeight,
    devicePixelRatio: win.devicePixelRatio || 1,
  };
}
