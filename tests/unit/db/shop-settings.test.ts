import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import {
  CHASE_SETTINGS_KEY,
  defaultChaseSettings,
  getChaseSettings,
  paymentInstructionsFor,
  saveChaseSettings,
  signatureFor,
  type ChaseSettings,
} from '@/lib/db/settings';
import { checkShops } from '@/lib/db/shop-settings';

const SHOP = 'http://shop.test';
const settings = (patch: Partial<ChaseSettings> = {}): ChaseSettings => ({
  ...defaultChaseSettings(),
  sellerName: 'Jo Maker',
  paymentInstructions: 'PayPal: jo@example.com',
  ...patch,
});

let db: SettleDb;
let n = 0;
beforeEach(() => {
  db = new SettleDb(`settle-shop-settings-${++n}`);
});
afterEach(() => db.delete());

describe("each shop's own name and payment instructions", () => {
  it('come from the shop when set, else from the seller, blank counting as unset', () => {
    const s = settings({
      shops: {
        [SHOP]: { name: 'Oak & Iron', paymentInstructions: 'IBAN GB12 3456' },
        'http://blank.test': { name: '  ', paymentInstructions: '' },
      },
    });
    expect(signatureFor(s, SHOP)).toBe('Oak & Iron');
    expect(paymentInstructionsFor(s, SHOP)).toBe('IBAN GB12 3456');
    expect(signatureFor(s, 'http://blank.test')).toBe('Jo Maker');
    expect(paymentInstructionsFor(s, 'http://blank.test')).toBe('PayPal: jo@example.com');
    expect(paymentInstructionsFor(s, 'http://unseen.test')).toBe('PayPal: jo@example.com');
  });

  it('are kept and read back', async () => {
    const shops = {
      [SHOP]: { name: 'Oak & Iron', paymentInstructions: 'IBAN GB12 3456', reminderLocale: 'en' as const },
    };
    await saveChaseSettings(db, settings({ shops }));
    expect((await getChaseSettings(db)).shops).toEqual(shops);
  });

  it('keep the shop names a settings row written before shops had settings of their own carried', async () => {
    const { shops: _none, ...older } = settings();
    await db.settings.put({ key: CHASE_SETTINGS_KEY, value: { ...older, shopNames: { [SHOP]: 'Oak & Iron' } } });
    const read = await getChaseSettings(db);
    expect(read.shops).toEqual({ [SHOP]: { name: 'Oak & Iron' } });
    expect(read).not.toHaveProperty('shopNames');
  });
});

describe('the per-shop settings schema', () => {
  it.each([
    ['a key that is no shop address', { 'javascript:alert(1)': { name: 'x' } }, /must be a shop address/],
    [
      'a `__proto__` key, as a hostile backup would carry it',
      JSON.parse('{"__proto__": {"name": "x"}}') as unknown,
      /not valid/,
    ],
    ['an unknown field', { [SHOP]: { name: 'x', onload: 'alert(1)' } }, /shop\.test/],
    ['a language Settle cannot write', { [SHOP]: { reminderLocale: 'fr' } }, /reminderLocale/],
    ['a name longer than Options allows', { [SHOP]: { name: 'x'.repeat(201) } }, /name/],
    [
      'payment instructions longer than Options allows',
      { [SHOP]: { paymentInstructions: 'x'.repeat(1001) } },
      /paymentInstructions/,
    ],
    ['a shop that is not an object', { [SHOP]: 'Oak & Iron' }, /shop\.test/],
    ['no object at all', 'Oak & Iron', /not valid/],
  ])('refuses %s with a sentence saying where', (_what, value, where) => {
    const checked = checkShops(value);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toMatch(/^The shops' settings are not valid/);
    expect(!checked.ok && checked.error).toMatch(where);
  });

  it('accepts shop addresses with ports and the shop of orders added by hand', () => {
    expect(
      checkShops({
        'https://shop.example:8443': { name: 'A' },
        'http://[::1]:8080': {},
        manual: { paymentInstructions: 'IBAN' },
      }).ok,
    ).toBe(true);
  });

  it('refuses to save hostile per-shop settings, and keeps the ones saved before', async () => {
    await saveChaseSettings(db, settings({ shops: { [SHOP]: { name: 'Oak & Iron' } } }));
    const hostile = settings({ shops: { [SHOP]: { name: 'Oak & Iron', reminderLocale: '<script>' as never } } });
    await expect(saveChaseSettings(db, hostile)).rejects.toThrow(/not valid at .*reminderLocale/);
    expect((await getChaseSettings(db)).shops).toEqual({ [SHOP]: { name: 'Oak & Iron' } });
  });

  it('never drafts from a corrupt stored row: its shops are left out', async () => {
    await db.settings.put({ key: CHASE_SETTINGS_KEY, value: { ...settings(), shops: { [SHOP]: { name: 42 } } } });
    const read = await getChaseSettings(db);
    expect(read.shops).toEqual({});
    expect(read.sellerName).toBe('Jo Maker');
  });
});
