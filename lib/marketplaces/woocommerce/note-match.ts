/** How much of a reminder's words (spacing removed) a note must start with to be that reminder. */
const MATCH_CHARS = 200;

/**
 * A note's words as compared. WooCommerce shows a note through wpautop (line breaks become <p> and
 * <br>) and wptexturize (curly quotes, en and em dashes, "…", "×"): compare the words, not those.
 */
function noteKey(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u00D7/g, 'x')
    .normalize('NFKC')
    .replace(/[-\u2010-\u2015]+/g, '-')
    .replace(/\s+/g, '');
}

/** Whether a customer note as the console shows it is this reminder: the same words, over a long prefix. */
export function noteMatches(note: string, sent: string): boolean {
  const expected = noteKey(sent).slice(0, MATCH_CHARS);
  return !!expected && noteKey(note).startsWith(expected);
}
