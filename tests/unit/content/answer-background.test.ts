import { runCaptureStep } from '@/lib/content/page-capture';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adapter as wooAdapter } from '@/lib/marketplaces/woocommerce';
import { wooConsoleContact } from '@/lib/marketplaces/woocommerce/console-contact';
import type { ConsoleContact, MarketplaceAdapter } from '@/lib/marketplaces/types';
import { answerBackground } from '@/lib/content/answer-background';
import { consoleSend } from '@/lib/content/perform-send';
import type { PanelFrame } from '@/lib/content/panel-frame';
import { BgToCs } from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';

const URL_EDIT = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const URL_LEGACY_ZH = 'http://shop.example.cn/wp-admin/post.php?post=2088&action=edit';
const TEXT =
  'Hello Jane Doe,\nyour order #1042 for $1,238.80 is still unpaid. Pay here: http://shop.test/checkout/order-pay/1042/';

function loadPage(name = 'hpos-edit-pending-en') {
  // Stylesheets and external scripts are dropped: the fast DOM would try to fetch them.
  const html = readFileSync(`tests/fixtures/woocommerce/${name}.html`, 'utf8')
    .replace(/<link\b[^>]*>/g, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '');
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = saved.documentElement.lang;
  document.head.innerHTML = saved.head.innerHTML;
  document.body.innerHTML = saved.body.innerHTML;
}
const expected = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/woocommerce/${name}.expected.json`, 'utf8')) as { orders: unknown[] };

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

const customerNotes = () => document.querySelectorAll('ul.order_notes li.customer-note');

/**
 * WooCommerce's contact with a stand-in for the server check (`confirmOnServer` fetches the order
 * page afresh in the extension; here it answers `onServer` and notes whether the page already showed the note).
 */
function withServer(onServer: boolean) {
  const asked: { url: string; text: string; notesInPage: number }[] = [];
  const confirmOnServer = vi.fn(async (url: string, text: string) => {
    asked.push({ url, text, notesInPage: customerNotes().length });
    return onServer;
  });
  const contact: ConsoleContact & { confirmOnServer: typeof confirmOnServer } = {
    sendForm: (doc, text, signal) => wooConsoleContact.sendForm(doc, text, signal),
    hasAction: (doc, name) => wooConsoleContact.hasAction(doc, name),
    runAction: (doc, name) => wooConsoleContact.runAction(doc, name),
    confirmOnServer,
  };
  return { contact, asked };
}

/** The content script's answerer, with `contact` as what its console's contact script gives. */
const answer = (adapter: MarketplaceAdapter, url = URL_EDIT, frame?: PanelFrame, contact?: ConsoleContact) =>
  answerBackground(
    adapter,
    document,
    () => url,
    () => frame,
    async () => contact && consoleSend(contact),
    async () => runCaptureStep,
  );

beforeEach(() => {
  useLocale('en');
  loadPage();
});

describe('READ: the page read again at the click', () => {
  it('reads the English HPOS order page', async () => {
    const reading = await answer(wooAdapter)({ type: BgToCs.READ });
    expect(reading).toMatchObject({
      ok: true,
      marketplace: 'woocommerce',
      kind: 'order-detail',
      orders: expected('hpos-edit-pending-en').orders,
    });
  });

  it('reads the Chinese legacy order page at its legacy address', async () => {
    useLocale('zh_CN');
    loadPage('legacy-edit-pending-zh');
    const reading = await answer(wooAdapter, URL_LEGACY_ZH)({ type: BgToCs.READ });
    expect(reading).toMatchObject({
      ok: true,
      kind: 'order-detail',
      orders: expected('legacy-edit-pending-zh').orders,
    });
    expect(reading).toMatchObject({
      orders: [{ orderId: '2088', status: 'unpaid', total: { amount: 29800, currency: 'CNY' } }],
    });
  });

  it('says the page cannot be read when it is not an order page', async () => {
    loadPage('not-orders-dashboard');
    const reading = await answer(wooAdapter, 'http://shop.test/wp-admin/index.php')({ type: BgToCs.READ });
    expect(reading).toMatchObject({ ok: false });
  });
});

describe('PERFORM console-form: the note to the customer', () => {
  it('fills WooCommerce’s note form, waits for the note, and counts it sent when the server has it', async () => {
    actLikeWooCommerce();
    const { contact, asked } = withServer(true);
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      contact,
    )({ type: BgToCs.PERFORM, action: { kind: 'console-form', text: TEXT } });
    expect(outcome).toEqual({ ok: true });
    expect((document.querySelector('#add_order_note') as HTMLTextAreaElement).value).toBe(TEXT);
    expect((document.querySelector('#order_note_type') as HTMLSelectElement).value).toBe('customer');
    expect(customerNotes()).toHaveLength(1);
    expect(customerNotes()[0]?.textContent).toContain('is still unpaid');
    // The server is asked once the page showed the note, with the page's address and the exact text.
    expect(asked).toEqual([{ url: URL_EDIT, text: TEXT, notesInPage: 1 }]);
  });

  it('is not sent when a page script fakes the note in the page but the server does not have it', async () => {
    document.querySelector('button.add_note')!.addEventListener('click', () => {
      const li = document.createElement('li');
      li.className = 'note customer-note';
      li.innerHTML = '<div class="note_content"><p></p></div>';
      li.querySelector('p')!.textContent = (document.querySelector('#add_order_note') as HTMLTextAreaElement).value;
      document.querySelector('ul.order_notes')!.prepend(li);
    });
    const { contact } = withServer(false);
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      contact,
    )({ type: BgToCs.PERFORM, action: { kind: 'console-form', text: TEXT } });
    expect(customerNotes()).toHaveLength(1);
    expect(contact.confirmOnServer).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({
      ok: false,
      sent: false,
      error: "The console's order notes do not show this reminder, so it did not go out.",
    });
  });

  it('is not sent, with the note box error, when the note box is missing', async () => {
    document.querySelector('.add_note')!.remove();
    const { contact } = withServer(false);
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      contact,
    )({ type: BgToCs.PERFORM, action: { kind: 'console-form', text: TEXT } });
    expect(outcome).toEqual({ ok: false, sent: false, error: 'The order note box was not found on this page.' });
  });

  it('is not sent when the console has no contact at all (or its contact script did not load)', async () => {
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      undefined,
    )({ type: BgToCs.PERFORM, action: { kind: 'console-form', text: TEXT } });
    expect(outcome).toEqual({ ok: false, sent: false, error: 'The order note box was not found on this page.' });
  });

  it('refuses an action the content script does not carry out (copy is the panel’s)', async () => {
    const { contact } = withServer(true);
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      contact,
    )({ type: BgToCs.PERFORM, action: { kind: 'copy', text: TEXT } });
    expect(outcome).toEqual({
      ok: false,
      sent: false,
      error: 'That way of reaching the buyer is not available for this order.',
    });
  });
});

describe('PERFORM console-action: WooCommerce’s order action', () => {
  it('answers {ok:true} first, then runs “Email invoice / order details” with the real select and Apply', async () => {
    const events: string[] = [];
    document.querySelector('button.wc-reload')!.addEventListener('click', (e) => {
      e.preventDefault();
      events.push(`submitted ${(document.querySelector('select[name="wc_order_action"]') as HTMLSelectElement).value}`);
    });
    const { contact } = withServer(true);
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      contact,
    )({ type: BgToCs.PERFORM, action: { kind: 'console-action', name: 'send_order_details' } });
    events.push('answered');
    expect(outcome).toEqual({ ok: true });
    await vi.waitFor(() => expect(events).toEqual(['answered', 'submitted send_order_details']));
  });

  it('is not sent when the action is not on the page', async () => {
    const { contact } = withServer(true);
    const runAction = vi.spyOn(contact, 'runAction');
    const outcome = await answer(
      wooAdapter,
      URL_EDIT,
      undefined,
      contact,
    )({ type: BgToCs.PERFORM, action: { kind: 'console-action', name: 'delete_everything' } });
    expect(outcome).toEqual({
      ok: false,
      sent: false,
      error: 'The order action “delete_everything” is not on this page.',
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(runAction).not.toHaveBeenCalled();
  });
});

describe('SIZE', () => {
  it('sizes the panel’s frame', async () => {
    const frame: PanelFrame = { host: document.createElement('div'), setHeight: vi.fn() };
    expect(await answer(wooAdapter, URL_EDIT, frame)({ type: BgToCs.SIZE, height: 420 })).toBeNull();
    expect(frame.setHeight).toHaveBeenCalledWith(420);
  });

  it('does nothing when no panel is mounted', async () => {
    expect(await answer(wooAdapter)({ type: BgToCs.SIZE, height: 420 })).toBeNull();
  });
});

describe('WHERE', () => {
  it('says the page’s address, for a browser that hides it from the background (Firefox)', async () => {
    expect(await answer(wooAdapter, URL_LEGACY_ZH)({ type: BgToCs.WHERE })).toBe(URL_LEGACY_ZH);
  });
});
