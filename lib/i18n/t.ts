import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';
import { pluralRules } from './intl-cache';

/** Every message key, typed from the English catalogue (a test checks the other locales have them all). */
export type MessageKey = keyof typeof en;

/** A seller-facing string in the browser's UI language. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The UI language as a BCP 47 tag for Intl (zh-CN, zh-TW, en-US). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/**
 * The key of a message named after a value (`stage_written_off`, `rule_may_cancel`). Chrome allows
 * only letters, digits and "_" in message names, so the value's dashes become underscores.
 */
export function keyFor(prefix: string, value: string): MessageKey {
  return `${prefix}_${value.replace(/-/g, '_')}` as MessageKey;
}

/** A message written once per plural form (`chainIntact_one`, `chainIntact_other`), named without the form. */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
}[MessageKey];

/**
 * The form of a counted message that `count` takes in the UI language: English says "1 event" and
 * "2 events"; Chinese has one form, so its catalogues hold the same words under both keys.
 * @example t(countedKey('chainIntact', n), n, head)
 */
export function countedKey(key: CountedKey, count: number): MessageKey {
  return pluralRules(uiLocale()).select(count) === 'one' ? `${key}_one` : `${key}_other`;
}
