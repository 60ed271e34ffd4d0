import { describe, expect, it, vi } from 'vitest';
import { afterPageLoad } from '@/lib/content/after-load';

/** A document in the given ready state, a window to fire its load event on, and idle callbacks run by hand. */
function page(readyState: DocumentReadyState) {
  const doc = document.implementation.createHTMLDocument('console');
  Object.defineProperty(doc, 'readyState', { configurable: true, get: () => readyState });
  const win = new EventTarget();
  const idle: (() => void)[] = [];
  const scheduler = { setTimeout: vi.fn(() => 1), requestIdleCallback: (cb: () => void) => idle.push(cb) };
  return { doc, win, idle, scheduler };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe('afterPageLoad', () => {
  it("waits for the page's load event, then for idle time", async () => {
    const { doc, win, idle, scheduler } = page('interactive');
    const ready = afterPageLoad(doc, win, scheduler);
    expect(await settled(ready)).toBe(false);
    expect(idle).toHaveLength(0);
    win.dispatchEvent(new Event('load'));
    await Promise.resolve();
    expect(idle).toHaveLength(1);
    expect(await settled(ready)).toBe(false);
    idle[0]!();
    expect(await settled(ready)).toBe(true);
  });

  it('on a page already loaded, waits for idle time only', async () => {
    const { doc, win, idle, scheduler } = page('complete');
    const ready = afterPageLoad(doc, win, scheduler);
    await Promise.resolve();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(await settled(ready)).toBe(true);
  });
});
