import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Resolves messages the way browser.i18n does: $NAME$ → its placeholder content → $1…$9. */
export function useLocale(locale: 'en' | 'zh_CN' | 'zh_TW'): void {
  const catalogue = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalogue;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message
      .replace(/\$([A-Z_]+)\$/gi, (_m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale.replace('_', '-'));
}
