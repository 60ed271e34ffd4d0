import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adapter } from '@/lib/marketplaces/woocommerce';
import { runChasePanel } from '@/lib/content/run-chase-panel';
import type { ChasePanelModel, SendPlan } from '@/lib/messaging/panel-model';
import type { BgMessage, BgResponse } from '@/lib/messaging/types';
import { wooConsoleContact } from '@/lib/marketplaces/woocommerce/contact';
import { useLocale } from '../support/i18n';

const URL_EDIT = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const SEND_ID = '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11';
const TEXT = 'Hello Jane Doe,\nyour order #1042 for $1,238.80 is still unpaid. Pay here: http://shop.test/checkout/order-pay/1042/';

function loadPage(name = 'hpos-edit-pending-en') {
  // Stylesheets and external scripts are dropped: the fast DOM would try to fetch them.
  const html = readFileSync(`tests/fixtures/woocommerce/${name}.html`, 'utf8').replace(/<link\b[^>]*>/g, '').replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '');
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = saved.documentElement.lang;
  document.head.innerHTML = saved.head.innerHTML;
  document.body.innerHTML = saved.body.innerHTML;
}

function model(overrides: Partial<ChasePanelModel> = {}): ChasePanelModel {
  return {
    order: { orderId: '1042', buyer: 'Jane Doe', owed: '$1,238.80', stage: 'unpaid', remindersSent: 0, paused: false },
    next: { tone: 'friendly', dueAt: '2026-11-20T14:05:22.000Z', timing: 'ladder', due: true },
    draft: { tone: 'friendly', locale: 'en', subject: 'Order #1042: payment reminder', text: TEXT, warnings: [], offers: { instalments: false, extension: false } },
    channels: [{ channel: 'console-form' }, { channel: 'console-invoice' }, { channel: 'mail-draft', maxLength: 1200 }, { channel: 'copied' }],
    ruleDates: [{ kind: 'auto-close', at: '2026-11-19T15:05:22.000Z', unverified: false }],
    unpaidElsewhere: [],
    sendId: SEND_ID,
    ...overrides,
  };
}

/** A stand-in background: answers the panel, plans sends, records what it was told. */
function fakeBackground(panel: ChasePanelModel, plan?: SendPlan | { refuse: string }) {
  const seen: BgMessage[] = [];
  const ask = vi.fn(async (message: BgMessage): Promise<BgResponse> => {
    seen.push(message);
    if (message.type === 'cs-bg-chase-panel') return { ok: true, result: panel };
    if (message.type === 'cs-bg-send-begin') return plan && 'refuse' in plan ? { ok: false, error: 'refused', detail: plan.refuse } : { ok: true, result: plan };
    if (message.type === 'cs-bg-send-finish') return { ok: true, result: { ok: message.ok } };
    return { ok: false, error: 'invalid-message', detail: 'unexpected' };
  });
  return { ask, seen, of: (type: BgMessage['type']) => seen.filter((m) => m.type === type) };
}

/** What WooCommerce's own admin script does when "Add note" is clicked: the note appears at the top. */
function actLikeWooCommerce() {
  document.querySelector('button.add_note')!.addEventListener('click', () => {
    const text = (document.querySelector('#add_order_note') as HTMLTextAreaElement).value;
    const type = (document.querySelector('#order_note_type') as HTMLSelectElement).value;
    setTimeout(() => {
      const li = document.createElement('li');
      li.className = `note ${type === 'customer' ? 'customer-note' : ''}`;
      li.innerHTML = '<div class="note_content"><p></p></div>';
      // As wpautop renders it: line breaks become <br>, so the note's text has no newlines.
      const p = li.querySelector('p')!;
      text.split('\n').forEach((line, i) => p.append(...(i ? [document.createElement('br')] : []), line));
      document.querySelector('ul.order_notes')!.prepend(li);
    }, 5);
  });
}

const panelText = () => document.getElementById('settle-chase-panel')!.shadowRoot!.querySelector('section, p')?.textContent ?? '';

beforeEach(() => {
  useLocale('en');
  loadPage();
});

