import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { onPageRead } from '@/lib/background/page-read';
import { onPanelSend, onPanelSize, type AskConsolePage } from '@/lib/background/panel';
import type { MessageSender } from '@/lib/messaging/router';
import type { BgToCsMessage, PanelSendMessage } from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';
import {
  TAB,
  SHELL,
  FRAME,
  NOW,
  GENUINE_FRAME,
  EVIL_FRAME,
  detail,
  pageRead,
  frameSender,
} from '../support/framed-ebay-order';

// eBay may show an order's details in a child frame of Seller Hub (its content script runs in
// every frame). The panel sits in that frame, so the background must ask that frame, and only a
// frame of the order's own shop may ever be the one asked.
const EVIL = 'https://evil.test/sh/ord/details?orderid=12-34567-89022';

const PANEL: MessageSender = {
  url: 'chrome-extension://settle/panel.html#ebay/12-34567-89022',
  tab: { id: TAB, url: SHELL },
};
const send: PanelSendMessage = {
  type: 'panel-bg-send',
  sendId: '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11',
  marketplace: 'ebay',
  orderId: '12-34567-89022',
  tone: 'friendly',
  locale: 'en',
  channel: 'console-form',
};

/** The tab's frames as the browser holds them: each answers where it is and what it reads. */
function frames(pages: Record<number, string>) {
  const asked: [number, BgToCsMessage['type']][] = [];
  const ask: AskConsolePage = async (tabId, message, frameId = 0) => {
    expect(tabId).toBe(TAB);
    asked.push([frameId, message.type]);
    const url = pages[frameId];
    if (!url) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'bg-cs-where') return url;
    if (message.type === 'bg-cs-read')
      return url === SHELL ? { ok: true, marketplace: 'ebay', kind: null, orders: [], warnings: [] } : detail(url);
    if (message.type === 'bg-cs-perform') return { ok: true };
    return null;
  };
  return { ask, asked, framesAsked: () => new Set(asked.map(([frameId]) => frameId)) };
}

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-order-frame-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'en' });
});
afterEach(() => db.delete());

describe('the frame the background asks about an order', () => {
  it('never asks a child frame on another host that claims the same order', async () => {
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    // Read after the genuine frame, so a "last reader wins" memory would pick it.
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: FRAME, [EVIL_FRAME]: EVIL });
    expect(await onPanelSend(db, send, PANEL, tab.ask, NOW)).toEqual({ status: 'sent' });
    expect(tab.framesAsked().has(EVIL_FRAME)).toBe(false);
    expect(tab.asked).toEqual([
      [GENUINE_FRAME, 'bg-cs-where'],
      [GENUINE_FRAME, 'bg-cs-read'],
      [GENUINE_FRAME, 'bg-cs-perform'],
    ]);
  });

  it('never asks a frame on another host that alone claims the order: the top frame is asked, as before', async () => {
    await onPageRead(db, pageRead(FRAME), { url: SHELL, frameId: 0, tab: { id: 1, url: SHELL } }, NOW);
    await onPageRead(db, pageRead(EVIL), frameSender(EVIL, EVIL_FRAME), NOW);
    const tab = frames({ 0: SHELL, [EVIL_FRAME]: EVIL });
    await onPanelSend(db, send, PANEL, tab.ask, NOW).catch(() => undefined);
    expect(tab.framesAsked()).toEqual(new Set([0]));
  });

  it('asks the frame that read the order: the reading, the send through its Message buyer box, the panel’s size', async () => {
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: FRAME });
    expect(await onPanelSend(db, send, PANEL, tab.ask, NOW)).toEqual({ status: 'sent' });
    const [sent] = await db.sends.toArray();
    expect(sent).toMatchObject({ status: 'sent', shop: 'ebay:seller-hub', url: FRAME });
    await onPanelSize(
      { type: 'panel-bg-size', height: 300, marketplace: 'ebay', orderId: '12-34567-89022' },
      PANEL,
      tab.ask,
    );
    expect(tab.asked.at(-1)).toEqual([GENUINE_FRAME, 'bg-cs-panel-size']);
  });

  it('stops asking a frame that has since moved to another host', async () => {
    await onPageRead(db, pageRead(FRAME), frameSender(FRAME, GENUINE_FRAME), NOW);
    const tab = frames({ 0: SHELL, [GENUINE_FRAME]: EVIL });
    await onPanelSend(db, send, PANEL, tab.ask, NOW).catch(() => undefined);
    expect(tab.asked.filter(([frameId]) => frameId === GENUINE_FRAME)).toEqual([[GENUINE_FRAME, 'bg-cs-where']]);
  });

  it('remembers frames per tab: the same order read in another tab is that tab’s', async () => {
    await onPageRead(db, pageRead(FRAME), { url: FRAME, frameId: 7, tab: { id: 2, url: SHELL } }, NOW);
    const tab = frames({ 0: FRAME });
    expect(await onPanelSend(db, send, { ...PANEL, tab: { id: TAB, url: FRAME } }, tab.ask, NOW)).toEqual({
      status: 'sent',
    });
    expect(tab.framesAsked()).toEqual(new Set([0]));
  });
});
