const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (a buyer's name, a page's words) made safe to put anywhere in HTML: it stays text. */
export const escapeHtml = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** JSON to put inside a <script> element: no "</script>" or "<!--" can end or bend it. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
