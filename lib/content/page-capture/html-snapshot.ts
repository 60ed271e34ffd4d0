/** Elements that run code, load other pages or would fetch styles again: never in a snapshot. */
const ACTIVE =
  'script, noscript, iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], link[rel~="stylesheet" i], link[rel~="preload" i], link[rel~="modulepreload" i], link[rel~="prefetch" i], link[rel~="import" i], style';
/** What Settle itself put on the page (its panel and list flags): the snapshot shows the console's page. */
const SETTLE_OWN = '#settle-chase-panel, .settle-repeat-non-payer';
/** Images inlined at most this many bytes in all (as data: URLs); the rest keep their address. */
const INLINE_IMAGE_BUDGET = 8 * 1024 * 1024;

/** Every stylesheet the page can read, in document order; sheets of another site cannot be read and are named instead. */
function inlineStyles(doc: Document): { css: string; unreadable: string[] } {
  const parts: string[] = [];
  const unreadable: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      const media = sheet.media.mediaText;
      const rules = Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
      parts.push(media ? `@media ${media} {\n${rules}\n}` : rules);
    } catch {
      if (sheet.href) unreadable.push(sheet.href);
    }
  }
  return { css: parts.join('\n'), unreadable };
}

/** Form fields show what the seller typed or picked, which the markup alone does not hold. */
function copyFormState(from: Element, to: Element): void {
  const sources = from.querySelectorAll('input, textarea, select');
  const targets = to.querySelectorAll('input, textarea, select');
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target || target.tagName !== source.tagName) return;
    if (source instanceof HTMLInputElement) {
      if (source.type === 'checkbox' || source.type === 'radio') target.toggleAttribute('checked', source.checked);
      else if (source.type !== 'password' && source.type !== 'file') target.setAttribute('value', source.value);
    } else if (source instanceof HTMLTextAreaElement) target.textContent = source.value;
    else if (source instanceof HTMLSelectElement)
      Array.from(target.querySelectorAll('option')).forEach((o, j) =>
        o.toggleAttribute('selected', !!source.options[j]?.selected),
      );
  });
}

/** Same-site images already shown, as data: URLs, so the snapshot shows them offline; a tainted or too-big image keeps its address. */
function inlineImages(from: Element, to: Element, doc: Document): void {
  let budget = INLINE_IMAGE_BUDGET;
  const sources = from.querySelectorAll('img');
  const targets = to.querySelectorAll('img');
  sources.forEach((img, i) => {
    const target = targets[i];
    if (!target || !img.complete || !img.naturalWidth) return;
    try {
      const canvas = doc.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      canvas.getContext('2d')?.drawImage(img, 0, 0);
      const url = canvas.toDataURL('image/png');
      if (url.length > budget) return;
      budget -= url.length;
      target.setAttribute('src', url);
      target.removeAttribute('srcset');
    } catch {
      // Another site's image taints the canvas: it keeps its (absolute) address.
    }
  });
}

/**
 * The page as one self-contained HTML file (Firefox has no MHTML archive): the document as shown,
 * form values included, every readable stylesheet inlined, same-site images inlined, and nothing
 * that runs — scripts, frames, event handlers and javascript: links are removed, and a policy
 * forbids scripts should any remain. Links and remaining images point at their absolute addresses.
 */
export function htmlSnapshot(doc: Document, capturedAt: string): string {
  const clone = doc.documentElement.cloneNode(true) as HTMLElement;
  copyFormState(doc.documentElement, clone);
  inlineImages(doc.documentElement, clone, doc);
  clone.querySelectorAll(`${ACTIVE}, ${SETTLE_OWN}`).forEach((el) => el.remove());
  for (const el of Array.from(clone.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.toLowerCase().startsWith('on') || value.startsWith('javascript:') || value.startsWith('vbscript:'))
        el.removeAttribute(attr.name);
      // Relative addresses would point at nowhere once saved: made absolute against the page.
      else if ((attr.name === 'href' || attr.name === 'src') && !value.startsWith('data:')) {
        try {
          el.setAttribute(attr.name, new URL(attr.value, doc.baseURI).href);
        } catch {
          el.removeAttribute(attr.name);
        }
      }
    }
  }
  let head = clone.querySelector('head');
  if (!head) {
    head = doc.createElement('head');
    clone.prepend(head);
  }
  const { css, unreadable } = inlineStyles(doc);
  const meta = (attrs: Record<string, string>) => Object.assign(doc.createElement('meta'), attrs);
  const style = doc.createElement('style');
  style.textContent = css;
  const policy = meta({
    httpEquiv: 'Content-Security-Policy',
    content: "script-src 'none'; object-src 'none'; frame-src 'none'",
  });
  const about = doc.createComment(
    ` Saved by Settle from ${doc.URL.replace(/--/g, '-\u200b-')} at ${capturedAt}.${unreadable.length ? ` Stylesheets of other sites could not be read: ${unreadable.join(' ').replace(/--/g, '-\u200b-')}` : ''} `,
  );
  head.prepend(meta({ httpEquiv: 'Content-Type', content: 'text/html; charset=utf-8' }), policy, about, style);
  // Read, never written: the snapshot is the serialised clone, saved as a file and parsed by nobody here.
  // eslint-disable-next-line no-restricted-properties
  return `<!DOCTYPE html>\n${clone.outerHTML}`;
}
