/**
 * Puts text on the clipboard from a click. The async Clipboard API is tried first; in a frame on
 * another site's page (Settle's panel) Chromium may refuse it, and the older copy command, which
 * needs only the click, still works there.
 */
export async function copyText(doc: Document, text: string): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (doc.defaultView?.isSecureContext && clipboard) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // refused (not focused, or the frame may not write the clipboard): the copy command below
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
  doc.body.append(area);
  area.select();
  const copied = doc.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy command refused');
}