describe('order page panel', () => {
  it('shows the order, the marketplace dates and the drafted next reminder at the top of the page', async () => {
    const bg = fakeBackground(model());
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    expect(panel?.host.parentElement?.matches('#wpbody-content > .wrap')).toBe(true);
    expect(panelText()).toContain('Order #1042 · Jane Doe owes $1,238.80');
    expect(panelText()).toContain('Next reminder: Friendly reminder — due now');
    expect(panelText()).toContain('The platform may close it by itself at');
    expect(panelText()).toContain('your order #1042 for $1,238.80 is still unpaid');
    expect(panel!.host.shadowRoot!.querySelector('button.send')?.textContent).toBe('Send reminder');
  });

  it('shows buyer text as text, never as markup', async () => {
    const bg = fakeBackground(model({ order: { ...model().order, buyer: '<img src=x onerror=alert(1)>' }, draft: { ...model().draft!, text: '<script>alert(1)</script>' } }));
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    expect(panel!.host.shadowRoot!.querySelector('img, script:not(style)')).toBeNull();
    expect(panelText()).toContain('<img src=x onerror=alert(1)>');
  });

  it('flags a repeat non-payer on the order', async () => {
    await runChasePanel(adapter, document, URL_EDIT, '1042', fakeBackground(model({ unpaidElsewhere: [{ orderId: '1040', stage: 'written_off' }] })).ask);
    expect(panelText()).toContain('This buyer left order #1040 unpaid before. Check before you trust');
  });

  it('says why sending is held back and disables the button', async () => {
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', fakeBackground(model({ blocked: { reason: 'daily-cap', until: '2026-11-23T00:00:00.000Z' } })).ask);
    expect(panelText()).toContain('Today’s reminder limit for this shop is reached');
    expect(panel!.host.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.disabled).toBe(true);
  });

  it('asks for a redraft with an offer of instalments when the seller ticks it, and sends with it', async () => {
    const bg = fakeBackground(model(), { refuse: 'x' });
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    const tick = panel!.host.shadowRoot!.querySelector<HTMLInputElement>('input[data-offer="instalments"]')!;
    tick.checked = true;
    tick.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 10));
    expect(bg.of('cs-bg-chase-panel').at(-1)).toMatchObject({ offers: { instalments: true, extension: false } });
  });

  it('ignores a click that a script on the page makes (only the seller sends)', async () => {
    const bg = fakeBackground(model());
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    panel!.host.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
    await new Promise((r) => setTimeout(r, 10));
    expect(bg.of('cs-bg-send-begin')).toHaveLength(0);
  });
});

