import { readFileSync } from 'node:fs';

export const ETSY_FIXTURES = 'tests/fixtures/etsy';

/**
 * Declarative shadow roots (`<template shadowrootmode="open">`), as Chromium attaches them when it
 * loads a page: happy-dom's parser (like every browser's DOMParser) leaves them as templates.
 */
function attachShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({
      mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open',
    });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachShadowRoots(shadow);
  }
}

/** A saved Etsy page as the browser shows it: shadow roots attached. */
export function openEtsyPage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  return doc;
}

export const openSaved = (name: string) => openEtsyPage(readFileSync(`${ETSY_FIXTURES}/${name}.html`, 'utf8'));
