import { describe, expect, it, vi } from 'vitest';
import { afterPageLoad, STALLED_LOAD_MS } from '@/lib/content/after-load';

/** A document in the given ready state, a window to fire its load event on, and idle callbacks run by hand. */
function page(readyState: DocumentReadyState) {
  const doc = document.implementation.createHTMLDocument('console');
  Object.defineProperty(doc, 'readyState', { configurable: true, get: () => readyState });
  const win = new EventTarget();
  const idle: (() => void)[] = [];
  const timers: { handler: () => void; ms?: number }[] = [];
  const scheduler = {
    setTimeout: vi.fn((handler: () => void, ms?: number) => timers.push({ handler, ms })),
    requestIdleCallback: (cb: () => void) => idle.push(cb),
  };
  return { doc, win, idle, timers, scheduler };
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

  it('reads a page whose load never ends: 3 s after its document was parsed, then in idle time', async () => {
    const { doc, win, idle, timers, scheduler } = page('loading');
    const ready = afterPageLoad(doc, win, scheduler);
    // The stall clock starts when the document has been parsed, not before.
    expect(timers).toHaveLength(0);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(timers).toEqual([{ handler: expect.any(Function), ms: STALLED_LOAD_MS }]);
    expect(await settled(ready)).toBe(false);
    timers[0]!.handler();
    await Promise.resolve();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(await settled(ready)).toBe(true);
  });

  it('a load that comes in time clears the stall timer', async () => {
    const { doc, win, idle, scheduler } = page('interactive');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    const ready = afterPageLoad(doc, win, scheduler);
    expect(scheduler.setTimeout).toHaveBeenCalledOnce();
    win.dispatchEvent(new Event('load'));
    expect(clear).toHaveBeenCalledWith(1);
    await Promise.resolve();
    idle[0]!();
    expect(await settled(ready)).toBe(true);
    clear.mockRestore();
  });
});
