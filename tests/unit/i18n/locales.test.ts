import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = 'public/_locales';
const load = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;
const en = load('en');
const placeholdersOf = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();

describe('locales', () => {
  it('ships en, zh_CN and zh_TW', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  it('names every message as Chrome requires (letters, digits, underscore), or the extension does not load', () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW'])
      for (const key of Object.keys(load(locale))) expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_@]+$/);
    for (const [key, entry] of Object.entries(en))
      for (const name of Object.keys(entry.placeholders ?? {})) expect(name, key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it.each(['zh_CN', 'zh_TW'])('%s has every English key, no extra key, and the same placeholders', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
      expect(placeholdersOf(message), key).toEqual(placeholdersOf(en[key]!.message));
    }
  });

  it('uses every key in the code, and every key the code uses exists', () => {
    const sources = ['components', 'entrypoints', 'lib']
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
          .map((f) => join(f.parentPath, f.name)),
      )
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = new Set([...sources.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)].map((m) => m[1]));
    for (const key of used) expect(en, `missing key ${key}`).toHaveProperty(key!);
    // Keys built from a value: `stage_${stage}`, `tone_${tone}` …
    const dynamic = [
      'marketplace_',
      'status_',
      'stage_',
      'tone_',
      'timing_',
      'rule_',
      'locale_',
      'channel_',
      'warn_',
      'optField_',
      'ev_',
      'refuse_',
      'evidenceKind_',
      'venue_',
      'checklist_',
      'confidence_',
      'venueNote_',
      'letterStyle_',
      'detailField_',
      'consoleAction_',
    ];
    // Counted messages are named without their plural form in the code: countedKey('chainIntact', n).
    const named = (k: string) =>
      sources.includes(`'${k}'`) ||
      (/_(one|other)$/.test(k) && sources.includes(`'${k.replace(/_(one|other)$/, '')}'`));
    const unused = Object.keys(en).filter(
      (k) => !used.has(k) && !dynamic.some((p) => k.startsWith(p)) && !k.startsWith('ext') && !named(k),
    );
    expect(unused).toEqual([]);
  });

  // "(1 open orders)": a message about a count has a form for one and a form for more, in every catalogue.
  it('writes every counted message in both plural forms', () => {
    const counted = Object.keys(en).filter((k) => k.endsWith('_one'));
    expect(counted.length).toBeGreaterThan(0);
    for (const key of counted) expect(en, key).toHaveProperty(key.replace(/_one$/, '_other'));
  });
});

describe('refusals', () => {
  it('has a message for every reason the lifecycle can refuse a step', async () => {
    const { REFUSAL_CODES } = await import('@/lib/tracker/lifecycle');
    for (const code of REFUSAL_CODES) expect(en, code).toHaveProperty(`refuse_${code}`);
  });
});
