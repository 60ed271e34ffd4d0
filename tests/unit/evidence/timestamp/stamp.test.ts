import { afterAll, describe, expect, it, vi } from 'vitest';
import { stampManifest } from '@/lib/evidence/timestamp/stamp';
import { TimeStampError } from '@/lib/evidence/timestamp/errors';
import { makeTimeStampAuthority } from '../../../console/time-stamp-authority.mjs';

const authority = makeTimeStampAuthority();
afterAll(() => authority.cleanup());
const MANIFEST = new TextEncoder().encode('{"format":"settle-case-package"}\n');
const URL = 'https://tsa.example/tsr';

/** A fetch that answers like an authority (or as told), and keeps what it was sent. */
function authorityFetch(answer?: (body: Uint8Array) => Response) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = new Uint8Array(init!.body as Uint8Array);
    return answer
      ? answer(body)
      : new Response(new Uint8Array(authority.reply(body)), {
          status: 200,
          headers: { 'Content-Type': 'application/timestamp-reply' },
        });
  });
}

async function failure(promise: Promise<unknown>): Promise<TimeStampError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TimeStampError)) throw new Error(`expected a TimeStampError, got ${String(error)}`);
  return error;
}

describe('stampManifest: asks the authority and keeps its answer as received', () => {
  it('POSTs a TimeStampReq as application/timestamp-query, without cookies or referrer, and keeps the response byte for byte', async () => {
    let sent: Uint8Array | undefined;
    let answered: Uint8Array | undefined;
    const fetch = authorityFetch((body) => {
      sent = body;
      answered = new Uint8Array(authority.reply(body));
      return new Response(answered as Uint8Array<ArrayBuffer>, { status: 200 });
    });
    const stamp = await stampManifest(URL, MANIFEST, { fetch });
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(URL);
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    expect(sent![0]).toBe(0x30);
    expect(stamp.response).toEqual(answered);
    expect(stamp.info.status).toBe(0);
    expect(stamp.url).toBe(URL);
  });

  it('sends a fresh 8-byte nonce each time', async () => {
    const bodies: Uint8Array[] = [];
    const fetch = authorityFetch((body) => {
      bodies.push(body);
      return new Response(new Uint8Array(authority.reply(body)));
    });
    await stampManifest(URL, MANIFEST, { fetch });
    await stampManifest(URL, MANIFEST, { fetch });
    expect(Buffer.from(bodies[0]!).equals(Buffer.from(bodies[1]!))).toBe(false);
  });

  it('says why when there is no stamp: unreachable, HTTP error, too slow, too big, refused', async () => {
    expect(
      (
        await failure(
          stampManifest(URL, MANIFEST, { fetch: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) }),
        )
      ).detail.text,
    ).toBe('Failed to fetch');
    expect(
      (
        await failure(
          stampManifest(URL, MANIFEST, { fetch: authorityFetch(() => new Response('busy', { status: 503 })) }),
        )
      ).detail.status,
    ).toBe(503);
    const never = vi.fn(
      (_u: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
        ),
    );
    expect((await failure(stampManifest(URL, MANIFEST, { fetch: never, timeoutMs: 50 }))).reason).toBe('timeout');
    const huge = authorityFetch(() => new Response(new Uint8Array(2 << 20)));
    expect((await failure(stampManifest(URL, MANIFEST, { fetch: huge }))).reason).toBe('bad-response');
    const refusing = authorityFetch(
      (body) => new Response(new Uint8Array(authority.reply(body, { digests: 'sha512' }))),
    );
    expect((await failure(stampManifest(URL, MANIFEST, { fetch: refusing }))).reason).toBe('rejected');
  });

  it('lets a cancelled export stop the request with the cancel, not as a stamp failure', async () => {
    const controller = new AbortController();
    const never = vi.fn((_u: string | URL | Request, init?: RequestInit) => {
      setTimeout(() => controller.abort(new Error('cancelled')), 10);
      return new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    });
    await expect(stampManifest(URL, MANIFEST, { fetch: never, signal: controller.signal })).rejects.toThrow(
      'cancelled',
    );
    // Cancelled before it asked: no request at all.
    const fetch = authorityFetch();
    await expect(stampManifest(URL, MANIFEST, { fetch, signal: controller.signal })).rejects.toThrow('cancelled');
    expect(fetch).not.toHaveBeenCalled();
  });
});
