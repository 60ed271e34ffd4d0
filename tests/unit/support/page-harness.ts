import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';
import { SettleDb } from '@/lib/db/schema';

let n = 0;

/**
 * For tests of an extension page: a fresh database and an element to render into for each test,
 * both removed after it. Read `harness.db` / `harness.root` inside tests.
 */
export function usePageHarness(name: string) {
  const harness = {} as { db: SettleDb; root: HTMLElement };
  beforeEach(() => {
    harness.db = new SettleDb(`settle-${name}-${++n}`);
    harness.root = document.createElement('div');
    document.body.append(harness.root);
  });
  afterEach(async () => {
    render(null, harness.root);
    harness.root.remove();
    await harness.db.delete();
  });
  return harness;
}

/**
 * Waits (up to 5 s) until the page shows what the test expects; Preact and Dexie update
 * asynchronously. 2 s ran out once on a loaded two-core machine (a route change to the add form).
 */
export async function settle(check: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}
