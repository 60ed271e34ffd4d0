import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readPage } from '@/lib/marketplaces';
import { CONSOLES } from '@/lib/marketplaces/consoles';
import { buildRegistry } from '@/lib/marketplaces/registry';
import { reminderCloseAt } from '@/lib/marketplaces/rules';
import { readingSchemas } from '@/lib/messaging/schemas';
import { parseRoute } from '@/components/dashboard/route';
import { CsToBg } from '@/lib/messaging/types';
import { initialChase } from '@/lib/tracker/lifecycle';
import { toyConsole } from '../../fixtures/toy-console/console';
import { TOY_ID } from '../../fixtures/toy-console/reader';

const DIR = 'tests/fixtures/toy-console';
const saved = JSON.parse(readFileSync(`${DIR}/order-t7.expected.json`, 'utf8')) as { url: string; orders: unknown[] };
const page = () => new DOMParser().parseFromString(readFileSync(`${DIR}/order-t7.html`, 'utf8'), 'text/html');

// A console added from its own folder (tests/fixtures/toy-console/) and one line in the list:
// nothing else in Settle is edited, and every registry knows it.
describe('a console added from its folder alone', () => {
  const registry = buildRegistry([...CONSOLES, toyConsole]);

  it('is read: its reader reads its saved page through the same read path as every console', () => {
    const reading = readPage(page(), saved.url, registry.readers);
    expect(reading).toEqual({
      ok: true,
      marketplace: TOY_ID,
      kind: 'order-detail',
      orders: saved.orders,
      warnings: [],
    });
  });

  it('is registered: its rules, its place in the schedule list, its dashboard route and its readings are accepted', () => {
    expect(registry.rulesFor(TOY_ID)).toBe(toyConsole.rules);
    expect(registry.allRules).toContain(toyConsole.rules);
    expect(registry.ids).toContain(TOY_ID);
    expect(parseRoute('#/order/toy/toy.test/T-7', registry)).toEqual({
      page: 'order',
      marketplace: TOY_ID,
      shop: 'toy.test',
      orderId: 'T-7',
    });
    const schemas = readingSchemas(registry.ids);
    expect(
      v.safeParse(schemas.PageReadMessageSchema, {
        type: CsToBg.PAGE_READ,
        url: saved.url,
        reading: readPage(page(), saved.url, registry.readers),
      }).success,
    ).toBe(true);
    expect(v.safeParse(schemas.OrderSnapshotSchema, saved.orders[0]).success).toBe(true);
    // Its rules time reminders as they say: the toy's close moves them.
    expect(reminderCloseAt({ marketplace: TOY_ID, placedAt: '2026-11-19T10:00:00Z' }, registry.rulesFor(TOY_ID))).toBe(
      '2026-11-21T10:00:00.000Z',
    );
  });

  it('is not registered while it is missing from the list: its route, readings and rules are refused', () => {
    const without = buildRegistry(CONSOLES);
    expect(parseRoute('#/order/toy/toy.test/T-7', without)).toEqual({ page: 'list' });
    expect(readPage(page(), saved.url, without.readers).ok).toBe(false);
    expect(v.safeParse(readingSchemas(without.ids).OrderSnapshotSchema, saved.orders[0]).success).toBe(false);
    expect(() => without.rulesFor(TOY_ID)).toThrow('"toy" is not in the consoles list');
  });

  it('is contactable: its contact strategy offers its ways to reach the buyer, named in its words', () => {
    const reading = readPage(page(), saved.url, registry.readers);
    if (!reading.ok) throw new Error(reading.error);
    const order = {
      ...reading.orders[0]!,
      buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      shop: 'toy.test',
      open: 1 as const,
      buyerKey: 'ada lovelace',
      firstSeenAt: '2026-11-19T10:00:00Z',
      lastActivityAt: '2026-11-19T10:00:00Z',
      chase: initialChase(),
    };
    const options = registry.contactStrategyFor(TOY_ID).options({ order, subject: 'Order T-7', text: 'Please pay' });
    expect(options.map((o) => o.channel)).toEqual(['mail-draft', 'copied']);
    expect(options[0]!.action).toEqual({
      kind: 'open-url',
      url: 'mailto:ada@example.com?subject=Order%20T-7&body=Please%20pay',
    });
    expect(registry.channelKey(TOY_ID, 'console-form')).toBe('channel_chat');
    expect(registry.channelKey(TOY_ID, 'copied')).toBe('channel_copied');
  });
});
