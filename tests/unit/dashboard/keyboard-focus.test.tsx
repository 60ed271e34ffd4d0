import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../support/i18n';
import { seedManualDebt, useDashboard } from './dashboard-harness';

// Seen: after Copy, Open mail draft, a step such as Record, and Add, the focus fell to the page
// body (the button used was disabled or replaced), so a keyboard user started again from the top.

const d = useDashboard('keyboard-focus');
const ORDER = '#/order/generic/manual/M-20261101-AB12';

async function openDebt() {
  useLocale('en');
  await seedManualDebt(d.page.db);
  d.mount(ORDER);
  await d.waitFor('[data-testid="manual-draft"]');
}
/** Focuses a control as a keyboard user does, then activates it. */
async function press(el: HTMLElement) {
  el.focus();
  await d.click(el);
}
const focused = () => document.activeElement as HTMLElement | null;
afterEach(() => void Reflect.deleteProperty(navigator, 'clipboard'));

describe('dashboard: the keyboard focus after an action', () => {
  it('Copy: goes to the line that says the reminder was logged', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => undefined) },
      configurable: true,
    });
    await openDebt();
    await press(d.$('button[data-channel="copied"]'));
    await d.waitForText('Reminder logged (');
    await d.settle(() => focused()?.getAttribute('role') === 'status');
    expect(focused()?.textContent).toMatch(/^Reminder logged \(/);
    expect(focused()?.tabIndex).toBe(-1);
  });

  it('Open mail draft: goes to the line that says the reminder was logged', async () => {
    await openDebt();
    const link = d.$<HTMLAnchorElement>('a[data-channel="mail-draft"]');
    link.addEventListener('click', (e) => e.preventDefault());
    await press(link);
    await d.waitForText('Reminder logged (Mail draft to the buyer).');
    await d.settle(() => focused()?.getAttribute('role') === 'status');
    expect(focused()?.textContent).toBe('Reminder logged (Mail draft to the buyer).');
  });

  it('a step (Record a payment): goes to the line that says what was recorded', async () => {
    await openDebt();
    d.type('#act-payment', '25');
    const record = d.$$('form.act-payment button').find((b) => b.textContent === 'Record')!;
    record.focus();
    await d.submit('form.act-payment');
    await d.waitForText('Payment recorded.');
    await d.settle(() => focused()?.textContent === 'Payment recorded.');
    expect(focused()?.textContent).toBe('Payment recorded.');
  });

  it('a step that closes the order (Paid in full): the line that says so, in the section that replaces the steps', async () => {
    await openDebt();
    await press(d.$$('form.act-payment button').find((b) => b.textContent === 'Paid in full')!);
    await d.waitFor('[data-confirm] .confirm-yes');
    await press(d.$('[data-confirm] .confirm-yes'));
    await d.waitFor('section.reopen');
    await d.settle(() => focused()?.textContent === 'Recorded as paid in full.');
    expect(focused()?.closest('section.reopen')).not.toBeNull();
    expect(focused()?.textContent).toBe('Recorded as paid in full.');
  });

  it('Add: goes to the new order’s heading', async () => {
    useLocale('en');
    d.mount('#/add');
    await d.waitFor('form.add-debt');
    d.type('#debt-name', 'Guest at table 4');
    d.type('#debt-amount', '48.50');
    d.type('#debt-what', 'Dinner for two');
    d.$('form.add-debt button[type="submit"]').focus();
    await d.submit('form.add-debt');
    await d.waitFor('article.order-detail');
    await d.settle(() => focused()?.tagName === 'H2');
    expect(focused()?.textContent).toMatch(/^Guest at table 4 · #M-/);
    expect(focused()?.tabIndex).toBe(-1);
  });
});
