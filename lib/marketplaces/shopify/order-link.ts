/**
 * The order number as the admin prints it, without its "#": "#1020" → "1020", "#BG7228" → "BG7228"
 * (stores set their own prefix and suffix), a draft's "#D12" → "D12". Undefined when the text
 * holds no number.
 */
export function orderIdOf(text: string): string | undefined {
  const m = /#\s*([^\s#]+)/.exec(text) ?? /^\s*([^\s#]*\d[^\s#]*)/.exec(text);
  return m ? m[1] : undefined;
}
