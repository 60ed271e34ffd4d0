import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { eventually, PopupPage, readStore, workerStopper } from './support/extension-pages';
import { steps, timeline, waitForPanel } from './support/chase-helpers';
import { screenshot } from './support/screenshots';
import type { SendRecord } from '@/lib/db/sends';

const edit = (host: string, id: string) => `http://${host}/wp-admin/admin.php?page=wc-orders&action=edit&id=${id}`;

/**
 * A reminder is sent once and recorded as what happened, when the console is slow and the seller
 * (or the browser) does not wait: the tab closed, the service worker stopped. The demo console
 * stores and "emails" the note at once but answers the page only later.
 */
describe('a reminder whose outcome the page could not report', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let popup: PopupPage;
  const sendsOf = async (orderId: string) =>
    (await readStore<SendRecord>(popup.page, 'sends')).filter((s) => s.orderId === orderId);
  const mailed = (orderId: string) => demo.outbox().filter((m) => m.kind === 'customer-note' && m.orderId === orderId);

  /** Opens an order page and clicks Send in Settle's panel; returns once the console has mailed the note. */
  async function sendOnSlowConsole(url: string, orderId: string): Promise<Page> {
    demo.setNoteReplyDelay(6_000);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(3_000);
    await page.goto(url);
    await (await waitForPanel(page)).locator('button.send').click();
    await eventually(async () => mailed(orderId).length === 1, { what: `the note for #${orderId} mailed` });
    return page;
  }

  beforeAll(async () => {
    demo = await startConsole();
    browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules });
    popup = await PopupPage.open(browser.context, browser.extensionId);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('the tab closed while the console was slow: the send stays pending, is settled by the next read, and cannot go out twice', async () => {
    const page = await sendOnSlowConsole(edit('shop.test', '1042'), '1042');
    await page.close();
    await eventually(async () => (await sendsOf('1042')).length === 1, { what: 'the send recorded' });
    expect((await sendsOf('1042'))[0]!.status).toBe('pending');

    demo.setNoteReplyDelay(0);
    const again = await browser.context.newPage();
    again.setDefaultTimeout(3_000);
    await again.goto(edit('shop.test', '1042'));
    // The page read shows the note among the order's notes: the send was sent, and counts.
    await eventually(async () => (await sendsOf('1042'))[0]?.status === 'sent', {
      what: 'the pending send settled as sent',
    });
    expect(steps(await timeline(popup.page, '1042'))).toEqual(['detected', 'chase:reminder_sent:friendly']);
    const panel = await waitForPanel(again);
    await expect.poll(() => panel.locator('button.send').isDisabled()).toBe(true);
    await panel.locator('button.send').click({ force: true });
    expect(mailed('1042')).toHaveLength(1);
    expect(await sendsOf('1042')).toHaveLength(1);
    await screenshot(again, 'send-outcome-tab-closed-settled-en');
    await again.close();
  });

  it('the service worker stopped before the page reported: never logged as failed, settled as sent by the next read', async () => {
    const workers = await workerStopper(browser.context);
    const page = await sendOnSlowConsole(edit('shop.test', '1040'), '1040');
    await eventually(async () => (await sendsOf('1040')).length === 1, { what: 'the send recorded' });
    await workers.stop();
    // The page finishes typing, the console answers, but the worker that was waiting is gone.
    await page.waitForTimeout(7_000);
    expect((await sendsOf('1040'))[0]!.status).toBe('pending');
    demo.setNoteReplyDelay(0);
    await page.reload();
    await eventually(async () => (await sendsOf('1040'))[0]?.status === 'sent', {
      what: 'the pending send settled as sent',
    });
    expect(steps(await timeline(popup.page, '1040'))).not.toContain('reminder_failed');
    expect(mailed('1040')).toHaveLength(1);
    await workers.detach();
    await page.close();
  });
});
