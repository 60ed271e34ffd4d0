import type { MarketplaceId } from '../model/order';

/**
 * Code the always-on content script needs only on an order page (the reader and the panel, after
 * the page's load) or only at a click (a console's note form at a send, the capture steps at a
 * capture) ships as its own packaged script, imported into the content
 * script's isolated world the first time and left in a slot there, where the page's own scripts
 * cannot reach it. Keeps the script that runs on every console page within its budget.
 */
/** The packaged scripts a content script may load. */
export const MODULES = { consoleContact: 'console-contact', pageCapture: 'page-capture' } as const;

/** A console's page module (`entrypoints/<id>-page.ts`), which its content script loads on an order page. */
export const consolePageModule = <Id extends MarketplaceId>(id: Id) => `${id}-page` as const;

type ModuleName = (typeof MODULES)[keyof typeof MODULES] | ReturnType<typeof consolePageModule>;

type Slots = Record<symbol, unknown>;

const slot = (name: ModuleName) => Symbol.for(`settle.${name}`);

/** Called by a packaged script when it loads: hands over what it provides. */
export function provideModule(name: ModuleName, value: unknown): void {
  (globalThis as Slots)[slot(name)] = value;
}

/** Imports the packaged script at `scriptUrl` once (later calls reuse it) and returns what it provided. */
export async function loadModule<T>(name: ModuleName, scriptUrl: string): Promise<T | undefined> {
  if (!(globalThis as Slots)[slot(name)]) await import(/* @vite-ignore */ scriptUrl);
  return (globalThis as Slots)[slot(name)] as T | undefined;
}
