import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPanel } from '@/lib/panel/run-panel';
import type { ChasePanelModel } from '@/lib/messaging/panel-model';
import { PanelToBg, type BgMessage, type BgResponse, type PanelSendOutcome } from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';

// Seen: after Send or Copy the panel re-rendered and the focus fell to the page body, so a
// keyboard user started again from the top of the console page.

const TEXT = 'Hello Jane Doe, your order #1042 for $1,238.80 is still unpaid.';
const MODEL: ChasePanelModel = {
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
    { channel: 'console-form', label: 'Order note to customer' },
    { channel: 'copied', label: 'Copied text' },
  ],
  ruleDates: [],
  unpaidElsewhere: [],
  sendId: '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11',
};

function background(send: PanelSendOutcome) {
  return vi.fn(async (message: BgMessage): Promise<BgResponse> => {
    if (message.type === PanelToBg.SEND) return { ok: true, result: send };
    if (message.type === PanelToBg.CAPTURE) return { ok: true, result: { skipped: 'off' } };
    return { ok: true, result: message.type === PanelToBg.MODEL ? MODEL : null };
  });
}

/** The seller's own click, by keyboard: focus on the button, then a trusted click (happy-dom has no isTrusted). */
function press(el: HTMLElement) {
  el.focus();
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

let root: HTMLElement;
const guard = { visibleNow: async () => true, needsConfirmation: false };
const status = () => root.querySelector<HTMLElement>('p.status[role="status"]');

beforeEach(() => {
  useLocale('en');
  root = document.createElement('main');
  document.body.replaceChildren(root);
});
afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('order panel: the keyboard focus after an action', () => {
  it('goes to the line that says the reminder was sent', async () => {
    await runPanel(root, { marketplace: 'woocommerce', orderId: '1042' }, background({ status: 'sent' }), guard);
    press(root.querySelector<HTMLButtonElement>('button.send')!);
    await vi.waitFor(() => expect(status()?.textContent).toBe('Reminder sent and logged.'));
    expect(document.activeElement).toBe(status());
    expect(status()!.tabIndex).toBe(-1);
  });

  it('goes to the line that says the reminder was copied', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => true, configurable: true });
    await runPanel(
      root,
      { marketplace: 'woocommerce', orderId: '1042' },
      background({ status: 'do-it', action: { kind: 'copy', text: TEXT }, text: TEXT }),
      guard,
    );
    const channel = root.querySelectorAll('select')[1]!;
    channel.value = 'copied';
    channel.dispatchEvent(new Event('change'));
    press(root.querySelector<HTMLButtonElement>('button.send')!);
    await vi.waitFor(() =>
      expect(status()?.textContent).toBe('Copied. Paste it to the buyer; the reminder is logged.'),
    );
    expect(document.activeElement).toBe(status());
  });

  it('stays on the control the seller was using when the panel redraws (the reminder’s language)', async () => {
    await runPanel(root, { marketplace: 'woocommerce', orderId: '1042' }, background({ status: 'sent' }), guard);
    const language = root.querySelector('select')!;
    language.focus();
    language.value = 'zh_CN';
    language.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelector('select')).not.toBe(language));
    expect(document.activeElement).toBe(root.querySelector('select'));
  });
});
