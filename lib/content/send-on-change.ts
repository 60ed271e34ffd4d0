import { CsToBg, type BgMessage, type BgResponse } from '../messaging/types';

type Send = (message: BgMessage) => Promise<BgResponse | undefined>;

/**
 * Sends a page's reading to the background only when it differs from the last one the background
 * answered for the same address; a reading identical to that one gets the same answer again,
 * unsent. A single-page console redraws its table many times without changing an order (a hover,
 * a timer, a re-render): each redraw is read again (lib/content/spa-watch.ts), and only a changed
 * reading costs the background anything. The comparison is of the readings' JSON, which for a list
 * of 500 orders costs about a millisecond. An answer that asks for the reading again (no answer, or
 * `internal`: lib/content/run-order-page.ts) is not kept. Every other message goes through.
 */
export function sendOnChange(send: Send): Send {
  let last: { url: string; reading: string; response: BgResponse } | undefined;
  return async (message) => {
    if (message.type !== CsToBg.PAGE_READ) return send(message);
    const reading = JSON.stringify(message.reading);
    if (last && last.url === message.url && last.reading === reading) return last.response;
    const response = await send(message);
    last =
      response && (response.ok || response.error !== 'internal') ? { url: message.url, reading, response } : undefined;
    return response;
  };
}
