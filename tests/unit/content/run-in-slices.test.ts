import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { runInSlices, yieldToPage } from '@/lib/content/run-in-slices';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { readPageSteps, readPageWith } from '@/lib/marketplaces/read-page';
import type { Steps } from '@/lib/marketplaces/steps';
import { PageReadMessageSchema } from '@/lib/messaging/schemas';
import { loadFixtures } from '../../console/fixtures.mjs';
import { wooListPage } from '../../console/generate-woo-list.mjs';

// Stylesheet links dropped: happy-dom would try (and fail, noisily) to load them.
const open = (html: string) => new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/g, ''), 'text/html');

describe('runInSlices', () => {
  it('gives the page its main thread back once a slice has run 10 ms, and resumes only after', async () => {
    let clock = 0;
    const log: string[] = [];
    function* work(): Steps<string> {
      for (let i = 0; i < 10; i++) {
        clock += 3; // each step costs 3 ms
        log.push(`step ${i}`);
        yield;
      }
      return 'done';
    }
    let release = () => {};
    const pause = vi.fn(() => {
      log.push('pause');
      return new Promise<void>((resolve) => (release = resolve));
    });
    const run = runInSlices(work(), pause, () => clock);
    await Promise.resolve();
    // 4 steps (12 ms) then a pause: nothing more runs until the page gives the thread back.
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'pause']);
    release();
    await vi.waitFor(() => expect(pause).toHaveBeenCalledTimes(2));
    release();
    await vi.waitFor(() => expect(log.at(-1)).toBe('step 9'));
    expect(await run).toBe('done');
    expect(log.join(',')).toBe('step 0,step 1,step 2,step 3,pause,step 4,step 5,step 6,step 7,pause,step 8,step 9');
  });

  it('does not pause work that fits in one slice', async () => {
    const pause = vi.fn(async () => {});
    function* quick(): Steps<number> {
      yield;
      yield;
      return 2;
    }
    expect(await runInSlices(quick(), pause, () => 0)).toBe(2);
    expect(pause).not.toHaveBeenCalled();
  });
});

describe('yieldToPage', () => {
  it('waits for idle time, at most 200 ms, where the browser has it', async () => {
    const idle = vi.fn((cb: () => void, _options?: IdleRequestOptions) => (cb(), 1));
    const setTimeout = vi.fn(() => 1);
    await yieldToPage({ requestIdleCallback: idle, setTimeout });
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 200 });
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it('else waits one macrotask', async () => {
    const setTimeout = vi.fn((cb: () => void, _ms?: number) => (cb(), 1));
    await yieldToPage({ setTimeout });
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), 0);
  });
});

describe('a page read in slices', () => {
  const fixtures = loadFixtures().filter((f) => f.marketplace === 'woocommerce');

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the sliced reading equals the whole one', async (_n, f) => {
    const html = readFileSync(f.htmlPath, 'utf8');
    const url = new URL(f.url);
    const whole = readPageWith(adapter, open(html), url);
    // A clock that jumps 100 ms a step: a pause after every step.
    let clock = 0;
    const pause = vi.fn(async () => {});
    const sliced = await runInSlices(readPageSteps(adapter, open(html), url), pause, () => (clock += 100));
    expect(sliced).toEqual(whole);
    // One step per row read, then one per order bounded to READ_LIMITS (lib/marketplaces/bound.ts).
    if (f.expected.kind === 'order-list' && !f.expected.error)
      expect(pause).toHaveBeenCalledTimes(2 * f.expected.orders.length);
  });

  it('reads the first 1,000 orders of a 5,000-row list in slices, says so, and the background accepts it', async () => {
    const { html, expected } = wooListPage({ host: 'shop.test', count: 5000, firstId: 100000 });
    const url = new URL('http://shop.test/wp-admin/admin.php?page=wc-orders');
    const doc = open(html);
    const pause = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const reading = await runInSlices(readPageSteps(adapter, doc, url), pause);
    expect(reading && reading.ok).toBe(true);
    if (!reading || !reading.ok) return;
    expect(reading.orders).toEqual(expected.slice(0, 1000));
    expect(reading.warnings).toEqual([
      'This page shows 5,000 orders; Settle read only the first 1,000. Show fewer orders per page (Screen Options) to have Settle read them all.',
    ]);
    // happy-dom reads a row in well over 10 µs: 1,000 rows are more than one 10 ms slice.
    expect(pause.mock.calls.length).toBeGreaterThan(1);
    expect(v.safeParse(PageReadMessageSchema, { type: 'cs-bg-page-read', url: url.href, reading }).success).toBe(true);
  }, 60_000); // happy-dom takes about 10 s to parse 5,000 rows alone, longer beside the rest of the suite
});
