/** A mailto: link carrying a whole reminder (RFC 6068: subject and body percent-encoded, CRLF line ends). */
export function mailtoLink(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** An sms: link (RFC 5724) a phone opens with the text ready to send. */
export function smsLink(phone: string, body: string): string {
  return `sms:${phone.replace(/[^\d+]/g, '')}?body=${encodeURIComponent(body)}`;
}

/** An international number in E.164 form: "+", a country code, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The buyer's phone as a text message can use it: an E.164 number, spaces taken out
 * ("+44 7700 900123" → "+447700900123"); undefined for anything else (a national number, older
 * free text like "call me maybe"), so no text message is offered to a number that is not one.
 */
export function smsPhone(phone: string | undefined): string | undefined {
  const compact = phone?.replace(/\s+/g, '');
  return compact && E164.test(compact) ? compact : undefined;
}
