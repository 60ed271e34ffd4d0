import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** Only what people type in a phone number: digits, one leading +, spaces, dashes, dots, slashes and brackets. */
const PHONE_CHARACTERS = /^\+?[\d\s\-./()\u00a0]+$/;

/** The country a number without +country code belongs to: the region of the seller's UI language (en-GB → GB, zh-CN → CN; plain en → US). */
function defaultCountry(locale: string): CountryCode | undefined {
  try {
    return new Intl.Locale(locale).maximize().region as CountryCode | undefined;
  } catch {
    return undefined;
  }
}

/**
 * A buyer's phone number as the seller typed it, in E.164 (`+447700900123`), or null when it is
 * not a phone number ("call me maybe", too few or too many digits for its country). Parsed by
 * libphonenumber-js: the dashboard's bundle only, never the background's or a content script's.
 * Numbers "possible" for their country (the right length) pass: full validity would refuse ranges
 * newer than the library's data and the numbers reserved for drama and tests (07700 900xxx).
 */
export function parsePhoneInput(text: string, locale: string): string | null {
  const typed = text.trim();
  if (!PHONE_CHARACTERS.test(typed) || typed.replace(/\D/g, '').length < 5) return null;
  const number = parsePhoneNumberFromString(typed, defaultCountry(locale));
  return number?.isPossible() ? number.number : null;
}
