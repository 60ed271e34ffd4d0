import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { timeStampRequest } from '@/lib/evidence/timestamp/request';
import { readTimeStampResponse } from '@/lib/evidence/timestamp/response';
import { TimeStampError } from '@/lib/evidence/timestamp/errors';
import { makeTimeStampAuthority } from '../../../console/time-stamp-authority.mjs';

// A real authority: a throwaway CA and TSA certificate made with openssl in a temporary folder.
const authority = makeTimeStampAuthority();
afterAll(() => authority.cleanup());

const MANIFEST = Buffer.from('{"format":"settle-case-package","files":[]}\n');
const sha256 = new Uint8Array(createHash('sha256').update(MANIFEST).digest());
const nonce = new Uint8Array([0x81, 2, 3, 4, 5, 6, 7, 8]);

/** The error readTimeStampResponse throws, for its reason and detail. */
function failure(run: () => unknown): TimeStampError {
  try {
    run();
  } catch (error) {
    if (error instanceof TimeStampError) return error;
    throw error;
  }
  throw new Error('expected a TimeStampError');
}

describe('TimeStampResp from a real `openssl ts -reply`', () => {
  it('is granted for our hash and nonce; genTime is the authority’s time, and openssl verifies the same bytes', () => {
    const before = Date.now();
    const response = new Uint8Array(authority.reply(timeStampRequest(sha256, nonce)));
    const info = readTimeStampResponse(response, { sha256, nonce });
    expect(info.status).toBe(0);
    expect(info.policy).toBe('1.2.3.4.1');
    expect(info.serialNumber).toMatch(/^[0-9a-f]+$/);
    expect(info.genTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    // openssl stamps whole seconds: the time is within this test's run, to the second.
    expect(Date.parse(info.genTime)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(info.genTime)).toBeLessThanOrEqual(Date.now());

    writeFileSync(join(authority.dir, 'manifest.json'), MANIFEST);
    writeFileSync(join(authority.dir, 'manifest.tsr'), response);
    const verify = spawnSync(
      'openssl',
      ['ts', '-verify', '-in', 'manifest.tsr', '-data', 'manifest.json', '-CAfile', authority.caFile],
      { cwd: authority.dir, encoding: 'utf8' },
    );
    expect(verify.stdout).toContain('Verification: OK');
    expect(verify.status).toBe(0);
  });

  it('refuses a stamp over another hash (imprint)', () => {
    const other = new Uint8Array(createHash('sha256').update('another manifest').digest());
    const response = new Uint8Array(authority.reply(timeStampRequest(other, nonce)));
    expect(failure(() => readTimeStampResponse(response, { sha256, nonce })).reason).toBe('imprint');
  });

  it('refuses an answer to another request (nonce), and one that drops the nonce', () => {
    const response = new Uint8Array(
      authority.reply(timeStampRequest(sha256, new Uint8Array([1, 1, 1, 1, 1, 1, 1, 1]))),
    );
    expect(failure(() => readTimeStampResponse(response, { sha256, nonce })).reason).toBe('nonce');
    const without = new Uint8Array(authority.reply(timeStampRequest(sha256)));
    expect(failure(() => readTimeStampResponse(without, { sha256, nonce })).reason).toBe('nonce');
  });

  it('reports a refusal with its PKIStatus, failInfo and the authority’s own words', () => {
    // This authority accepts only SHA-512: openssl answers "rejection", badAlg.
    const response = new Uint8Array(authority.reply(timeStampRequest(sha256, nonce), { digests: 'sha512' }));
    const error = failure(() => readTimeStampResponse(response, { sha256, nonce }));
    expect(error.reason).toBe('rejected');
    expect(error.detail).toMatchObject({ status: 2, statusName: 'rejection', failInfo: ['badAlg'] });
    expect(error.detail.text).toMatch(/message digest algorithm is not supported/i);
    expect(error.message).toMatch(/PKIStatus 2 \(rejection\), failInfo badAlg/);
  });

  it('says an answer that is not a time-stamp response is not one: HTML, a cut-off token, trailing bytes', () => {
    const good = new Uint8Array(authority.reply(timeStampRequest(sha256, nonce)));
    for (const bytes of [
      new TextEncoder().encode('<html>502 Bad Gateway</html>'),
      good.subarray(0, good.length - 10),
      new Uint8Array([...good, 0]),
      new Uint8Array(),
    ]) {
      const error = failure(() => readTimeStampResponse(bytes, { sha256, nonce }));
      expect(error.reason).toBe('bad-response');
      expect(error.detail.text).toBeTruthy();
    }
  });
});
