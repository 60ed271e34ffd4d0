import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { checkOrderChain, getOrder, getOrderEvents } from '@/lib/db/queries';
import { buildCasePackage, type PackageSources, type TrustedTimeSource } from '@/lib/evidence/build-package';
import { verifyPackage } from '@/lib/evidence/verify-package';
import { stampManifest } from '@/lib/evidence/timestamp/stamp';
import { trustedTimeSource } from '@/lib/evidence/timestamp/trusted-time-source';
import type { PackageFile } from '@/lib/evidence/package-file';
import type { OrderKey } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';
import { makeTimeStampAuthority } from '../../console/time-stamp-authority.mjs';

const authority = makeTimeStampAuthority();
const folders: string[] = [];
afterAll(() => {
  authority.cleanup();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const KEY: OrderKey = ['woocommerce', 'http://shop.test', '1042'];
const TSA_URL = 'http://tsa.test:8318/tsr';
let db: SettleDb;
let n = 0;
let refuse = false;

/** fetch as the authority answers it: openssl's own reply; refusing (SHA-512 only) when the test says so. */
const authorityFetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
  const query = new Uint8Array(init!.body as Uint8Array);
  return new Response(new Uint8Array(authority.reply(query, refuse ? { digests: 'sha512' } : {})), {
    headers: { 'Content-Type': 'application/timestamp-reply' },
  });
});
const stamper = (url = TSA_URL): TrustedTimeSource => ({
  url,
  stamp: (manifest) => stampManifest(url, manifest, { fetch: authorityFetch }),
});

async function sources(trustedTime?: TrustedTimeSource): Promise<PackageSources> {
  return {
    order: (await getOrder(db, KEY))!,
    events: await getOrderEvents(db, KEY),
    evidence: [],
    chain: await checkOrderChain(db, KEY),
    seller: 'Oak & Iron',
    origin: {
      createdAt: '2026-12-02T10:00:00+08:00',
      extension: { name: 'Settle', version: '0.1.0' },
      browser: 'Chromium 150',
      order: { marketplace: KEY[0], shop: KEY[1], orderId: KEY[2] },
    },
    locale: 'en-US',
    ...(trustedTime && { trustedTime }),
  };
}

const file = (files: PackageFile[], path: string) => files.find((f) => f.path === path);
const text = (files: PackageFile[], path: string) => new TextDecoder().decode(file(files, path)!.bytes);
const reader = (files: PackageFile[]) => async (path: string) => file(files, path)?.bytes;

/** The package written out as unzipped, for the system's own tools. */
function writeOut(files: PackageFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'settle-stamped-'));
  folders.push(dir);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
  }
  return dir;
}

beforeEach(async () => {
  useLocale('en');
  refuse = false;
  db = new SettleDb(`settle-stamped-${++n}`);
  await ingestSnapshots(db, [createSnapshot()], '2026-11-20T09:00:00.000Z');
});

