import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLES, consoles } from '@/lib/marketplaces/consoles';
import { buildRegistry } from '@/lib/marketplaces/registry';
import { autoCloseAt, reminderCloseAt, rulesFor } from '@/lib/marketplaces/rules';
import { MARKETPLACE_IDS } from '@/lib/model/order';
import { CONTACT_CHANNELS } from '@/lib/model/events';
import { defaultChaseSettings, defaultSchedule } from '@/lib/db/settings';
import { planReminder } from '@/lib/db/plan';
import { draftContextFor } from '@/lib/reminders/draft-context';
import { initialChase } from '@/lib/tracker/lifecycle';
import type { OrderRecord } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const folders = readdirSync('lib/marketplaces', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`lib/marketplaces/${d.name}/console.ts`))
  .map((d) => d.name);

describe('the consoles list', () => {
  it('holds every folder with a console definition, and only those', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(CONSOLES.map((c) => c.id).sort()).toEqual([...folders].sort());
  });

  it('agrees with the ids array the types and schemas derive from: no console is half-registered', () => {
    expect(CONSOLES.map((c) => c.id).sort()).toEqual([...MARKETPLACE_IDS].sort());
    expect(new Set(MARKETPLACE_IDS).size).toBe(MARKETPLACE_IDS.length);
  });

  it.each(CONSOLES.map((c) => [c.id, c] as const))('%s: its rules, reader and words are its own', (id, definition) => {
    expect(definition.rules.marketplace).toBe(id);
    if (definition.reader) expect(definition.reader.id).toBe(id);
    const keys = [
      definition.words.name,
      definition.words.ordersPage,
      ...Object.values(definition.words.channels ?? {}),
      ...Object.values(definition.words.channelNotes ?? {}),
    ].filter(Boolean);
    for (const key of keys) expect(en, `${id}: ${key}`).toHaveProperty([key!]);
    for (const channel of definition.rules.contactChannels) expect(CONTACT_CHANNELS).toContain(channel.id);
  });

  it('refuses two consoles with one id, and an id it does not hold', () => {
    expect(() => buildRegistry([...CONSOLES, CONSOLES[0]!])).toThrow('Two consoles have the id "woocommerce".');
    expect(() => buildRegistry(CONSOLES.slice(1)).consoleFor('woocommerce')).toThrow(
      '"woocommerce" is not in the consoles list',
    );
  });

  it('names a channel in the console’s own words, else by the channel’s general name', () => {
    expect(consoles.channelKey('woocommerce', 'console-form')).toBe('woocommerceChannelNote');
    expect(consoles.channelKey('woocommerce', 'console-invoice')).toBe('woocommerceChannelInvoice');
    expect(consoles.channelKey('ebay', 'console-form')).toBe('ebayChannelMessage');
    expect(consoles.channelKey('taobao', 'console-form')).toBe('channel_console_form');
    expect(consoles.channelKey('generic', 'mail-draft')).toBe('channel_mail_draft');
  });
});

describe('an auto-close that cannot move reminders (rule data, not a branch on the console)', () => {
  const placed = '2026-11-19T10:00:00Z';
  // As a reading gives it; WooCommerce counts its close from the order's last change.
  const record = (marketplace: OrderRecord['marketplace']): OrderRecord & { lastModifiedAt: string } => ({
    ...createSnapshot({ marketplace, placedAt: placed }),
    lastModifiedAt: placed,
    open: 1,
    buyerKey: 'jane doe',
    firstSeenAt: placed,
    lastActivityAt: placed,
    chase: initialChase(),
  });

  it('WooCommerce: its rule says why its hold-stock cancel does not time reminders', () => {
    const rule = rulesFor('woocommerce').autoClose!;
    expect(rule.movesReminders).toBe(false);
    expect(rule.movesRemindersWhy).toMatch(/checkout orders/);
    expect(autoCloseAt(record('woocommerce'))).toBe('2026-11-19T11:00:00.000Z');
    expect(reminderCloseAt(record('woocommerce'))).toBeUndefined();
  });

  it('follows the flag, whatever the console: the same rule allowed to move reminders does', () => {
    const moving = {
      ...rulesFor('woocommerce'),
      autoClose: { ...rulesFor('woocommerce').autoClose!, movesReminders: true },
    };
    expect(reminderCloseAt(record('woocommerce'), moving)).toBe('2026-11-19T11:00:00.000Z');
    expect(reminderCloseAt(record('ebay'))).toBe('2026-11-23T10:00:00.000Z');
  });

  it('the reminder plan and the draft use it: no close for WooCommerce, the close for eBay', () => {
    const settings = { ...defaultChaseSettings(), timeZone: 'UTC' };
    expect(draftContextFor(record('woocommerce'), settings, placed).autoCloseAt).toBeUndefined();
    expect(draftContextFor(record('ebay'), settings, placed).autoCloseAt).toBe('2026-11-23T10:00:00.000Z');
    // A first reminder on day 5: after eBay's 4-day close, so eBay's is pulled before it; WooCommerce's stays on the ladder.
    const late = (m: 'ebay' | 'woocommerce') => ({
      ...defaultSchedule(m),
      steps: [{ tone: 'friendly' as const, day: 5 }],
    });
    const lateSettings = { ...settings, schedules: { ebay: late('ebay'), woocommerce: late('woocommerce') } };
    expect(planReminder(record('ebay'), lateSettings)?.timing).toBe('before-auto-close');
    expect(planReminder(record('woocommerce'), lateSettings)).toMatchObject({
      timing: 'ladder',
      dueAt: '2026-11-24T10:00:00.000Z',
    });
  });
});
