import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { DashboardApp } from '@/entrypoints/dashboard/DashboardApp';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { getOrderEvents } from '@/lib/db/queries';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { parseAmountInput } from '@/components/dashboard/amount-input';
import { splitIntoInstalments } from '@/lib/tracker/instalments';
import { parseRoute } from '@/components/dashboard/route';
import { useLocale } from '../support/i18n';
import { settle, usePageHarness } from '../support/page-harness';
import { createSnapshot } from '../factories';
import { seedManualDebt } from './dashboard-harness';

const page = usePageHarness('dashboard');
const onChanged = vi.fn();
const mount = (hash: string, locale = 'en-US') => {
  location.hash = hash;
  render(
    <DashboardApp
      db={page.db}
      locale={locale}
      pageUrl={(h) => `chrome-extension://settle/dashboard.html${h}`}
      onChanged={onChanged}
      optionsUrl="chrome-extension://settle/options.html"
    />,
    page.root,
  );
};
const $ = <T extends Element>(sel: string) => page.root.querySelector<T>(sel)!;
const type = (sel: string, value: string) => {
  const el = $<HTMLInputElement>(sel);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const tick = () => new Promise((r) => setTimeout(r, 30));
const submit = async (sel: string) => {
  await tick();
  $<HTMLFormElement>(sel).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};
const click = async (el: Element) => {
  await tick();
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
};

const manualDebt = (overrides: Parameters<typeof seedManualDebt>[1] = {}) => seedManualDebt(page.db, overrides);

describe('dashboard: adding a debt by hand', () => {
  it('stores a valid debt as an order Settle tracks, and opens it', async () => {
    useLocale('en');
    mount('#/add');
    await settle(() => !!page.root.querySelector('form.add-debt'));
    type('#debt-name', 'Acme Ltd');
    type('#debt-email', 'ap@acme.test');
    type('#debt-amount', '1,238.80');
    type('#debt-what', 'Invoice 7');
    await submit('form.add-debt');
    await settle(() => location.hash.startsWith('#/order/generic/manual/M-'));
    const [order] = await page.db.orders.toArray();
    expect(order).toMatchObject({
      marketplace: 'generic',
      status: 'unpaid',
      open: 1,
      buyer: { name: 'Acme Ltd', email: 'ap@acme.test' },
      total: { amount: 123880, currency: 'USD' },
      items: [{ title: 'Invoice 7', quantity: 1 }],
    });
    expect(order!.orderId).toMatch(/^M-\d{8}-[0-9A-Z]{4}$/);
    expect(order!.url).toBe(`chrome-extension://settle/dashboard.html#/order/generic/manual/${order!.orderId}`);
    expect(onChanged).toHaveBeenCalled();
  });

  it('refuses a bad amount next to the field, keeps what was typed, stores nothing', async () => {
    useLocale('en');
    mount('#/add');
    await settle(() => !!page.root.querySelector('form.add-debt'));
    type('#debt-name', 'Acme Ltd');
    type('#debt-amount', '-5');
    type('#debt-what', 'Invoice 7');
    await submit('form.add-debt');
    await settle(() => !!page.root.querySelector('#debt-amount-error'));
    expect($('#debt-amount-error').textContent).toBe('Enter an amount above zero, such as 120 or 1,238.80.');
    expect($('#debt-amount').getAttribute('aria-invalid')).toBe('true');
    expect($<HTMLInputElement>('#debt-name').value).toBe('Acme Ltd');
    expect(await page.db.orders.count()).toBe(0);
  });

  it('reads amounts as sellers type them', () => {
    expect(parseAmountInput('1,238.80', 'USD')).toBe(123880);
    expect(parseAmountInput('1.238,80', 'EUR')).toBe(123880);
    expect(parseAmountInput('298', 'CNY')).toBe(29800);
    expect(parseAmountInput('1 280', 'TWD')).toBe(1280);
    expect(parseAmountInput('0', 'USD')).toBeNull();
    expect(parseAmountInput('abc', 'USD')).toBeNull();
    expect(parseAmountInput('12.345', 'GBP')).toBeNull(); // twelve, or twelve thousand? Ask.
    expect(parseAmountInput('1.234.500', 'EUR')).toBe(123450000);
    expect(parseAmountInput('12.345', 'KWD')).toBe(12345);
  });

  it('splits a plan evenly with the remainder on the last instalment', () => {
    expect(splitIntoInstalments(10000, 3, '2026-12-01T23:59:00.000Z', 14).map((i) => i.amount)).toEqual([
      3333, 3333, 3334,
    ]);
    expect(parseRoute('#/order/generic/manual/M-1%2F2')).toEqual({
      page: 'order',
      marketplace: 'generic',
      shop: 'manual',
      orderId: 'M-1/2',
    });
    expect(parseRoute('#/order/woocommerce/http%3A%2F%2Fshop.test/1042')).toEqual({
      page: 'order',
      marketplace: 'woocommerce',
      shop: 'http://shop.test',
      orderId: '1042',
    });
    expect(parseRoute('#/order/nowhere/1')).toEqual({ page: 'list' });
  });
});

describe('dashboard: one order', () => {
  it('shows what is owed, the timeline and the buyer’s record', async () => {
    useLocale('en');
    const snap = await manualDebt();
    await recordChase(
      page.db,
      ['generic', 'manual', snap.orderId],
      { type: 'payment_recorded', amount: 2000 },
      { now: '2026-11-05T10:00:00.000Z', url: 'x' },
    );
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('.timeline li + li'));
    expect($('.owed').textContent).toBe('£100.00');
    expect([...page.root.querySelectorAll('.timeline li')].map((li) => li.getAttribute('data-event'))).toEqual([
      'detected',
      'chase:payment_recorded',
    ]);
    expect($('.timeline').textContent).toContain('Payment of £20.00 recorded; now partly paid');
  });

  it('records a part payment, then refuses an impossible step with the reason', async () => {
    useLocale('en');
    const snap = await manualDebt();
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('#act-payment'));
    type('#act-payment', '30');
    await submit('form.act-payment');
    await settle(() => page.root.textContent!.includes('Payment recorded.'));
    expect((await page.db.orders.get(['generic', 'manual', snap.orderId]))?.chase).toMatchObject({
      stage: 'partially_paid',
      paid: 3000,
    });
    type('#act-settle', '500');
    type('.act-settle input[aria-label="Reason"]', 'more than owed');
    await submit('form.act-settle');
    await settle(() => !!page.root.querySelector('[role=alert]'));
    expect($('[role=alert]').textContent).toBe(
      'Not recorded: a settlement is for less than what is owed; record a payment instead.',
    );
  });

  it('settles for less with a reason, keeping waived money apart', async () => {
    useLocale('en');
    const snap = await manualDebt();
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('#act-settle'));
    type('#act-settle', '100');
    type('.act-settle input[aria-label="Reason"]', 'Agreed discount');
    await submit('form.act-settle');
    await settle(() => page.root.textContent!.includes('Waived'));
    expect((await page.db.orders.get(['generic', 'manual', snap.orderId]))?.chase).toMatchObject({
      stage: 'settled',
      paid: 10000,
      waived: 2000,
      reason: 'Agreed discount',
    });
  });

  it('drafts the reminder for a debt added by hand: a mail draft link, a text-message QR code, copied text — each logged once', async () => {
    useLocale('en');
    const snap = await manualDebt();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('[data-testid="manual-draft"]'));
    const draft = $('[data-testid="manual-draft"]').textContent!;
    expect(draft).toContain('£120.00');
    expect(draft).toContain('Bank transfer to GB12 3456');
    const mail = $<HTMLAnchorElement>('a[data-channel="mail-draft"]');
    expect(mail.href).toMatch(/^mailto:ap@acme\.test\?subject=.+&body=.*%C2%A3120\.00/);
    const qr = $('figure[data-channel="sms-qr"] svg');
    // Drawn as runs of dark modules in one path: a real code has well over a hundred.
    expect(qr.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length).toBeGreaterThan(100);

    const copy = $<HTMLButtonElement>('button[data-channel="copied"]');
    await click(copy);
    copy.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(() => page.root.textContent!.includes('Reminder logged (Copy the text).'));
    expect(writeText).toHaveBeenCalledWith(draft);
    const events = await getOrderEvents(page.db, ['generic', 'manual', snap.orderId]);
    expect(events.filter((e) => e.data.type === 'chase')).toHaveLength(1);
    expect(events.at(-1)?.data).toMatchObject({
      type: 'chase',
      change: { type: 'reminder_sent', tone: 'friendly' },
      message: { channel: 'copied', text: draft },
    });
    // The same buyer within 24 hours: sending is held back and said why.
    await settle(() => page.root.textContent!.includes('You reminded this buyer in the last 24 hours'));
  });

  it('asks for the seller’s name when reminders would go out unsigned', async () => {
    useLocale('en');
    const snap = await manualDebt();
    await saveChaseSettings(page.db, { ...defaultChaseSettings(), timeZone: 'UTC', sellerName: '' });
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('.sign-hint'));
    expect($('.sign-hint').textContent).toContain('Reminders are signed with your name or business');
    expect($<HTMLAnchorElement>('.sign-hint a').href).toBe('chrome-extension://settle/options.html');
  });

  it('logs a copy that fails as failed, not as a reminder', async () => {
    useLocale('en');
    const snap = await manualDebt();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('Document is not focused.'))) },
      configurable: true,
    });
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('button[data-channel="copied"]'));
    await click($('button[data-channel="copied"]'));
    await settle(() => page.root.textContent!.includes('The reminder was not sent: Document is not focused.'));
    expect((await page.db.orders.get(['generic', 'manual', snap.orderId]))?.chase.remindersSent).toBe(0);
    expect((await getOrderEvents(page.db, ['generic', 'manual', snap.orderId])).at(-1)?.data).toMatchObject({
      type: 'reminder_failed',
      channel: 'copied',
    });
  });

  it('pauses every reminder to one buyer from an order', async () => {
    useLocale('en');
    const snap = await manualDebt();
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('button.pause-buyer'));
    await click($('button.pause-buyer'));
    await settle(() => page.root.textContent!.includes('Every reminder to this buyer is paused (1 open order);'));
    expect(page.root.textContent).toContain('Every reminder to this buyer is paused (1 open order);');
    expect((await page.db.buyers.get(['generic', 'manual', 'acme ltd']))?.paused).toBe(true);
    expect((await page.db.orders.get(['generic', 'manual', snap.orderId]))?.chase.paused).toBe(true);
    await settle(() => $('button.pause-buyer').textContent === 'Resume this buyer');
  });

  it('shows hostile text as text', async () => {
    useLocale('en');
    const snap = await manualDebt({ buyer: { name: '<img src=x onerror=alert(1)>' } });
    mount(`#/order/generic/manual/${snap.orderId}`);
    await settle(() => !!page.root.querySelector('h2'));
    expect($('h2').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(page.root.querySelector('img')).toBeNull();
  });

  it('speaks Chinese', async () => {
    useLocale('zh_CN');
    const snap = await manualDebt({
      buyer: { name: '张伟', phone: '13800138000' },
      total: { amount: 29800, currency: 'CNY' },
      amountDue: { amount: 29800, currency: 'CNY' },
    });
    mount(`#/order/generic/manual/${snap.orderId}`, 'zh-CN');
    await settle(() => !!page.root.querySelector('.owed'));
    expect($('.owed').textContent).toBe('¥298.00');
    expect(page.root.textContent).toContain('记录进展');
    expect(page.root.textContent).toContain('时间线');
  });
});

describe('dashboard: the list', () => {
  it('lists open orders with their flags and links', async () => {
    useLocale('en');
    await ingestSnapshots(page.db, [createSnapshot()], new Date().toISOString());
    mount('#/');
    await settle(() => !!page.root.querySelector('table.orders tbody tr'));
    const row = $('tr[data-order-id="1042"]');
    expect(row.textContent).toContain('Jane Doe');
    expect(row.textContent).toContain('$1,238.80');
    expect(row.querySelector('a')!.getAttribute('href')).toBe('#/order/woocommerce/http%3A%2F%2Fshop.test/1042');
  });
});
