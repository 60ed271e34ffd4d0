/**
 * Byte budgets for messages from pages. Checked before any field is validated, so a page cannot
 * make the background parse (or store) more than this however it builds its message.
 */

/** One order as read: a name, an address, up to 500 item lines. Larger is refused alone. */
export const ORDER_BYTE_BUDGET = 64 * 1024;

/** A page reading: the reader stops at 1,000 rows, which fit in this many times over. */
export const PAGE_MESSAGE_BYTE_BUDGET = 4 * 1024 * 1024;

/** Every other message (panel, send, finish) carries a few fields. */
export const SMALL_MESSAGE_BYTE_BUDGET = 16 * 1024;

/** The UTF-8 length of a string, without building the bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size of a message as JSON, or Infinity when it cannot be measured (cycles, BigInt). */
export function messageBytes(message: unknown): number {
  try {
    return utf8Length(JSON.stringify(message) ?? '');
  } catch {
    return Infinity;
  }
}
