import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPanel } from '@/lib/panel/run-panel';
import { CONFIRM_DELAY_MS } from '@/lib/panel/panel-view';
import type { ClickGuard } from '@/lib/panel/click-guard';
import type { ChasePanelModel } from '@/lib/messaging/panel-model';
import {
  PanelToBg,
  type BgMessage,
  type BgResponse,
  type PanelModelMessage,
  type PanelSendOutcome,
} from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';

const ORDER = { marketplace: 'woocommerce', orderId: '1042' } as const;
const SEND_ID = '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11';
const TEXT =
  'Hello Jane Doe,\nyour order #1042 for $1,238.80 is still unpaid. Pay here: http://shop.test/checkout/order-pay/1042/';

function model(overrides: Partial<ChasePanelModel> = {}): ChasePanelModel {
  return {
    order: { orderId: '1042', buyer: 'Jane Doe', owed: '$1,238.80', stage: 'unpaid', remindersSent: 0, paused: false },
    next: { tone: 'friendly', dueAt: '2026-11-20T14:05:22.000Z', timing: 'ladder', due: true },
    draft: {
      tone: 'friendly',
      locale: 'en',
      subject: 'Order #1042: payment reminder',
      text: TEXT,
      warnings: [],
      offers: { instalments: false, extension: false },
    },
    channels: [
      { channel: 'console-form', label: 'Order note to the customer (WooCommerce emails it)' },
      {
        channel: 'console-invoice',
        label: 'WooCommerce order details email (with the payment link)',
        note: 'WooCommerce sends its own order email with the payment link; the text below is not used.',
      },
      { channel: 'mail-draft', label: 'Mail draft to the buyer', maxLength: 1200 },
      { channel: 'copied', label: 'Copy the text' },
    ],
    ruleDates: [{ kind: 'auto-close', at: '2026-11-19T15:05:22.000Z', unverified: false }],
    unpaidElsewhere: [],
    sendId: SEND_ID,
    ...overrides,
  };
}

/** A stand-in background: answers MODEL (a model, or one built from the message), SEND (an outcome or a refusal) and FINISH. */
function fakeBackground(
  panel: ChasePanelModel | ((m: PanelModelMessage) => ChasePanelModel),
  send?: PanelSendOutcome | { refuse: string },
) {
  const seen: BgMessage[] = [];
  const ask = vi.fn(async (message: BgMessage): Promise<BgResponse> => {
    seen.push(message);
    switch (message.type) {
      case PanelToBg.MODEL:
        return { ok: true, result: typeof panel === 'function' ? panel(message) : panel };
      case PanelToBg.SEND:
        if (!send) return { ok: false, error: 'internal', detail: 'no send planned' };
        return 'refuse' in send ? { ok: false, error: 'refused', detail: send.refuse } : { ok: true, result: send };
      case PanelToBg.FINISH:
        return { ok: true, result: null };
      default:
        return { ok: false, error: 'invalid-message', detail: 'unexpected' };
    }
  });
  return {
    ask,
    seen,
    of: <T extends BgMessage['type']>(type: T) =>
      seen.filter((m): m is Extract<BgMessage, { type: T }> => m.type === type),
  };
}

function fakeGuard(over: Partial<ClickGuard> = {}): ClickGuard {
  return { visibleNow: async () => true, needsConfirmation: false, ...over };
}

/**
 * The seller's own click. happy-dom (21) does not implement Event.isTrusted at all: it reads
 * undefined, so `element.click()` and `dispatchEvent(new MouseEvent('click'))` both count as a
 * script's click for the panel. A real click is stood in for by an event whose own isTrusted is true.
 */
function trustedClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

let root: HTMLElement;
const text = () => root.textContent ?? '';
const sendButton = () => root.querySelector<HTMLButtonElement>('button.send:not(.confirm-yes)')!;
/** Lets the fake background's answers and the panel's re-render run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  useLocale('en');
  root = document.createElement('div');
  root.id = 'panel';
  document.body.replaceChildren(root);
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'execCommand');
});

/** The click guard looks at the panel before a click counts (a fresh observation): let it answer. */
const observed = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

