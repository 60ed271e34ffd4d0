import { vi } from 'vitest';
import { render } from 'preact';
import { DashboardApp } from '@/entrypoints/dashboard/DashboardApp';
import { ingestSnapshots } from '@/lib/db/ingest';
import { defaultChaseSettings, saveChaseSettings, type ChaseSettings } from '@/lib/db/settings';
import type { ShopSnapshot } from '@/lib/model/order-record';
import { settle, usePageHarness } from '../support/page-harness';
import { createSnapshot } from '../factories';

export const DASHBOARD = 'chrome-extension://settle/dashboard.html';

/**
 * The dashboard rendered into a fresh database for each test, plus the few DOM moves the tests
 * make (Preact listens to `input`/`change`/`submit`/`click` events, so they are dispatched as such).
 */
export function useDashboard(name: string) {
  const page = usePageHarness(name);
  const onChanged = vi.fn();
  const $ = <T extends Element = HTMLElement>(sel: string) => {
    const el = page.root.querySelector<T>(sel);
    if (!el) throw new Error(`Nothing matches ${sel}`);
    return el;
  };
  const $$ = (sel: string) => [...page.root.querySelectorAll<HTMLElement>(sel)];
  const has = (sel: string) => !!page.root.querySelector(sel);
  const text = () => page.root.textContent ?? '';
  const tick = () => new Promise((r) => setTimeout(r, 30));

  return {
    page,
    onChanged,
    $,
    $$,
    has,
    text,
    tick,
    settle,
    mount(hash: string, locale = 'en-US') {
      location.hash = hash;
      render(
        <DashboardApp
          db={page.db}
          locale={locale}
          pageUrl={(h) => `${DASHBOARD}${h}`}
          onChanged={onChanged}
          optionsUrl="chrome-extension://settle/options.html"
        />,
        page.root,
      );
    },
    /** Waits until `sel` is on the page; fails with the page text when it never comes. */
    async waitFor(sel: string) {
      await settle(() => has(sel));
      if (!has(sel)) throw new Error(`${sel} never appeared. Page: ${text()}`);
    },
    async waitForText(words: string) {
      await settle(() => text().includes(words));
      if (!text().includes(words)) throw new Error(`“${words}” never appeared. Page: ${text()}`);
    },
    type(sel: string, value: string) {
      const el = $<HTMLInputElement>(sel);
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    choose(sel: string, value: string) {
      const el = $<HTMLSelectElement>(sel);
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    async submit(sel: string) {
      await tick();
      $<HTMLFormElement>(sel).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    },
    async click(sel: string | Element) {
      await tick();
      (typeof sel === 'string' ? $(sel) : sel).dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true }),
      );
    },
  };
}

export const SETTINGS: ChaseSettings = {
  ...defaultChaseSettings(),
  timeZone: 'UTC',
  reminderLocale: 'en',
  sellerName: 'Oak & Iron',
  paymentInstructions: 'Bank transfer to GB12 3456',
};

/** A debt added by hand (GBP 120, email and phone known), stored with the seller's settings. */
export async function seedManualDebt(
  db: Parameters<typeof ingestSnapshots>[0],
  overrides: Partial<ShopSnapshot> = {},
  settings: Partial<ChaseSettings> = {},
): Promise<ShopSnapshot> {
  const snap = createSnapshot({
    marketplace: 'generic',
    orderId: 'M-20261101-AB12',
    url: `${DASHBOARD}#/order/generic/manual/M-20261101-AB12`,
    statusText: 'Unpaid',
    buyer: { name: 'Acme Ltd', email: 'ap@acme.test', phone: '+44 7700 900123' },
    total: { amount: 12000, currency: 'GBP' },
    amountDue: { amount: 12000, currency: 'GBP' },
    placedAt: '2026-11-01T12:00:00.000Z',
    items: [{ title: 'Invoice 7: website work', quantity: 1 }],
    shop: 'manual',
    ...overrides,
  });
  await saveChaseSettings(db, { ...SETTINGS, ...settings });
  await ingestSnapshots(db, [snap], '2026-11-01T12:00:00.000Z');
  return snap;
}
