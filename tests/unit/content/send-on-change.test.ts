import { describe, expect, it, vi } from 'vitest';
import { sendOnChange } from '@/lib/content/send-on-change';
import { CsToBg, PageToBg, type BgMessage, type BgResponse, type PageReadMessage } from '@/lib/messaging/types';
import type { PageReading } from '@/lib/marketplaces/types';
import { createSnapshot } from '../factories';

const LIST = 'https://admin.shopify.com/store/acme/orders';
const OTHER_LIST = 'https://admin.shopify.com/store/acme/draft_orders';
const answer: BgResponse = { ok: true, result: { repeatNonPayers: [] } };

const listOf = (...orderIds: string[]): PageReading => ({
  ok: true,
  marketplace: 'shopify',
  kind: 'order-list',
  orders: orderIds.map((orderId) => createSnapshot({ marketplace: 'shopify', orderId })),
  warnings: [],
});
const pageRead = (url: string, reading: PageReading): PageReadMessage => ({ type: CsToBg.PAGE_READ, url, reading });

function counted(response: BgResponse | undefined) {
  const send = vi.fn<(message: BgMessage) => Promise<BgResponse | undefined>>(async () => response);
  return { send, report: sendOnChange(send) };
}

describe('sendOnChange', () => {
  it('sends a reading identical to the last one for the same address only once, and answers it the same', async () => {
    const { send, report } = counted(answer);
    expect(await report(pageRead(LIST, listOf('1020', '1021')))).toBe(answer);
    // A redraw: the same orders read again into new objects.
    expect(await report(pageRead(LIST, listOf('1020', '1021')))).toBe(answer);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends a changed reading', async () => {
    const { send, report } = counted(answer);
    await report(pageRead(LIST, listOf('1020', '1021')));
    await report(pageRead(LIST, listOf('1020', '1022')));
    const paid = listOf('1020', '1022');
    if (paid.ok) paid.orders[1]!.status = 'paid';
    await report(pageRead(LIST, paid));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('sends the same reading again for another address, and after another address was sent', async () => {
    const { send, report } = counted(answer);
    await report(pageRead(LIST, listOf('1020')));
    await report(pageRead(OTHER_LIST, listOf('1020')));
    await report(pageRead(LIST, listOf('1020')));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('keeps a refusal (it would be refused again), never a missing or internal answer', async () => {
    const refused = counted({ ok: false, error: 'refused', detail: 'reading' });
    await refused.report(pageRead(LIST, listOf('1020')));
    await refused.report(pageRead(LIST, listOf('1020')));
    expect(refused.send).toHaveBeenCalledTimes(1);
    for (const response of [undefined, { ok: false, error: 'internal', detail: 'closed' } as const]) {
      const { send, report } = counted(response);
      await report(pageRead(LIST, listOf('1020')));
      await report(pageRead(LIST, listOf('1020')));
      expect(send).toHaveBeenCalledTimes(2);
    }
  });

  it('does not keep a reading whose sending failed', async () => {
    const send = vi.fn<(message: BgMessage) => Promise<BgResponse | undefined>>();
    send.mockRejectedValueOnce(new Error('Receiving end does not exist')).mockResolvedValue(answer);
    const report = sendOnChange(send);
    await expect(report(pageRead(LIST, listOf('1020')))).rejects.toThrow('Receiving end');
    await report(pageRead(LIST, listOf('1020')));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('passes every other message through', async () => {
    const { send, report } = counted(answer);
    await report({ type: PageToBg.CHANGED });
    await report({ type: PageToBg.CHANGED });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
