import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { appendEvents } from '@/lib/db/append-events';
import { openCase, setCaseDeadline } from '@/lib/db/open-case';
import { listOpenCases } from '@/lib/db/open-cases';
import { otherCaseOrders } from '@/lib/db/case-orders';
import { checkOrderChain, getOrderEvents } from '@/lib/db/queries';
import { caseFacts } from '@/lib/cases/case-facts';
import type { OrderKey } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

let db: SettleDb;
let n = 0;
const SHOP = 'http://shop.test';
const key = (orderId: string, shop = SHOP): OrderKey => ['woocommerce', shop, orderId];
const ctx = (now: string) => ({ now, url: 'chrome-extension://settle/dashboard.html' });
const jane = (orderId: string, amount: number, currency = 'USD', extra = {}) =>
  createSnapshot({
    orderId,
    url: `${SHOP}/wp-admin/post.php?post=${orderId}&action=edit`,
    total: { amount, currency },
    amountDue: { amount, currency },
    placedAt: `2026-11-0${orderId.at(-1)}T10:00:00Z`,
    ...extra,
  });

beforeEach(async () => {
  db = new SettleDb(`settle-open-case-${++n}`);
  await ingestSnapshots(
    db,
    [
      jane('1', 10000),
      jane('2', 2500),
      jane('3', 8800, 'EUR'),
      jane('4', 4000, 'USD', { status: 'paid', statusText: 'Completed', amountDue: undefined }),
      jane('5', 1000, 'USD', { buyer: { name: 'Someone Else' } }),
      createSnapshot({
        orderId: '6',
        shop: 'http://other.test',
        url: 'http://other.test/wp-admin/post.php?post=6&action=edit',
      }),
    ],
    '2026-11-09T10:00:00.000Z',
  );
});
afterEach(() => db.delete());

