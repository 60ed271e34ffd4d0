import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/components/format';
import { addNote } from '@/lib/db/evidence';
import { getOrderEvents } from '@/lib/db/queries';
import type { OrderKey } from '@/lib/model/order-record';
import { useLocale } from '../support/i18n';
import { seedManualDebt, useDashboard } from './dashboard-harness';

const d = useDashboard('chain-status');
const URL = 'chrome-extension://settle/dashboard.html#/order/generic/manual/M-20261101-AB12';

/** A debt added by hand with three notes: four events in its chain. */
async function seedFourEvents(): Promise<OrderKey> {
  const snap = await seedManualDebt(d.page.db);
  const key: OrderKey = ['generic', 'manual', snap.orderId];
  for (const [i, text] of ['Called the buyer', 'Buyer said next week', 'Sent the invoice again'].entries())
    await addNote(d.page.db, key, text, `2026-11-0${i + 2}T09:00:00.000Z`, URL);
  return key;
}

/** The dashboard's chain line and the timeline entries marked as where it breaks. */
async function chainLine(key: OrderKey, locale = 'en-US') {
  d.mount(`#/order/${key.map(encodeURIComponent).join('/')}`, locale);
  await d.waitFor('.chain-status');
  return { line: d.$('.chain-status'), marked: d.$$('.timeline li.chain-broken') };
}

describe('dashboard #/order: the timeline’s hash chain', () => {
  it('says the chain is intact, with its length and the start of its head', async () => {
    useLocale('en');
    const key = await seedFourEvents();
    const head = (await getOrderEvents(d.page.db, key)).at(-1)!.hash;
    const { line, marked } = await chainLine(key);
    expect(line.textContent).toBe(`Timeline chain intact (4 events, head ${head.slice(0, 12)}…)`);
    expect(line.getAttribute('data-chain')).toBe('intact');
    expect(line.getAttribute('title')).toBe(head);
    expect(marked).toEqual([]);
  });

  it('names the exact event someone altered in the database, and marks it in the timeline', async () => {
    useLocale('en');
    const key = await seedFourEvents();
    const third = (await getOrderEvents(d.page.db, key))[2]!;
    // The note's words changed in IndexedDB, its hash left as it was.
    await d.page.db.events.update(third.id!, { data: { type: 'note_added', text: 'Buyer paid in cash' } });
    const { line, marked } = await chainLine(key);
    expect(line.textContent).toBe(
      `Timeline chain broken at event 3 (${formatDateTime('2026-11-03T09:00:00.000Z', 'en-US')}, Note: Buyer paid in cash): altered — it no longer matches the hash it was recorded with.`,
    );
    expect(line.getAttribute('data-chain')).toBe('broken');
    expect(line.getAttribute('role')).toBe('alert');
    expect(marked).toHaveLength(1);
    expect(d.$$('.timeline li').indexOf(marked[0]!)).toBe(2);
    expect(marked[0]!.querySelector('.chain-break')!.textContent).toBe(
      'The chain breaks here: this event was altered.',
    );
  });

  it('names the event after one deleted from the middle', async () => {
    useLocale('en');
    const key = await seedFourEvents();
    const events = await getOrderEvents(d.page.db, key);
    await d.page.db.events.delete(events[1]!.id!);
    const { line, marked } = await chainLine(key);
    // The old third event is now second on the timeline, and no longer follows from the first.
    expect(line.textContent).toBe(
      `Timeline chain broken at event 2 (${formatDateTime('2026-11-03T09:00:00.000Z', 'en-US')}, Note: Buyer said next week): missing before — an event before it was removed, or it was put in from elsewhere.`,
    );
    expect(marked.map((li) => li.textContent)).toEqual([
      expect.stringContaining('The chain breaks here: events are missing before this one.'),
    ]);
  });

  it('names the last event kept when events were cut from the end', async () => {
    useLocale('en');
    const key = await seedFourEvents();
    await d.page.db.events.delete((await getOrderEvents(d.page.db, key)).at(-1)!.id!);
    const { line, marked } = await chainLine(key);
    expect(line.textContent).toBe(
      `Timeline chain broken at event 3 (${formatDateTime('2026-11-03T09:00:00.000Z', 'en-US')}, Note: Buyer said next week): missing at the end — Settle recorded events after this one that are gone.`,
    );
    expect(d.$$('.timeline li').indexOf(marked[0]!)).toBe(2);
  });

  it('says so when every event is gone', async () => {
    useLocale('en');
    const key = await seedFourEvents();
    await d.page.db.events.where('[marketplace+shop+orderId]').equals(key).delete();
    const { line } = await chainLine(key);
    expect(line.textContent).toBe('Timeline chain broken: every event Settle recorded for this order is gone.');
  });

  it('follows a change made while the order is open', async () => {
    useLocale('en');
    const key = await seedFourEvents();
    const { line } = await chainLine(key);
    expect(line.getAttribute('data-chain')).toBe('intact');
    const first = (await getOrderEvents(d.page.db, key))[0]!;
    await d.page.db.events.update(first.id!, { at: '2026-10-01T00:00:00.000Z' });
    await d.waitFor('.chain-status[data-chain="broken"]');
    expect(d.$('.chain-status').textContent).toMatch(/^Timeline chain broken at event 1 \(.+\): altered/);
  });

  it('speaks Simplified Chinese, page text staying text', async () => {
    useLocale('zh_CN');
    const key = await seedFourEvents();
    const third = (await getOrderEvents(d.page.db, key))[2]!;
    await d.page.db.events.update(third.id!, { data: { type: 'note_added', text: '<img src=x onerror=alert(1)>' } });
    const { line, marked } = await chainLine(key, 'zh-CN');
    expect(line.textContent).toBe(
      `时间线哈希链在第 3 条事件处断开（${formatDateTime('2026-11-03T09:00:00.000Z', 'zh-CN')}，备注：<img src=x onerror=alert(1)>）：已被修改——内容与记录时的哈希不再相符。`,
    );
    expect(marked[0]!.querySelector('.chain-break')!.textContent).toBe('哈希链在此断开：这条事件已被修改。');
    expect(d.page.root.querySelector('img')).toBeNull();
  });

  it('speaks Traditional Chinese', async () => {
    useLocale('zh_TW');
    const key = await seedFourEvents();
    const head = (await getOrderEvents(d.page.db, key)).at(-1)!.hash;
    expect((await chainLine(key, 'zh-TW')).line.textContent).toBe(
      `時間軸雜湊鏈完整（4 筆事件，鏈頭 ${head.slice(0, 12)}…）`,
    );
    await d.page.db.events.delete((await getOrderEvents(d.page.db, key)).at(-1)!.id!);
    await d.waitFor('.chain-status[data-chain="broken"]');
    expect(d.$('.chain-status').textContent).toContain('末尾有缺失——Settle 在這筆之後記錄的事件已不見了。');
    expect(d.$('.timeline li.chain-broken .chain-break').textContent).toBe('雜湊鏈在這筆之後斷開：其後的事件已缺失。');
  });
});
