import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

/** The scroller's size; before layout gives it one (or where there is none, as in happy-dom), the window's. */
const observeRectOrWindow: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height ? rect : { width: rect.width, height: window.innerHeight }));

/**
 * @tanstack/virtual-core's Virtualizer for a Preact list of fixed-height rows inside a scrolling
 * element: the component renders `getVirtualItems()` only, and re-renders when they change.
 */
export function useVirtualRows(
  count: number,
  scrollElement: RefObject<HTMLElement | null>,
  rowHeight: number,
): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options: VirtualizerOptions<HTMLElement, HTMLElement> = {
    count,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect: observeRectOrWindow,
    observeElementOffset,
    overscan: 6,
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
