import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../console/server.mjs';
import { wooListPage } from '../console/generate-woo-list.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore, workerStopper } from './support/extension-pages';
import type { OrderRecord } from '@/lib/model/order-record';
import type { OrderSnapshot } from '@/lib/model/order';
import type { OrderEvent } from '@/lib/model/events';
import { verifyChain } from '@/lib/db/event-chain';
import { totalsOf } from '@/lib/db/totals';

const PAGES = 6;
const PER_PAGE = 150;

// Six list pages of 150 orders each, on a host of their own.
const bulkPages = Array.from({ length: PAGES }, (_, i) => {
  const { html, expected } = wooListPage({ host: 'bulk.test', count: PER_PAGE, firstId: 100000 - i * PER_PAGE });
  const url = `http://bulk.test/wp-admin/admin.php?page=wc-orders&paged=${i + 1}`;
  return {
    marketplace: 'woocommerce',
    name: `bulk-${i + 1}`,
    url,
    html,
    expected: { url, orders: expected as OrderSnapshot[] },
  };
});

describe('the service worker stopped in the middle of a run of upserts', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    demo = await startConsole({ extraPages: bulkPages });
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('loses no order, no event and keeps the summary and badge right', { timeout: 180_000 }, async () => {
    // The extension is installed before the seller browses: its worker has finished installing
    // (Chromium gives up on an extension worker stopped again and again inside its install).
    const worker = await browser.serviceWorker();
    await eventually(
      async () =>
        (await worker.evaluate(
          () => (self as unknown as { registration: ServiceWorkerRegistration }).registration.active?.state,
        )) === 'activated',
      { what: 'the installed worker' },
    );
    const workers = await workerStopper(browser.context);
    let stops = 0;
    let loading = true;
    // For the first 3 s, while the six pages' readings are being written, the worker is stopped every
    // 300 ms: writes are cut off mid-transaction. Then it is left alone, as Chrome would, and the
    // pages' retries (250 ms … 5 s apart) must bring every order in.
    const stopUntil = Date.now() + 3_000;
    const stopper = (async () => {
      while (loading && Date.now() < stopUntil) {
        await new Promise((r) => setTimeout(r, 300));
        // A stop may meet no worker running (it was stopped a moment ago): that is not a stop.
        if (
          await workers.stop().then(
            () => true,
            () => false,
          )
        )
          stops++;
      }
    })();
    const tabs = await Promise.all(bulkPages.map(() => browser.context.newPage()));
    await Promise.all(tabs.map((tab, i) => tab.goto(bulkPages[i]!.url)));
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const expected = bulkPages.flatMap((p) => p.expected.orders);
    await eventually(async () => (await readStore<OrderRecord>(popup.page, 'shopOrders')).length === expected.length, {
      // The pages retry for about 100 s (lib/content/run-order-page.ts): a busy CI machine needs more than a minute.
      timeout: 120_000,
      what: `${expected.length} orders`,
    });
    loading = false;
    await stopper;
    expect(stops).toBeGreaterThan(2);

    const orders = await readStore<OrderRecord>(popup.page, 'shopOrders');
    expect(new Set(orders.map((o) => o.orderId))).toEqual(new Set(expected.map((o) => o.orderId)));
    const events = await readStore<OrderEvent>(popup.page, 'events');
    expect(events.filter((e) => e.data.type === 'detected')).toHaveLength(expected.length);
    // Each order's own chain verifies against the head kept for it.
    const heads = new Map(
      (await readStore<{ marketplace: string; shop: string; orderId: string; head: string }>(popup.page, 'chains')).map(
        (c) => [`${c.shop} ${c.orderId}`, c.head],
      ),
    );
    expect(heads.size).toBe(expected.length);
    for (const [key, head] of heads) {
      const own = events.filter((e) => `${e.shop} ${e.orderId}` === key).sort((a, b) => a.id! - b.id!);
      expect(verifyChain(own, head), key).toMatchObject({ ok: true, length: own.length });
    }
    const totals = (
      await readStore<{ id: string; openCount: number; openDueByCurrency: Record<string, number> }>(
        popup.page,
        'summary',
      )
    ).find((s) => s.id === 'totals');
    const recount = totalsOf(orders);
    expect(totals).toMatchObject({ openCount: recount.openCount, openDueByCurrency: recount.openDueByCurrency });
    // The restarted worker recomputes the badge — reminders due now — from the database: one per
    // buyer (the generated list has 100 buyers), at most the default 20 per shop per day.
    const now = new Date().toISOString();
    const dueBuyers = new Set(orders.filter((o) => o.nextDueAt && o.nextDueAt <= now).map((o) => o.buyerKey));
    expect(dueBuyers.size).toBeGreaterThan(20);
    await eventually(async () => (await popup.badgeText()) === '20', { what: 'badge after restarts' });
    await workers.detach();
  });
});