describe('order panel (Settle’s own frame)', () => {
  it('asks the background for its order and shows the order, the marketplace’s dates and the draft', async () => {
    const bg = fakeBackground(model());
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    expect(bg.of(PanelToBg.MODEL)).toEqual([{ type: PanelToBg.MODEL, marketplace: 'woocommerce', orderId: '1042' }]);
    expect(text()).toContain('Order #1042 · Jane Doe owes $1,238.80');
    expect(text()).toContain('Next reminder: Friendly reminder — due now');
    expect(text()).toContain('The platform may close it by itself at');
    expect(text()).toContain('Nov 19, 2026');
    expect(root.querySelector('.draft')?.textContent).toBe(TEXT);
    expect(sendButton().textContent).toBe('Send reminder');
    expect(sendButton().disabled).toBe(false);
    expect(root.querySelector('.sign-hint')).toBeNull();
  });

  it('shows a due date the console gives as a day as that day, without a time, in Chinese too', async () => {
    const ruleDates = [{ kind: 'payment-due', at: '2026-12-02T00:00:00.000Z', day: '2026-12-02', unverified: false }];
    await runPanel(root, ORDER, fakeBackground(model({ ruleDates })).ask, fakeGuard());
    expect(root.querySelector('ul.rules')?.textContent).toBe('Payment due Dec 2, 2026');
    useLocale('zh_CN');
    await runPanel(root, ORDER, fakeBackground(model({ ruleDates })).ask, fakeGuard());
    expect(root.querySelector('ul.rules')?.textContent).toBe('付款期限 2026年12月2日');
  });

  it('shows buyer text as text, never as markup', async () => {
    const bg = fakeBackground(
      model({
        order: { ...model().order, buyer: '<img src=x onerror=alert(1)>' },
        draft: { ...model().draft!, text: '<script>alert(1)</script>' },
      }),
    );
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    expect(root.querySelector('img, script')).toBeNull();
    expect(text()).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.draft')?.textContent).toBe('<script>alert(1)</script>');
  });

  it('flags a repeat non-payer', async () => {
    await runPanel(
      root,
      ORDER,
      fakeBackground(model({ unpaidElsewhere: [{ orderId: '1040', stage: 'written_off' }] })).ask,
      fakeGuard(),
    );
    const flag = root.querySelector('[role="alert"]');
    expect(flag?.textContent).toContain('This buyer left order #1040 unpaid before. Check before you trust');
  });

  it('says why sending is held back and disables Send', async () => {
    const bg = fakeBackground(model({ blocked: { reason: 'daily-cap', until: '2026-11-23T00:00:00.000Z' } }), {
      status: 'sent',
    });
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    expect(text()).toContain('Today’s reminder limit for this shop is reached');
    expect(sendButton().disabled).toBe(true);
    trustedClick(sendButton());
    await settle();
    expect(bg.of(PanelToBg.SEND)).toHaveLength(0);
  });

  it('shows the sign hint when reminders are unsigned', async () => {
    await runPanel(root, ORDER, fakeBackground(model({ unsigned: true })).ask, fakeGuard());
    expect(root.querySelector('.sign-hint')?.textContent).toBe(
      'Reminders are signed with your name or business: add it in the options.',
    );
  });

  it('asks for a redraft with the ticked offer, and sends with it', async () => {
    const bg = fakeBackground(
      (m) => model({ draft: { ...model().draft!, offers: m.offers ?? { instalments: false, extension: false } } }),
      { status: 'sent' },
    );
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    const tick = root.querySelector<HTMLInputElement>('input[data-offer="instalments"]')!;
    tick.checked = true;
    tick.dispatchEvent(new Event('change'));
    await settle();
    expect(bg.of(PanelToBg.MODEL).at(-1)).toMatchObject({
      locale: 'en',
      offers: { instalments: true, extension: false },
    });
    expect(root.querySelector<HTMLInputElement>('input[data-offer="instalments"]')!.checked).toBe(true);
    trustedClick(sendButton());
    await vi.waitFor(() => expect(text()).toContain('Reminder sent and logged.'));
    expect(bg.of(PanelToBg.SEND)).toEqual([
      {
        type: PanelToBg.SEND,
        sendId: SEND_ID,
        marketplace: 'woocommerce',
        orderId: '1042',
        tone: 'friendly',
        locale: 'en',
        channel: 'console-form',
        offers: { instalments: true, extension: false },
      },
    ]);
  });
});

