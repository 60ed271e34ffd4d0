import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { startConsole } from '../console/server.mjs';
import { launchWithExtension } from '../console/launch-browser.mjs';
import { screenshot } from './support/screenshots';

/** Runs in the dashboard: changes a note's words straight in IndexedDB, leaving its hash as it was. */
function alterNote(words: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('settle');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('events', 'readwrite').objectStore('events');
      const all = store.getAll();
      all.onsuccess = () => {
        const note = (all.result as { id: number; data: { type: string; text?: string } }[]).find(
          (e) => e.data.type === 'note_added',
        )!;
        note.data.text = words;
        store.put(note).onsuccess = () => resolve(note.id);
      };
    };
  });
}

/** A debt added by hand on the dashboard, with one note: two events on its timeline. */
async function debtWithNote(dashboard: Page, extensionId: string, buyer: string, note: string) {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/add`);
  await dashboard.locator('#debt-name').fill(buyer);
  await dashboard.locator('#debt-amount').fill('120');
  await dashboard.locator('#debt-what').fill('Invoice 7');
  await dashboard.locator('form.add-debt button[type=submit]').click();
  await dashboard.locator('.evidence-panel').waitFor();
  await dashboard.locator('.evidence-panel textarea').fill(note);
  await dashboard.locator('.evidence-panel button').click();
  await dashboard.locator('.timeline li:nth-child(2)').waitFor();
}

for (const { locale, intact, broken, mark } of [
  {
    locale: 'en-US',
    intact: /^Timeline chain intact \(2 events, head [0-9a-f]{12}…\)$/,
    broken:
      /^Timeline chain broken at event 2 \(.+, Note: The buyer paid in cash\): altered — it no longer matches the hash it was recorded with\.$/,
    mark: 'The chain breaks here: this event was altered.',
  },
  {
    locale: 'zh-CN',
    intact: /^时间线哈希链完整（2 条事件，链头 [0-9a-f]{12}…）$/,
    broken:
      /^时间线哈希链在第 2 条事件处断开（.+，备注：The buyer paid in cash）：已被修改——内容与记录时的哈希不再相符。$/,
    mark: '哈希链在此断开：这条事件已被修改。',
  },
]) {
  describe(`dashboard chain line (${locale}): intact, then broken at the note altered in IndexedDB`, () => {
    let demo: Awaited<ReturnType<typeof startConsole>>;
    let browser: Awaited<ReturnType<typeof launchWithExtension>>;

    beforeAll(async () => {
      demo = await startConsole();
      browser = await launchWithExtension({ hostResolverRules: demo.hostResolverRules, locale });
    });
    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    it('shows the chain intact, then names the altered event and marks it in the timeline', async () => {
      const dashboard = await browser.context.newPage();
      await debtWithNote(dashboard, browser.extensionId, 'Acme Ltd', 'Buyer promised to pay on Friday.');
      const line = dashboard.locator('.chain-status');
      await expect.poll(() => line.textContent()).toMatch(intact);
      expect(await dashboard.locator('.timeline li.chain-broken').count()).toBe(0);
      await screenshot(dashboard, `dashboard-chain-intact-${locale === 'en-US' ? 'en' : locale}`);

      await dashboard.evaluate(alterNote, 'The buyer paid in cash');
      await dashboard.reload();
      await expect.poll(() => line.textContent()).toMatch(broken);
      expect(await line.getAttribute('role')).toBe('alert');
      const marked = dashboard.locator('.timeline li.chain-broken');
      expect(await marked.count()).toBe(1);
      expect(await dashboard.locator('.timeline li').nth(1).getAttribute('class')).toBe('chain-broken');
      expect(await marked.locator('.chain-break').textContent()).toBe(mark);
      await screenshot(dashboard, `dashboard-chain-broken-${locale === 'en-US' ? 'en' : locale}`);
    });
  });
}
