import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { defaultChaseSettings, saveChaseSettings } from '@/lib/db/settings';
import { onPanelModel, onPanelSend, type AskConsolePage } from '@/lib/background/panel';
import type { BgToCsMessage, PanelSendMessage } from '@/lib/messaging/types';
import { useLocale } from '../support/i18n';
import { createSnapshot } from '../factories';

const PAGE = 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042';
const NOW = '2026-11-21T10:00:00.000Z';
// The panel's own page, framed in the console tab: the tab's address decides the shop.
const PANEL = { url: 'chrome-extension://settle/panel.html#woocommerce/1042', tab: { id: 4, url: PAGE } };
const order = createSnapshot({ url: PAGE, buyer: { name: 'Jane Doe', email: 'jane@example.com' } });
const reading = { ok: true, marketplace: 'woocommerce', kind: 'order-detail', orders: [order], warnings: [] };
const send = (overrides: Partial<PanelSendMessage> = {}): PanelSendMessage => ({
  type: 'panel-bg-send',
  sendId: '0b6f3c1e-4a53-4f0e-9d7e-2f1c7a9b5e11',
  marketplace: 'woocommerce',
  orderId: '1042',
  tone: 'friendly',
  locale: 'en',
  channel: 'console-form',
  ...overrides,
});

/** A stand-in console page: answers READ with its reading and PERFORM as `perform` says. */
function consolePage(perform: () => Promise<unknown>) {
  const asked: BgToCsMessage[] = [];
  const ask: AskConsolePage = async (tabId, message) => {
    expect(tabId).toBe(4);
    asked.push(message);
    return message.type === 'bg-cs-read' ? reading : perform();
  };
  return { ask, asked };
}

let db: SettleDb;
let n = 0;
beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-panel-${++n}`);
  await saveChaseSettings(db, { ...defaultChaseSettings(), timeZone: 'UTC', reminderLocale: 'en' });
  await ingestSnapshots(db, [order], '2026-11-19T15:00:00.000Z');
});
afterEach(() => db.delete());

describe("a Send from Settle's panel, driven by the background", () => {
  it('reads the page again, has it type the note, and records the send once the page says the console has it', async () => {
    const page = consolePage(async () => ({ ok: true }));
    expect(await onPanelSend(db, send(), PANEL, page.ask, NOW)).toEqual({ status: 'sent' });
    expect(page.asked.map((m) => m.type)).toEqual(['bg-cs-read', 'bg-cs-perform']);
    expect((await db.sends.toArray()).map((s) => [s.status, s.shop, s.url])).toEqual([
      ['sent', 'http://shop.test', PAGE],
    ]);
  });

  it('records a note the console does not have as not sent, with the reason', async () => {
    const page = consolePage(async () => ({
      ok: false,
      sent: false,
      error: 'The order note box was not found on this page.',
    }));
    expect(await onPanelSend(db, send(), PANEL, page.ask, NOW)).toEqual({
      status: 'failed',
      error: 'The order note box was not found on this page.',
    });
    expect((await db.sends.toArray())[0]?.status).toBe('failed');
  });

  it('leaves the send pending, never "not sent", when the page stops answering (the tab closed)', async () => {
    const page = consolePage(() =>
      Promise.reject(new Error('The message port closed before a response was received.')),
    );
    expect(await onPanelSend(db, send(), PANEL, page.ask, NOW)).toEqual({ status: 'unknown' });
    expect((await db.sends.toArray())[0]?.status).toBe('pending');
  });

  it('leaves the send pending when the console has it but Settle cannot write that down (a full disk)', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const page = consolePage(async () => {
      vi.spyOn(db.sends, 'put').mockRejectedValueOnce(quota);
      return { ok: true };
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await onPanelSend(db, send(), PANEL, page.ask, NOW)).toEqual({ status: 'unknown' });
    expect((await db.sends.toArray())[0]?.status).toBe('pending');
  });

  it('hands copied text back to the panel to carry out, and refuses a sender that is not framed in a console tab', async () => {
    const page = consolePage(async () => ({ ok: true }));
    expect(await onPanelSend(db, send({ channel: 'copied' }), PANEL, page.ask, NOW)).toMatchObject({
      status: 'do-it',
      action: { kind: 'copy' },
    });
    expect(page.asked.map((m) => m.type)).toEqual(['bg-cs-read']);
    await expect(
      onPanelModel(
        db,
        { type: 'panel-bg-model', marketplace: 'woocommerce', orderId: '1042' },
        { url: PANEL.url },
        NOW,
      ),
    ).rejects.toThrow('not on a console page');
  });
});