describe('a package made with Trusted time on', () => {
  it('holds the authority’s answer as manifest.tsr: in SHA256SUMS, not in the manifest it stamps, and openssl verifies it', async () => {
    const { files, trustedTime } = await buildCasePackage(await sources(stamper()));
    expect(trustedTime).toMatchObject({ stamped: true, url: TSA_URL });
    expect(trustedTime?.stamped && Date.parse(trustedTime.genTime)).toBeGreaterThan(0);
    const paths = files.map((f) => f.path);
    expect(paths.slice(-3)).toEqual(['manifest.json', 'manifest.tsr', 'SHA256SUMS']);
    expect(JSON.parse(text(files, 'manifest.json')).files.map((f: { path: string }) => f.path)).not.toContain(
      'manifest.tsr',
    );
    expect(text(files, 'SHA256SUMS')).toContain(
      `${createHash('sha256').update(file(files, 'manifest.tsr')!.bytes).digest('hex')}  manifest.tsr\n`,
    );

    const dir = writeOut(files);
    const sums = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(sums.stdout).toContain('manifest.tsr: OK');
    expect(sums.status).toBe(0);
    const verify = spawnSync(
      'openssl',
      ['ts', '-verify', '-in', 'manifest.tsr', '-data', 'manifest.json', '-CAfile', authority.caFile],
      { cwd: dir, encoding: 'utf8' },
    );
    if (verify.error)
      throw new Error(`openssl is needed for this test (apt-get install openssl): ${verify.error.message}`);
    expect(verify.stdout).toContain('Verification: OK');

    // Changing the manifest by one byte makes the stamp fail, as it must.
    writeFileSync(
      join(dir, 'manifest.json'),
      text(files, 'manifest.json').replace('"formatVersion": 1', '"formatVersion": 2'),
    );
    const forged = spawnSync(
      'openssl',
      ['ts', '-verify', '-in', 'manifest.tsr', '-data', 'manifest.json', '-CAfile', authority.caFile],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(forged.status).not.toBe(0);
  });

  it('says in the report and README.txt who stamped it and how to check it; verify.html still finds every file good', async () => {
    const { files } = await buildCasePackage(await sources(stamper()));
    const report = text(files, 'report.html');
    expect(report).toContain('<h2>Trusted time</h2>');
    expect(report).toContain(`time-stamping authority at ${TSA_URL}`);
    expect(report).toContain('openssl ts -verify -in manifest.tsr -data manifest.json -CAfile tsa-ca.pem');
    const readme = text(files, 'README.txt');
    expect(readme).toContain(`manifest.tsr is the RFC 3161 time-stamp response of ${TSA_URL}`);
    expect(readme).toContain('  openssl ts -verify -in manifest.tsr -data manifest.json -CAfile tsa-ca.pem\n');
    expect(readme).toContain('  openssl ts -reply -in manifest.tsr -text\n');
    expect(await verifyPackage(reader(files), crypto.subtle)).toMatchObject({ ok: true, stamped: true, failing: [] });
    expect(text(files, 'verify.html')).toContain('This package also holds manifest.tsr');
  });

  it('escapes the authority’s address in the report: it is the seller’s text, never markup', async () => {
    const hostile = 'https://tsa.test/"><img src=x onerror=alert(1)>';
    const { files } = await buildCasePackage(await sources(stamper(hostile)));
    expect(text(files, 'report.html')).not.toContain('<img src=x');
    expect(text(files, 'report.html')).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is made without a stamp when the authority refuses, says why, and nothing in it speaks of a stamp', async () => {
    refuse = true;
    const { files, trustedTime } = await buildCasePackage(await sources(stamper()));
    expect(trustedTime).toMatchObject({
      stamped: false,
      url: TSA_URL,
      reason: 'rejected',
      detail: { status: 2, failInfo: ['badAlg'] },
    });
    expect(file(files, 'manifest.tsr')).toBeUndefined();
    expect(text(files, 'SHA256SUMS')).not.toContain('manifest.tsr');
    expect(text(files, 'report.html')).not.toContain('Trusted time');
    expect(text(files, 'README.txt')).not.toContain('manifest.tsr');
    expect(await verifyPackage(reader(files), crypto.subtle)).toMatchObject({ ok: true, failing: [] });
    expect((await verifyPackage(reader(files), crypto.subtle)).stamped).toBeUndefined();
    const dir = writeOut(files);
    expect(spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: dir }).status).toBe(0);
  });

  it('fails the export on an error that is not the authority’s (a bug), rather than hide it', async () => {
    const broken: TrustedTimeSource = { url: TSA_URL, stamp: () => Promise.reject(new RangeError('a bug')) };
    await expect(buildCasePackage(await sources(broken))).rejects.toThrow('a bug');
  });
});

describe('trustedTimeSource: the settings as one export uses them', () => {
  it('is nothing while Trusted time is off', () => {
    expect(trustedTimeSource({ enabled: false, url: TSA_URL })).toBeUndefined();
  });

  it('asks nothing of a service whose host Settle no longer holds, and says so', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const { files, trustedTime } = await buildCasePackage(
      await sources(trustedTimeSource({ enabled: true, url: TSA_URL })),
    );
    expect(trustedTime).toMatchObject({ stamped: false, reason: 'permission' });
    expect(file(files, 'manifest.tsr')).toBeUndefined();
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['http://tsa.test/*'] });
  });

  it('with the host granted, asks the service and tells the page it is asking', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.stubGlobal('fetch', authorityFetch);
    const onAsking = vi.fn();
    const { trustedTime } = await buildCasePackage(
      await sources(trustedTimeSource({ enabled: true, url: TSA_URL }, { onAsking })),
    );
    vi.unstubAllGlobals();
    expect(trustedTime).toMatchObject({ stamped: true });
    expect(onAsking).toHaveBeenCalledWith('tsa.test:8318');
    expect(authorityFetch.mock.calls.at(-1)![0]).toBe(TSA_URL);
  });
});