describe('clicking Send', () => {
  it('ignores a click a script makes (not trusted)', async () => {
    const bg = fakeBackground(model(), { status: 'sent' });
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    sendButton().click();
    sendButton().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(bg.of(PanelToBg.SEND)).toHaveLength(0);
    expect(sendButton().disabled).toBe(false);
  });

  it('sends nothing when the panel was not visible where the click landed, and says so', async () => {
    const bg = fakeBackground(model(), { status: 'sent' });
    const visibleNow = vi.fn(async () => false);
    await runPanel(root, ORDER, bg.ask, fakeGuard({ visibleNow }));
    trustedClick(sendButton());
    await settle();
    expect(visibleNow).toHaveBeenCalled();
    expect(bg.of(PanelToBg.SEND)).toHaveLength(0);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      "Settle's panel is hidden, covered or restyled on this page, so this click did not send anything.",
    );
    expect(sendButton().disabled).toBe(false);
  });

  it('without IntersectionObserver v2 asks once more, with a Yes that takes clicks only after CONFIRM_DELAY_MS', async () => {
    const bg = fakeBackground(model(), { status: 'sent' });
    await runPanel(root, ORDER, bg.ask, fakeGuard({ needsConfirmation: true }));
    vi.useFakeTimers();
    trustedClick(sendButton());
    await observed();
    const dialog = root.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('Send this reminder to Jane Doe now?');
    expect(sendButton().disabled).toBe(true);
    const yes = root.querySelector<HTMLButtonElement>('button.confirm-yes')!;
    expect(yes.textContent).toBe('Yes, send it');
    expect(yes.disabled).toBe(true);
    trustedClick(yes); // too soon: a second click meant for Send
    vi.advanceTimersByTime(CONFIRM_DELAY_MS - 1);
    expect(yes.disabled).toBe(true);
    vi.advanceTimersByTime(1);
    expect(yes.disabled).toBe(false);
    expect(bg.of(PanelToBg.SEND)).toHaveLength(0);
    yes.click(); // a script's click on Yes
    expect(bg.of(PanelToBg.SEND)).toHaveLength(0);
    vi.useRealTimers();
    trustedClick(yes);
    trustedClick(yes);
    await vi.waitFor(() => expect(text()).toContain('Reminder sent and logged.'));
    expect(bg.of(PanelToBg.SEND)).toEqual([expect.objectContaining({ sendId: SEND_ID, channel: 'console-form' })]);
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('Cancel on the confirmation sends nothing and gives Send back', async () => {
    const bg = fakeBackground(model(), { status: 'sent' });
    await runPanel(root, ORDER, bg.ask, fakeGuard({ needsConfirmation: true }));
    trustedClick(sendButton());
    await observed();
    trustedClick(root.querySelector('button.confirm-no')!);
    await settle();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(sendButton().disabled).toBe(false);
    expect(bg.of(PanelToBg.SEND)).toHaveLength(0);
  });

  it('sends once on a double click, with the draft’s sendId', async () => {
    const bg = fakeBackground(model(), { status: 'sent' });
    const panel = await runPanel(root, ORDER, bg.ask, fakeGuard());
    const send = sendButton();
    trustedClick(send);
    trustedClick(send);
    trustedClick(sendButton());
    const concurrent = panel.send('console-form', 'en');
    await observed();
    expect(sendButton().textContent).toBe('Sending…');
    await concurrent;
    await vi.waitFor(() => expect(text()).toContain('Reminder sent and logged.'));
    expect(bg.of(PanelToBg.SEND)).toEqual([expect.objectContaining({ sendId: SEND_ID })]);
    expect(bg.of(PanelToBg.MODEL)).toHaveLength(2); // the first load and the reload after the send
  });
});

describe('what the background answers to Send', () => {
  async function sendWith(outcome: PanelSendOutcome | { refuse: string }) {
    const bg = fakeBackground(model(), outcome);
    const panel = await runPanel(root, ORDER, bg.ask, fakeGuard());
    await panel.send('console-form', 'en');
    return bg;
  }
  const status = () => root.querySelector('[role="status"]');

  it('sent: says it is sent and logged', async () => {
    await sendWith({ status: 'sent' });
    expect(status()?.textContent).toBe('Reminder sent and logged.');
    expect(status()?.className).toBe('status ok');
  });

  it('failed: shows the error', async () => {
    await sendWith({ status: 'failed', error: 'The order note box was not found on this page.' });
    expect(status()?.textContent).toBe('The reminder was not sent: The order note box was not found on this page.');
    expect(status()?.className).toBe('status error');
  });

  it('unknown: says Settle could not learn whether it went out', async () => {
    await sendWith({ status: 'unknown' });
    expect(status()?.textContent).toContain('Settle could not learn whether this reminder went out');
  });

  it('a refusal is shown and nothing else happens', async () => {
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const bg = await sendWith({ refuse: 'The console now shows this order as “Processing”: no reminder was sent.' });
    expect(status()?.textContent).toBe(
      'The reminder was not sent: The console now shows this order as “Processing”: no reminder was sent.',
    );
    expect(bg.seen.map((m) => m.type)).toEqual([PanelToBg.MODEL, PanelToBg.SEND, PanelToBg.MODEL]);
    expect(exec).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('do-it copy (plain-http fallback): copies with the copy command, then reports FINISH ok', async () => {
    const copied: string[] = [];
    const exec = vi.fn(() => {
      copied.push(document.querySelector('textarea')?.value ?? '');
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const bg = await sendWith({ status: 'do-it', action: { kind: 'copy', text: TEXT }, text: TEXT });
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toEqual([TEXT]);
    expect(document.querySelector('textarea')).toBeNull();
    expect(bg.of(PanelToBg.FINISH)).toEqual([{ type: PanelToBg.FINISH, sendId: SEND_ID, ok: true }]);
    expect(status()?.textContent).toBe('Copied. Paste it to the buyer; the reminder is logged.');
  });

  it('do-it copy (secure page): writes to the clipboard, then reports FINISH ok', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const bg = await sendWith({ status: 'do-it', action: { kind: 'copy', text: TEXT }, text: TEXT });
      expect(writeText).toHaveBeenCalledWith(TEXT);
      expect(bg.of(PanelToBg.FINISH)).toEqual([expect.objectContaining({ sendId: SEND_ID, ok: true })]);
    } finally {
      Reflect.deleteProperty(window, 'isSecureContext');
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('do-it copy refused: reports FINISH not ok and shows why', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const bg = await sendWith({ status: 'do-it', action: { kind: 'copy', text: TEXT }, text: TEXT });
    expect(bg.of(PanelToBg.FINISH)).toEqual([expect.objectContaining({ sendId: SEND_ID, ok: false })]);
    expect(status()?.className).toBe('status error');
  });
});

describe('Capture evidence, from the panel', () => {
  /** A background that answers MODEL, SEND (sent) and CAPTURE with `capture(trigger)`. */
  function capturingBackground(capture: (trigger: string) => BgResponse) {
    const seen: BgMessage[] = [];
    const ask = vi.fn(async (message: BgMessage): Promise<BgResponse> => {
      seen.push(message);
      if (message.type === PanelToBg.MODEL) return { ok: true, result: model() };
      if (message.type === PanelToBg.SEND) return { ok: true, result: { status: 'sent' } };
      if (message.type === PanelToBg.CAPTURE) return capture(message.trigger);
      if (message.type === PanelToBg.OPEN_CAPTURE_SETTINGS) return { ok: true, result: undefined };
      return { ok: false, error: 'invalid-message', detail: 'unexpected' };
    });
    return { ask, seen };
  }
  const kept = { kept: [{ kind: 'screenshot', name: 's.png', bytes: 1, sha256: 'a'.repeat(64) }], failed: [] };
  const captureLine = () => root.querySelector('.capture-status')?.textContent;

  it('captures this order at the seller’s click and says what was kept', async () => {
    const bg = capturingBackground(() => ({ ok: true, result: kept }));
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    trustedClick(root.querySelector('button.capture-button')!);
    for (let i = 0; i < 5; i++) await settle();
    expect(bg.seen.filter((m) => m.type === PanelToBg.CAPTURE)).toEqual([
      { type: PanelToBg.CAPTURE, marketplace: 'woocommerce', orderId: '1042', trigger: 'seller' },
    ]);
    expect(captureLine()).toBe('Kept as evidence: Screenshot.');
  });

  it('without the browser’s permission says why and sends the seller to Settle’s options to allow it', async () => {
    const bg = capturingBackground(() => ({ ok: true, result: { kept: [], failed: [], skipped: 'no-permission' } }));
    await runPanel(root, ORDER, bg.ask, fakeGuard());
    trustedClick(root.querySelector('button.capture-button')!);
    for (let i = 0; i < 5; i++) await settle();
    expect(root.querySelector('.capture-why')?.textContent).toContain("needs your browser's permission");
    trustedClick(root.querySelector('button.capture-allow')!);
    await settle();
    expect(bg.seen.at(-1)).toEqual({ type: PanelToBg.OPEN_CAPTURE_SETTINGS });
  });

  it('keeps the page right after a sent reminder, and says so; off in Options, it says nothing', async () => {
    const on = capturingBackground(() => ({ ok: true, result: kept }));
    const controller = await runPanel(root, ORDER, on.ask, fakeGuard());
    await controller.send('console-form', 'en');
    expect(on.seen.filter((m) => m.type === PanelToBg.CAPTURE).map((m) => (m as { trigger: string }).trigger)).toEqual([
      'send',
    ]);
    expect(captureLine()).toBe('The page was captured as it is now, with the reminder.');

    root.replaceChildren();
    const off = capturingBackground(() => ({ ok: true, result: { kept: [], failed: [], skipped: 'off' } }));
    const quiet = await runPanel(root, ORDER, off.ask, fakeGuard());
    await quiet.send('console-form', 'en');
    expect(captureLine()).toBeUndefined();
  });

  it('does not capture after the invoice action: that reloads the page it was sent from', async () => {
    const bg = capturingBackground(() => ({ ok: true, result: kept }));
    const controller = await runPanel(root, ORDER, bg.ask, fakeGuard());
    await controller.send('console-invoice', 'en');
    expect(bg.seen.filter((m) => m.type === PanelToBg.CAPTURE)).toEqual([]);
  });
});
