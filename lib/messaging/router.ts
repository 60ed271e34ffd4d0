import * as v from 'valibot';
import { BgMessageSchema, describeIssues } from './schemas';
import { messageBytes, PAGE_MESSAGE_BYTE_BUDGET, SMALL_MESSAGE_BYTE_BUDGET } from './budgets';
import type { BgMessage, BgResponse } from './types';
import { CsToBg, isPanelMessage, PageToBg } from './types';
import { originOf } from '../model/shop';

/** Messages only Settle's own pages (popup, dashboard, options) may send. */
const isExtensionPageMessage = (message: BgMessage) => (Object.values(PageToBg) as string[]).includes(message.type);

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  /** The sending frame in its tab: 0 for the tab's top page. */
  frameId?: number;
  tab?: { id?: number; url?: string; windowId?: number };
}

export type Handlers = {
  [K in BgMessage['type']]: (message: Extract<BgMessage, { type: K }>, sender: MessageSender) => Promise<unknown>;
};

/** Errors a handler may throw on purpose, with the code the caller sees. */
export class HandledError extends Error {
  constructor(
    readonly code: 'storage-full' | 'forbidden' | 'refused',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A page may only report about itself: the message, and every order in it, must come from the
 * sending tab's own origin. This stops one site's page from writing orders for another.
 * Messages from extension pages must come from the extension's own origin.
 */
function senderMayReport(message: BgMessage, sender: MessageSender, ownOrigin: string | undefined): boolean {
  const origin = originOf(sender.url ?? sender.tab?.url);
  // Settle's own pages (popup, dashboard, options): privileged, never a content script.
  if (isExtensionPageMessage(message))
    return !!ownOrigin && pageOriginOf(sender.url) === ownOrigin && !isOwnPanel(sender, ownOrigin);
  // The order panel: Settle's own page, framed in a console tab, speaking for that tab's shop.
  if (isPanelMessage(message)) return isOwnPanel(sender, ownOrigin) && /^https?:/.test(sender.tab?.url ?? '');
  // A content script. Each order's own site is checked order by order (lib/background/page-orders.ts).
  return message.type === CsToBg.PAGE_READ && !!sender.tab && !!origin && originOf(message.url) === origin;
}

/** protocol + host, not `origin`: URL gives extension schemes an opaque "null" origin outside the browser. */
function pageOriginOf(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** Settle's panel page (panel.html), whatever its dynamic URL. */
function isOwnPanel(sender: MessageSender, ownOrigin: string | undefined): boolean {
  if (!sender.url || !ownOrigin || pageOriginOf(sender.url) !== ownOrigin) return false;
  return new URL(sender.url).pathname === '/panel.html';
}

/** Page readings may be large (up to 1,000 orders); every other message is a few fields. */
function byteBudgetOf(raw: unknown): number {
  return (raw as { type?: unknown } | null)?.type === CsToBg.PAGE_READ
    ? PAGE_MESSAGE_BYTE_BUDGET
    : SMALL_MESSAGE_BYTE_BUDGET;
}

/**
 * Validates one runtime message against its schema and sender, then runs its handler. Never throws.
 * `ownOrigin` is the extension's origin (chrome-extension://id), whose pages may send page messages.
 */
export async function routeMessage(
  raw: unknown,
  sender: MessageSender,
  handlers: Handlers,
  ownOrigin?: string,
): Promise<BgResponse> {
  // Measured before any field is validated: a huge message costs one pass, never a parse.
  if (messageBytes(raw) > byteBudgetOf(raw))
    return { ok: false, error: 'too-large', detail: 'This message is larger than Settle accepts.' };
  const parsed = v.safeParse(BgMessageSchema, raw);
  if (!parsed.success) return { ok: false, error: 'invalid-message', detail: describeIssues(parsed.issues) };
  const message = parsed.output as BgMessage;
  if (!senderMayReport(message, sender, ownOrigin)) {
    return { ok: false, error: 'forbidden', detail: 'This sender may not report about that page.' };
  }
  try {
    // Each handler takes its own message type; the schema checked `message` matches `message.type`.
    const handler = handlers[message.type] as (m: BgMessage, s: MessageSender) => Promise<unknown>;
    return { ok: true, result: await handler(message, sender) };
  } catch (error) {
    if (error instanceof HandledError) return { ok: false, error: error.code, detail: error.message };
    console.error('Settle: handler failed', message.type, error);
    return { ok: false, error: 'internal', detail: (error as Error).message ?? String(error) };
  }
}