describe('sending from the order page', () => {
  it('sends through the order note to the customer: re-reads the page, fills the form, waits for WooCommerce, logs it', async () => {
    actLikeWooCommerce();
    const bg = fakeBackground(model(), { action: { kind: 'console-form', text: TEXT }, text: TEXT, subject: 's' });
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    await panel!.send('console-form', 'en');
    const begin = bg.of('cs-bg-send-begin')[0];
    expect(begin).toMatchObject({ sendId: SEND_ID, channel: 'console-form', tone: 'friendly', locale: 'en', reading: { ok: true, orders: [expect.objectContaining({ orderId: '1042', status: 'unpaid' })] } });
    expect(bg.of('cs-bg-send-finish')).toEqual([expect.objectContaining({ sendId: SEND_ID, ok: true })]);
    expect(document.querySelector('ul.order_notes li.customer-note')?.textContent).toContain('is still unpaid');
    expect((document.querySelector('#order_note_type') as HTMLSelectElement).value).toBe('customer');
    expect(panelText()).toContain('Reminder sent and logged.');
  });

  it('sends once when Send is pressed twice', async () => {
    actLikeWooCommerce();
    const bg = fakeBackground(model(), { action: { kind: 'console-form', text: TEXT }, text: TEXT, subject: 's' });
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    await Promise.all([panel!.send('console-form', 'en'), panel!.send('console-form', 'en')]);
    expect(bg.of('cs-bg-send-begin')).toHaveLength(1);
    expect(document.querySelectorAll('ul.order_notes li.customer-note')).toHaveLength(1);
  });

  it('shows the background’s refusal (the console now shows the order paid) and does nothing', async () => {
    const bg = fakeBackground(model(), { refuse: 'The console now shows this order as “Processing”: no reminder was sent.' });
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    await panel!.send('console-form', 'en');
    expect(panelText()).toContain('The reminder was not sent: The console now shows this order as “Processing”');
    expect(bg.of('cs-bg-send-finish')).toHaveLength(0);
    expect((document.querySelector('#add_order_note') as HTMLTextAreaElement).value).toBe('');
  });

  it('logs a failure when the note box is missing, without counting a reminder', async () => {
    document.querySelector('.add_note')!.remove();
    const bg = fakeBackground(model(), { action: { kind: 'console-form', text: TEXT }, text: TEXT, subject: 's' });
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    await panel!.send('console-form', 'en');
    expect(bg.of('cs-bg-send-finish')).toEqual([expect.objectContaining({ ok: false, error: 'The order note box was not found on this page.' })]);
    expect(panelText()).toContain('The reminder was not sent: The order note box was not found');
  });

  it('runs WooCommerce’s “Email invoice / order details” action after logging the send', async () => {
    const order: string[] = [];
    const bg = fakeBackground(model(), { action: { kind: 'console-action', name: 'send_order_details' }, text: TEXT, subject: 's' });
    bg.ask.mockImplementationOnce(bg.ask.getMockImplementation()!);
    const runAction = vi.spyOn(wooConsoleContact, 'runAction').mockImplementation(() => void order.push('submitted'));
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', async (m) => {
      if (m.type === 'cs-bg-send-finish') order.push('logged');
      return bg.ask(m);
    });
    await panel!.send('console-invoice', 'en');
    expect(runAction).toHaveBeenCalledWith(document, 'send_order_details');
    expect(order).toEqual(['logged', 'submitted']);
  });

  it('fills the real order action select and submits with Apply', () => {
    let submitted = '';
    document.querySelector('button.wc-reload')!.addEventListener('click', (e) => {
      e.preventDefault();
      submitted = (document.querySelector('select[name="wc_order_action"]') as HTMLSelectElement).value;
    });
    expect(wooConsoleContact.hasAction(document, 'send_order_details')).toBe(true);
    expect(wooConsoleContact.hasAction(document, 'delete_everything')).toBe(false);
    wooConsoleContact.runAction(document, 'send_order_details');
    expect(submitted).toBe('send_order_details');
  });

  it('copies the text on a plain-http console with the copy command', async () => {
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const bg = fakeBackground(model(), { action: { kind: 'copy', text: TEXT }, text: TEXT, subject: 's' });
    const panel = await runChasePanel(adapter, document, URL_EDIT, '1042', bg.ask);
    await panel!.send('copied', 'en');
    expect(exec).toHaveBeenCalledWith('copy');
    expect(bg.of('cs-bg-send-finish')).toEqual([expect.objectContaining({ ok: true })]);
    expect(panelText()).toContain('Copied. Paste it to the buyer');
  });

  it('reads the Chinese console page again at the click (legacy edit page)', async () => {
    useLocale('zh_CN');
    loadPage('legacy-edit-pending-zh');
    const url = 'http://shop.example.cn/wp-admin/post.php?post=2088&action=edit';
    const bg = fakeBackground(model({ order: { ...model().order, orderId: '2088', buyer: '张伟', owed: '¥298.00' } }), { refuse: 'x' });
    const panel = await runChasePanel(adapter, document, url, '2088', bg.ask);
    expect(panelText()).toContain('订单 #2088 · 张伟 欠款 ¥298.00');
    expect(panelText()).toContain('发送提醒');
    await panel!.send('console-form', 'zh_CN');
    expect(bg.of('cs-bg-send-begin')[0]).toMatchObject({ reading: { ok: true, orders: [expect.objectContaining({ orderId: '2088', total: { amount: 29800, currency: 'CNY' } })] } });
  });
});
