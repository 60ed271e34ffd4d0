import { QUERY_MEDIA_TYPE, timeStampRequest } from './request';
import { readTimeStampResponse, type TimeStampInfo } from './response';
import { TimeStampError } from './errors';

/** A granted time stamp on a manifest: the authority's answer exactly as received, and what Settle read of it. */
export interface ManifestStamp {
  /** The authority's address, as the seller gave it. */
  url: string;
  /** The whole TimeStampResp, byte for byte: `openssl ts -verify -in` takes this form. */
  response: Uint8Array;
  info: TimeStampInfo;
}

export interface StampOptions {
  /** The export's own signal: Cancel stops the request too. */
  signal?: AbortSignal;
  /** An authority that has not answered by then counts as unreachable. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** More than any real answer (a token with its certificate chain is a few KB): a bigger one is not read. */
const MAX_RESPONSE_BYTES = 1 << 20;
export const STAMP_TIMEOUT_MS = 30_000;

/**
 * Asks the RFC 3161 authority at `url` to stamp the SHA-256 of `manifest`: POSTs a DER
 * TimeStampReq (with a random 8-byte nonce) as application/timestamp-query, without cookies or
 * referrer, and checks the answer (response.ts). Throws a TimeStampError saying why when there is
 * no good stamp; rethrows the signal's reason when the export was cancelled.
 */
export async function stampManifest(
  url: string,
  manifest: Uint8Array,
  { signal, timeoutMs = STAMP_TIMEOUT_MS, fetch: fetchImpl = fetch }: StampOptions = {},
): Promise<ManifestStamp> {
  const sha256 = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest as Uint8Array<ArrayBuffer>));
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  signal?.throwIfAborted();
  const timeout = AbortSignal.timeout(timeoutMs);
  const request = timeStampRequest(sha256, nonce);
  const tooLarge = () =>
    new TimeStampError('bad-response', `${url} sent more than a time stamp`, { text: 'too large' });
  let response: Uint8Array;
  try {
    const answer = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': QUERY_MEDIA_TYPE },
      body: request as Uint8Array<ArrayBuffer>,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!answer.ok)
      throw new TimeStampError('http', `${url} answered HTTP ${answer.status}`, { status: answer.status });
    if (Number(answer.headers.get('Content-Length') ?? 0) > MAX_RESPONSE_BYTES) throw tooLarge();
    response = new Uint8Array(await answer.arrayBuffer());
  } catch (error) {
    if (error instanceof TimeStampError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted)
      throw new TimeStampError('timeout', `No answer from ${url} within ${Math.round(timeoutMs / 1000)} s`);
    throw new TimeStampError('network', `${url} could not be reached: ${(error as Error).message}`, {
      text: (error as Error).message,
    });
  }
  if (response.length > MAX_RESPONSE_BYTES) throw tooLarge();
  return { url, response, info: readTimeStampResponse(response, { sha256, nonce }) };
}
