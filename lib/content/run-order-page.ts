import type { MarketplaceAdapter } from '../marketplaces/types';
import { readPageSteps } from '../marketplaces/read-page';
import { finish, type Steps } from '../marketplaces/steps';
import type { PageReading } from '../marketplaces/types';
import { CsToBg, type BgMessage, type BgResponse, type PageReadMessage } from '../messaging/types';

export type SendToBackground = (message: BgMessage) => Promise<BgResponse | undefined>;

/**
 * Waits before each retry; the worker may be stopping or starting (MV3 stops it at will). About
 * 100 s in all, so a worker stopped again and again (the restart browser test), on a machine busy
 * enough to take tens of seconds over a write, still gets the reading.
 */
const RETRY_DELAYS_MS = [250, 750, 2000, 5000, 10_000, 20_000, 30_000, 30_000];

/**
 * Sends until the background answers. A worker stopped mid-write answers nothing (or the port
 * closes), or answers `internal` when its database was closed under the write; the transaction
 * rolled back, and the write is idempotent, so sending the same reading again is safe. A refusal
 * of the reading itself (invalid, forbidden, too large, storage full) is final.
 */
async function sendWithRetry(send: SendToBackground, message: PageReadMessage, sleep: (ms: number) => Promise<void>) {
  let last: BgResponse | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      last = await send(message);
      if (last && (last.ok || last.error !== 'internal')) return last;
    } catch (error) {
      if (attempt >= RETRY_DELAYS_MS.length) throw error;
    }
    if (attempt >= RETRY_DELAYS_MS.length) return last;
    await sleep(RETRY_DELAYS_MS[attempt]!);
  }
}

/**
 * What a console's content script does on a page: read it with the console's adapter and report
 * the reading (orders, or why the page could not be read) to the background. Pages that are not
 * order pages are left alone: the URL is checked first (adapter.isOrderPageUrl, which never looks
 * at the page), and on any other URL nothing reads the document or sends a message.
 * Returns the reading and the background's answer. `drive` runs the reading's steps: all at once by
 * default, in slices on a real page (lib/content/run-in-slices.ts).
 */
export async function runOrderPage(
  adapter: MarketplaceAdapter,
  doc: Document,
  location: string,
  send: SendToBackground,
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  drive: <T>(steps: Steps<T>) => Promise<T> = async (steps) => finish(steps),
): Promise<{ reading: PageReading; response: BgResponse | undefined } | undefined> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return undefined;
  }
  if (!adapter.isOrderPageUrl(url)) return undefined;
  const reading = await drive(readPageSteps(adapter, doc, url));
  if (!reading) return undefined;
  const response = await sendWithRetry(send, { type: CsToBg.PAGE_READ, url: url.href, reading }, sleep);
  if (response && !response.ok)
    console.warn(`Settle: the background refused this page's reading (${response.error}): ${response.detail}`);
  return { reading, response };
}
