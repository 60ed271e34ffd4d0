/**
 * Puts text on the clipboard from a click. The async Clipboard API needs a secure page; many
 * self-hosted consoles are plain http, where the older copy command still works during a click.
 */
export async function copyText(doc: Document, text: string): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (doc.defaultView?.isSecureContext && clipboard) {
    await clipboard.writeText(text);
    return;
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
