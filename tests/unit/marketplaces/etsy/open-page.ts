import { readFileSync } from 'node:fs';
import type { ReadingTime } from '@/lib/marketplaces';

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

/** The moment the saved pages are read at: 1 December 2026, 10:00 UTC, whatever the machine's zone. */
const READ_AT = new Date(Date.UTC(2026, 11, 1, 10, 0, 0));
/** READ_AT as the background takes it, in UTC whatever the machine's zone. */
export const ETSY_READ_AT: ReadingTime = { now: READ_AT, viewerZone: 'UTC' };
const two = (n: number) => String(n).padStart(2, '0');
/** READ_AT as `document.lastModified` gives it: local time, MM/DD/YYYY hh:mm:ss. */
const LAST_MODIFIED = `${two(READ_AT.getMonth() + 1)}/${two(READ_AT.getDate())}/${READ_AT.getFullYear()} ${two(READ_AT.getHours())}:${two(READ_AT.getMinutes())}:${two(READ_AT.getSeconds())}`;

/** A saved Etsy page as the browser shows it: shadow roots attached, read at READ_AT. */
export function openEtsyPage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  Object.defineProperty(doc, 'lastModified', { value: LAST_MODIFIED });
  return doc;
}

export const openSaved = (name: string) => openEtsyPage(readFileSync(`${ETSY_FIXTURES}/${name}.html`, 'utf8'));
