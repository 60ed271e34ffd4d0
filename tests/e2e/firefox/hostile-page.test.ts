import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startConsole } from '../../console/server.mjs';
import { launchFirefoxWithExtension } from '../../console/launch-firefox.mjs';
import { attackPages, EVIL } from '../../console/attack-pages.mjs';
import { eventually } from '../support/extension-pages';
import { clickInFrame, panelFrame, readStore, screenshot, textOf } from './support';
import type { SendRecord } from '@/lib/db/sends';

const evilPage = (name: string) => attackPages().find((p) => p.name === name)!.url;

/**
 * Firefox's own way for a page's scripts to reach into Settle: the content script's sandbox sees the
 * page's window through X-rays, and Settle imports its console contact (lib/content/console-contact.ts)
 * there at the first send. evil.test fakes the console's "note added" and plants a contact of its own
 * that "confirms" every note: the send must still fail, on the console server's word.
 */
describe('Firefox: a hostile page faking the note and planting a contact cannot make a send count', () => {
  let demo: Awaited<ReturnType<typeof startConsole>>;
  let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
  let page: Page;

  beforeAll(async () => {
    demo = await startConsole({ extraPages: attackPages() });
    firefox = await launchFirefoxWithExtension({ demo });
    page = (await firefox.browser.pages())[0]!;
  });
  afterAll(async () => {
    await firefox?.close();
    await demo?.stop();
  });

  it('records the send failed, with the reason, and sends nothing', async () => {
    await page.goto(evilPage('attack-fake-note'));
    const panel = await eventually(
      async () => {
        const frame = await panelFrame(page);
        return frame && (await frame.$('button.send')) ? frame : undefined;
      },
      { what: 'the order panel' },
    );
    await clickInFrame(panel, 'button.send');
    await panel.waitForSelector('button.confirm-yes');
    await new Promise((r) => setTimeout(r, 800));
    await clickInFrame(panel, 'button.confirm-yes');
    await eventually(async () => (await textOf(panel, '.status.error'))?.includes('do not show this reminder'), {
      timeout: 25_000,
      what: 'the refusal',
    });
    expect(demo.outbox()).toEqual([]);
    const extensionPage = await firefox.openExtensionPage(await firefox.newPage(), 'popup.html');
    await extensionPage.waitForSelector('main.popup');
    expect((await readStore<SendRecord>(extensionPage, 'sends')).map((s) => [s.shop, s.status])).toEqual([
      [`http://${EVIL}`, 'failed'],
    ]);
    await screenshot(page, 'trust-fake-note-refused');
  });
});
