import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { timeStampRequest } from '@/lib/evidence/timestamp/request';

const dir = mkdtempSync(join(tmpdir(), 'settle-tsq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** openssl's own output; a missing openssl fails the test with the reason, it is never skipped. */
function openssl(args: string[], input?: Uint8Array): Buffer {
  const run = spawnSync('openssl', args, { cwd: dir, input, encoding: 'buffer' });
  if (run.error) throw new Error(`openssl is needed for this test (apt-get install openssl): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${run.stderr.toString()}`);
  return run.stdout;
}

const MANIFEST = Buffer.from('{\n  "format": "settle-case-package",\n  "files": []\n}\n');
const sha256 = new Uint8Array(createHash('sha256').update(MANIFEST).digest());
writeFileSync(join(dir, 'manifest.json'), MANIFEST);

describe('TimeStampReq, built by hand', () => {
  it('is byte for byte what `openssl ts -query -sha256 -cert -no_nonce` makes for the same file', () => {
    const theirs = openssl(['ts', '-query', '-data', 'manifest.json', '-sha256', '-cert', '-no_nonce']);
    expect(Buffer.from(timeStampRequest(sha256)).toString('hex')).toBe(theirs.toString('hex'));
  });

  it('with a nonce, reads in openssl as version 1, SHA-256 of the file, our nonce, certificate required', () => {
    const nonce = new Uint8Array([0x9a, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]);
    writeFileSync(join(dir, 'ours.tsq'), timeStampRequest(sha256, nonce));
    const text = openssl(['ts', '-query', '-in', 'ours.tsq', '-text']).toString();
    expect(text).toMatch(/Version: 1/);
    expect(text).toMatch(/Hash Algorithm: sha256/);
    expect(text).toMatch(/Nonce: 0x9A01020304050607/);
    expect(text).toMatch(/Certificate required: yes/);
    expect(text).toMatch(/Policy OID: unspecified/);
    const printed = [...text.matchAll(/^\s+[0-9a-f]{4} - ((?:[0-9a-f]{2}[ -]){1,16})/gm)]
      .map((m) => m[1]!.replace(/[ -]/g, ''))
      .join('');
    expect(printed).toBe(Buffer.from(sha256).toString('hex'));
  });

  it('keeps a nonce whose first byte is zero as the same number, in fewer bytes', () => {
    writeFileSync(join(dir, 'small.tsq'), timeStampRequest(sha256, new Uint8Array([0, 0, 0x7f, 1, 2, 3, 4, 5])));
    expect(openssl(['ts', '-query', '-in', 'small.tsq', '-text']).toString()).toMatch(/Nonce: 0x7F0102030405\b/);
  });

  it('refuses a hash that is not 32 bytes', () => {
    expect(() => timeStampRequest(new Uint8Array(20))).toThrow(/32 bytes/);
  });
});