describe('a case on a buyer with several orders', () => {
  it("opens one case on the buyer's open orders at the shop: each order in the case, in its own chain, naming the others", async () => {
    const result = await openCase(
      db,
      key('1'),
      { venue: 'court-england-wales', withOrders: ['2', '3'], deadline: '2026-12-20T23:59:00.000Z' },
      ctx('2026-11-20T10:00:00.000Z'),
    );
    expect(result.ok).toBe(true);
    const orders = await db.orders.bulkGet([key('1'), key('2'), key('3')]);
    const caseId = orders[0]!.chase.case!.id!;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    for (const o of orders) {
      expect(o!.chase.stage).toBe('case');
      expect(o!.chase.case).toEqual({
        venue: 'court-england-wales',
        openedAt: '2026-11-20T10:00:00.000Z',
        id: caseId,
        orders: ['1', '2', '3'],
        deadline: '2026-12-20T23:59:00.000Z',
      });
      expect(o!.openCaseId).toBe(caseId);
      expect(o!.nextDueAt).toBeUndefined(); // a case takes over from reminders
      const events = await getOrderEvents(db, key(o!.orderId));
      expect(events.at(-1)!.data).toMatchObject({
        type: 'chase',
        change: { type: 'case_opened', caseId, orders: ['1', '2', '3'] },
        to: 'case',
      });
      expect(await checkOrderChain(db, key(o!.orderId))).toMatchObject({ ok: true });
    }
    // The open-case index finds exactly this case and its three orders.
    expect((await listOpenCases(db)).map((c) => [c.id, c.orders.map((o) => o.orderId)])).toEqual([
      [caseId, ['1', '2', '3']],
    ]);
  });

  it('ticks the checklist from all its orders and sums what is owed per currency', async () => {
    await openCase(
      db,
      key('1'),
      { venue: 'court-england-wales', withOrders: ['2', '3'] },
      ctx('2026-11-20T10:00:00.000Z'),
    );
    // A final notice went out on order 2 only: the case holds one, whichever order's page shows it.
    await db.transaction('rw', db.events, db.chains, () =>
      appendEvents(db, [
        {
          marketplace: 'woocommerce',
          shop: SHOP,
          orderId: '2',
          at: '2026-11-19T10:00:00.000Z',
          url: 'x',
          data: {
            type: 'reminder_sent_outside_chase',
            tone: 'final_notice',
            stage: 'case',
            paused: false,
            message: { channel: 'mail-draft', text: 'Final notice' },
          },
        },
      ]),
    );
    await recordChase(db, key('1'), { type: 'payment_recorded', amount: 4000 }, ctx('2026-11-21T10:00:00.000Z'));
    const one = (await db.orders.get(key('1')))!;
    expect(one.chase.stage).toBe('case'); // part of the money does not end the case
    const facts = caseFacts(
      one,
      await getOrderEvents(db, key('1')),
      '2026-11-22T00:00:00.000Z',
      await otherCaseOrders(db, one),
    )!;
    expect(facts.others.map((o) => o.orderId)).toEqual(['2', '3']);
    expect(facts.checklist.find((c) => c.item === 'final-notice')).toEqual({ item: 'final-notice', done: true });
    expect(facts.checklist.find((c) => c.item === 'reminders-sent')).toEqual({ item: 'reminders-sent', done: true });
    expect(facts.owed).toEqual([
      { currency: 'EUR', amount: 8800 },
      { currency: 'USD', amount: 6000 + 2500 },
    ]);
    // The limitation is the earliest among the orders: order 1 was placed first.
    expect(facts.dates.find((d) => d.kind === 'limitation')).toMatchObject({
      orderId: '1',
      at: '2032-11-01T10:00:00.000Z',
    });
  });

  it("refuses an order that is not the buyer's open order at this shop, and writes nothing at all", async () => {
    const before = await db.events.count();
    for (const [other, why] of [
      ['4', 'paid'],
      ['5', 'another buyer'],
      ['6', 'another shop'],
      ['99', 'not in Settle'],
    ] as const) {
      const result = await openCase(
        db,
        key('1'),
        { venue: 'paypal', withOrders: ['2', other] },
        ctx('2026-11-20T10:00:00.000Z'),
      );
      expect(result, why).toMatchObject({ ok: false, notJoinable: other });
    }
    await openCase(db, key('2'), {}, ctx('2026-11-20T10:00:00.000Z'));
    expect(await openCase(db, key('1'), { withOrders: ['2'] }, ctx('2026-11-20T11:00:00.000Z'))).toMatchObject({
      ok: false,
      notJoinable: '2',
    });
    expect((await db.orders.get(key('1')))!.chase.stage).toBe('unpaid');
    expect(await db.events.count()).toBe(before + 1);
  });

  it("refuses the whole case when one order's step is refused (a past deadline), and writes nothing", async () => {
    const result = await openCase(
      db,
      key('1'),
      { withOrders: ['2'], deadline: '2026-11-19T00:00:00.000Z' },
      ctx('2026-11-20T10:00:00.000Z'),
    );
    expect(result).toMatchObject({ ok: false, code: 'past_date' });
    expect((await db.orders.bulkGet([key('1'), key('2')])).map((o) => o!.chase.stage)).toEqual(['unpaid', 'unpaid']);
    expect(await listOpenCases(db)).toEqual([]);
  });

  it('sets and clears the deadline on every order still in the case; a paid order leaves the case and the index', async () => {
    await openCase(db, key('1'), { venue: 'stripe', withOrders: ['2', '3'] }, ctx('2026-11-20T10:00:00.000Z'));
    await ingestSnapshots(
      db,
      [jane('3', 8800, 'EUR', { status: 'paid', statusText: 'Completed', amountDue: undefined })],
      '2026-11-21T10:00:00.000Z',
    );
    expect((await db.orders.get(key('3')))!.openCaseId).toBeUndefined();
    expect((await listOpenCases(db))[0]!.orders.map((o) => o.orderId)).toEqual(['1', '2']);

    expect(
      await setCaseDeadline(db, key('2'), '2026-12-01T23:59:00.000Z', ctx('2026-11-22T10:00:00.000Z')),
    ).toMatchObject({ ok: true });
    const [one, two, three] = await db.orders.bulkGet([key('1'), key('2'), key('3')]);
    expect([one!.chase.case!.deadline, two!.chase.case!.deadline, three!.chase.case!.deadline]).toEqual([
      '2026-12-01T23:59:00.000Z',
      '2026-12-01T23:59:00.000Z',
      undefined,
    ]);
    expect((await getOrderEvents(db, key('1'))).at(-1)!.data).toMatchObject({
      change: { type: 'case_deadline_set', deadline: '2026-12-01T23:59:00.000Z' },
    });

    await setCaseDeadline(db, key('1'), undefined, ctx('2026-11-23T10:00:00.000Z'));
    expect((await db.orders.get(key('2')))!.chase.case!.deadline).toBeUndefined();
    expect(
      await setCaseDeadline(db, key('5'), '2026-12-01T23:59:00.000Z', ctx('2026-11-23T10:00:00.000Z')),
    ).toMatchObject({ ok: false, code: 'no_case' });
  });
});
