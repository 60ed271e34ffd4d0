import { beforeEach, describe, expect, it } from 'vitest';
import { renderPanel, type PanelCallbacks } from '@/lib/panel/panel-view';
import type { ChasePanelModel } from '@/lib/messaging/panel-model';
import type { SendBlock } from '@/lib/tracker/send-policy';
import { useLocale } from '../support/i18n';

const model = (over: Partial<ChasePanelModel> = {}): ChasePanelModel => ({
  order: { orderId: '1042', buyer: 'Jane Doe', owed: '$1,238.80', stage: 'reminded', remindersSent: 1, paused: false },
  next: { tone: 'firm', dueAt: '2026-11-24T14:05:00.000Z', timing: 'ladder', due: false },
  draft: {
    tone: 'firm',
    locale: 'en',
    subject: 'Order #1042',
    text: 'Please pay.',
    warnings: [],
    offers: { instalments: false, extension: false },
  },
  channels: [
    { channel: 'console-form', label: 'Order note to customer' },
    { channel: 'console-invoice', label: 'WooCommerce order details email (with the payment link)' },
  ],
  ruleDates: [],
  unpaidElsewhere: [],
  sendId: 'send-1',
  ...over,
});
const noop = () => undefined;
const callbacks: PanelCallbacks = {
  onSend: noop,
  onConfirm: noop,
  onCancel: noop,
  onLocale: noop,
  onOffers: noop,
  onChannel: noop,
  onCapture: noop,
  onAllowCapture: noop,
};

let root: HTMLElement;
const draw = (m: ChasePanelModel) => {
  renderPanel(root, { model: m, channel: m.channels[0]!.channel }, callbacks);
  return {
    text: root.textContent ?? '',
    send: root.querySelector<HTMLButtonElement>('button.send')!,
    held: root.querySelector('.send-held')?.textContent,
  };
};
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

const BLOCKS: SendBlock[] = [
  { reason: 'send-in-flight' },
  { reason: 'closed', statusText: 'Completed' },
  { reason: 'case-open' },
  { reason: 'paused' },
  { reason: 'buyer-paused' },
  { reason: 'promised', until: '2026-11-25T23:59:59.000Z' },
  {
    reason: 'send-unresolved',
    until: '2026-11-20T14:00:00.000Z',
    startedAt: '2026-11-20T14:00:00.000Z',
    channel: 'console-invoice',
  },
  { reason: 'buyer-reminded-recently', until: '2026-11-21T09:00:00.000Z' },
  { reason: 'daily-cap', until: '2026-11-21T00:00:00.000Z' },
];
/** The words that offer to send now, in each language. */
const OFFERS = {
  en: /You can send|due now|You can send the/,
  zh_CN: /也可以现在发送|现在到期|可以再次发送/,
  zh_TW: /也可以現在傳送|現在到期|可以再次傳送/,
};

describe('order panel: its words about sending and its Send button follow one decision', () => {
  for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
    it(`never offers to send now above a disabled Send, and always says why Send is held (${locale})`, () => {
      useLocale(locale);
      for (const blocked of BLOCKS) {
        for (const next of [model().next, { ...model().next!, due: true }, undefined]) {
          const { text, send, held } = draw(model({ blocked, next }));
          expect(send.disabled, blocked.reason).toBe(true);
          expect(text, blocked.reason).not.toMatch(OFFERS[locale]);
          expect(held, blocked.reason).toBeTruthy();
        }
      }
      for (const next of [model().next, { ...model().next!, due: true }, undefined]) {
        const { text, send, held } = draw(model({ next }));
        expect(send.disabled).toBe(false);
        expect(text).toMatch(OFFERS[locale]);
        expect(held).toBeUndefined();
      }
    });
  }

  it('says a buyer reminded in the last 24 hours once, beside the disabled Send (the case seen)', () => {
    // Seen: "Next reminder: Firm — due …. You can send it now." above a disabled Send and "You reminded this buyer in the last 24 hours".
    useLocale('en');
    const { text, send, held } = draw(
      model({ blocked: { reason: 'buyer-reminded-recently', until: '2026-11-21T09:00:00.000Z' } }),
    );
    expect(send.disabled).toBe(true);
    expect(root.querySelector('.send-headline')!.textContent).toBe(
      'Next reminder: Firm reminder. It cannot go out yet:',
    );
    expect(held).toMatch(/^You reminded this buyer in the last 24 hours\. Next possible: Nov 21, 2026/);
    expect(text).not.toContain('You can send it now');
  });

  it('says the buyer’s promise once, as the reason Send waits', () => {
    useLocale('en');
    const { text } = draw(
      model({
        order: { ...model().order, promisedBy: '2026-11-25T23:59:59.000Z' },
        blocked: { reason: 'promised', until: '2026-11-25T23:59:59.000Z' },
      }),
    );
    expect(text.match(/promised to pay/g)).toHaveLength(1);
  });
});

describe('order panel: the latest send’s outcome', () => {
  it('says the invoice email went, with its time, on the panel drawn after the page reloads', () => {
    useLocale('en');
    const { text } = draw(
      model({ lastSend: { channel: 'console-invoice', at: '2026-11-20T14:05:00.000Z', status: 'sent' } }),
    );
    expect(root.querySelector('.last-send')!.textContent).toMatch(
      /^Last reminder: WooCommerce order details email \(with the payment link\), sent Nov 20, 2026, \d+:05/,
    );
    expect(text).not.toContain('not sent');
  });

  it('says a failed send failed, with its reason, in Chinese too', () => {
    useLocale('zh_CN');
    draw(
      model({
        lastSend: { channel: 'console-form', at: '2026-11-20T14:05:00.000Z', status: 'failed', error: '找不到备注框' },
      }),
    );
    expect(root.querySelector('.last-send.failed')!.textContent).toMatch(
      /^上一条提醒：.+，未发出（.+）：找不到备注框$/,
    );
  });

  it("says it is the buyer's quiet hours beside an open Send, in each language, and never beside a held one", () => {
    for (const [locale, words] of [
      ['en', /quiet hours until/],
      ['zh_CN', /免打扰时段/],
      ['zh_TW', /勿擾時段/],
    ] as const) {
      useLocale(locale);
      const open = draw(model({ quietUntil: '2026-11-22T23:00:00.000Z' }));
      expect(open.send.disabled).toBe(false);
      expect(root.querySelector('.quiet-hours')!.textContent).toMatch(words);
      draw(model({ blocked: { reason: 'paused' } }));
      expect(root.querySelector('.quiet-hours')).toBeNull();
    }
  });
});
