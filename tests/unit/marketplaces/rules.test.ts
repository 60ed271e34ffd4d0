import { describe, expect, it } from 'vitest';
import type { MarketplaceId } from '@/lib/model/order';
import {
  ALL_RULES,
  autoCloseAt,
  ruleDates,
  ruleDeadline,
  rulesFor,
  type RuleConfidence,
  type TimedRule,
} from '@/lib/marketplaces/rules';

const MARKETPLACES: MarketplaceId[] = [
  'ebay',
  'etsy',
  'shopify',
  'woocommerce',
  'taobao',
  'pinduoduo',
  'douyin',
  'generic',
];
const PLATFORMS = MARKETPLACES.filter((m) => m !== 'generic');
const RANK: Record<RuleConfidence, number> = { 'unverified-default': 0, secondary: 1, verified: 2 };

function timedRules(marketplace: MarketplaceId): [string, TimedRule][] {
  const { autoClose, sellerMayCancel, caseOpens, windowCloses } = rulesFor(marketplace);
  return Object.entries({ autoClose, sellerMayCancel, caseOpens, windowCloses }).filter(
    (e): e is [string, TimedRule] => e[1] !== undefined,
  );
}

const at = (iso: string) => new Date(iso).toISOString();

describe('marketplace rules data', () => {
  it('has one rules object per marketplace', () => {
    expect(ALL_RULES.map((r) => r.marketplace).sort()).toEqual([...MARKETPLACES].sort());
    for (const id of MARKETPLACES) expect(rulesFor(id).marketplace).toBe(id);
  });

  it.each(PLATFORMS)('%s cites at least one https source, and only https sources', (id) => {
    const { sources } = rulesFor(id);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it.each(PLATFORMS)('%s names at least one way to reach the buyer', (id) => {
    expect(rulesFor(id).contactChannels.length).toBeGreaterThan(0);
  });

  it.each(MARKETPLACES)('%s: every timed rule is backed by a listed source at least as sure as the rule', (id) => {
    for (const [name, rule] of timedRules(id)) {
      expect(rule.hours, name).toBeGreaterThan(0);
      if (rule.confidence === 'unverified-default') {
        expect(rule.note, `${name} explains its default`).toBeTruthy();
        continue;
      }
      const sourceRank = rule.source ? RANK[rule.source.confidence] : -1;
      expect(sourceRank, `${name} source`).toBeGreaterThanOrEqual(RANK[rule.confidence]);
      expect(rulesFor(id).sources, name).toContain(rule.source);
    }
  });

  it('orders added by hand have no platform rules', () => {
    expect(timedRules('generic')).toEqual([]);
  });

  it('eBay: no unpaid case since 2021, message body up to 2000 characters', () => {
    expect(rulesFor('ebay').caseOpens).toBeUndefined();
    expect(rulesFor('ebay').messageMaxLength).toBe(2000);
  });
});

describe('ruleDates', () => {
  it('eBay: may cancel 4 calendar days after the sale, window closes after 30', () => {
    const dates = ruleDates({ marketplace: 'ebay', placedAt: '2026-11-19T14:00:00Z' });
    expect(dates.map((d) => [d.kind, d.at, d.confidence])).toEqual([
      ['auto-close', at('2026-11-23T14:00Z'), 'verified'],
      ['may-cancel', at('2026-11-23T14:00Z'), 'verified'],
      ['window-closes', at('2026-12-19T14:00Z'), 'verified'],
    ]);
    expect(dates[1]?.source?.url).toContain('ebay.co.uk/help');
  });

  it('WooCommerce: closes 60 minutes after the last modification, not after placing', () => {
    const order = {
      marketplace: 'woocommerce' as const,
      placedAt: '2026-11-19T10:00:00Z',
      lastModifiedAt: '2026-11-19T14:05:22+08:00',
    };
    expect(ruleDates(order)).toEqual([
      {
        kind: 'auto-close',
        at: at('2026-11-19T07:05:22Z'),
        confidence: 'verified',
        source: rulesFor('woocommerce').autoClose?.source,
      },
    ]);
    expect(ruleDates({ marketplace: 'woocommerce', placedAt: '2026-11-19T10:00:00Z' })).toEqual([]);
  });

  it("orders added by hand: due after the seller's terms, or on their own due date", () => {
    const placedAt = '2026-11-19T14:00:00Z';
    expect(ruleDates({ marketplace: 'generic', placedAt }, { terms: { dueDays: 7, graceDays: 3 } })).toEqual([
      { kind: 'payment-due', at: at('2026-11-26T14:00Z'), confidence: 'verified' },
    ]);
    expect(ruleDates({ marketplace: 'generic', placedAt })).toEqual([
      { kind: 'payment-due', at: at('2026-12-03T14:00Z'), confidence: 'unverified-default' },
    ]);
    expect(
      ruleDates({ marketplace: 'generic', placedAt, dueAt: '2026-12-01' }, { terms: { dueDays: 7, graceDays: 0 } }),
    ).toEqual([{ kind: 'payment-due', at: at('2026-12-01T00:00Z'), day: '2026-12-01', confidence: 'verified' }]);
  });

  it("reports a console order's own due date (Shopify payment terms) as payment-due", () => {
    expect(
      ruleDates({ marketplace: 'shopify', placedAt: '2026-11-19T14:00:00Z', dueAt: '2026-12-19T00:00:00Z' }),
    ).toEqual([{ kind: 'payment-due', at: at('2026-12-19T00:00Z'), confidence: 'verified' }]);
  });

  it('keeps a due date the console prints as a day (eBay "Payment due Dec 2, 2026") as that day, not its midnight', () => {
    const [due] = ruleDates({ marketplace: 'ebay', dueAt: '2026-12-02' });
    expect(due).toEqual({
      kind: 'payment-due',
      at: at('2026-12-02T00:00Z'),
      day: '2026-12-02',
      confidence: 'verified',
    });
    // A due date with its time has no day of its own.
    expect(ruleDates({ marketplace: 'ebay', dueAt: '2026-12-02T18:30:00' })[0]).not.toHaveProperty('day');
  });

  it('reads a placedAt without an offset as UTC, and one with an offset as that instant', () => {
    // Without the fix, JavaScript reads offset-less times in the machine's zone: this catches it only off UTC (tried with TZ=Asia/Shanghai).
    const mayCancel = (placedAt: string) =>
      ruleDates({ marketplace: 'ebay', placedAt }).find((d) => d.kind === 'may-cancel')?.at;
    expect(mayCancel('2026-11-19T14:05:22')).toBe(at('2026-11-23T14:05:22Z'));
    expect(mayCancel('2026-11-19T22:05:22+08:00')).toBe(at('2026-11-23T14:05:22Z'));
    expect(mayCancel('2026-11-19T14:05')).toBe(at('2026-11-23T14:05Z'));
  });

  it('gives no date for rules counted from a missing or unreadable placedAt', () => {
    expect(ruleDates({ marketplace: 'ebay' })).toEqual([]);
    expect(ruleDates({ marketplace: 'taobao', placedAt: 'yesterday' })).toEqual([]);
    expect(ruleDates({ marketplace: 'generic' }, { terms: { dueDays: 7, graceDays: 0 } })).toEqual([]);
  });

  it('sorts by time: Taobao may-cancel (5 minutes) comes before the unverified auto-close default', () => {
    const dates = ruleDates({ marketplace: 'taobao', placedAt: '2026-11-19T14:00:00+08:00' });
    expect(dates.map((d) => [d.kind, d.at, d.confidence])).toEqual([
      ['may-cancel', at('2026-11-19T06:05Z'), 'secondary'],
      ['auto-close', at('2026-11-20T06:00Z'), 'unverified-default'],
    ]);
  });

  it('gives nothing for consoles with no known timed rule', () => {
    for (const marketplace of ['etsy', 'shopify', 'pinduoduo', 'douyin'] as const)
      expect(ruleDates({ marketplace, placedAt: '2026-11-19T14:00:00Z' })).toEqual([]);
  });
});

describe('ruleDeadline', () => {
  const business = (hours: number) => ({ hours, calendar: 'business' as const });

  it('skips Saturday and Sunday (UTC) for business-day rules', () => {
    // 2026-11-20 is a Friday.
    expect(ruleDeadline('2026-11-20T14:00:00Z', business(24))).toBe(at('2026-11-23T14:00Z'));
    expect(ruleDeadline('2026-11-19T14:00:00Z', business(4 * 24))).toBe(at('2026-11-25T14:00Z'));
  });

  it('starts a business-day count that begins on a weekend on Monday 00:00 UTC', () => {
    expect(ruleDeadline('2026-11-21T09:30:00Z', business(24))).toBe(at('2026-11-24T00:00Z'));
  });

  it('counts calendar rules straight through the weekend', () => {
    expect(ruleDeadline('2026-11-20T14:00:00Z', { hours: 24, calendar: 'calendar' })).toBe(at('2026-11-21T14:00Z'));
  });
});

describe('autoCloseAt', () => {
  it('is the platform close time, or undefined where none is known', () => {
    expect(autoCloseAt({ marketplace: 'ebay', placedAt: '2026-11-19T14:00:00Z' })).toBe(at('2026-11-23T14:00Z'));
    expect(autoCloseAt({ marketplace: 'woocommerce', lastModifiedAt: '2026-11-19T14:00:00Z' })).toBe(
      at('2026-11-19T15:00Z'),
    );
    expect(autoCloseAt({ marketplace: 'etsy', placedAt: '2026-11-19T14:00:00Z' })).toBeUndefined();
    expect(autoCloseAt({ marketplace: 'ebay' })).toBeUndefined();
  });
});
