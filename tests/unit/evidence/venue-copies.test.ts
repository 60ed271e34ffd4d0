import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { recordChase } from '@/lib/db/chase';
import { checkOrderChain, getOrder, getOrderEvents } from '@/lib/db/queries';
import { buildCasePackage, type PackageSources } from '@/lib/evidence/build-package';
import { verifyPackage } from '@/lib/evidence/verify-package';
import type { PackageFile } from '@/lib/evidence/package-file';
import type { ShrinkImage } from '@/lib/evidence/shrink-image';
import type { EvidenceRecord } from '@/lib/db/schema';
import type { VenueId } from '@/lib/model/venue-id';
import type { OrderKey } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

const KEY: OrderKey = ['woocommerce', 'http://shop.test', '1042'];
const MB = 1 << 20;
const JPEG_START = [0xff, 0xd8, 0xff];
let db: SettleDb;
let n = 0;

/** A file as the seller attached it: `size` bytes (the first few real), of a media type. */
function attachment(name: string, mediaType: string, size: number, kind = 'attachment'): EvidenceRecord {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(name).slice(0, size));
  return {
    marketplace: KEY[0],
    shop: KEY[1],
    orderId: KEY[2],
    kind,
    url: '',
    capturedAt: '2026-11-22T08:00:00+08:00',
    sha256: '',
    blob: new Blob([bytes], { type: mediaType }),
    name,
    mediaType,
  };
}

/** A fake JPEG of `size` bytes: the shrinker unit tests stand in for the browser's canvas. */
const jpeg = (size: number, seed = 1) => {
  const bytes = new Uint8Array(size).fill(seed);
  bytes.set(JPEG_START);
  return new Blob([bytes], { type: 'image/jpeg' });
};

async function caseAt(
  venue: VenueId | undefined,
  evidence: EvidenceRecord[],
  shrinkImage?: ShrinkImage,
): Promise<PackageSources> {
  if (venue)
    await recordChase(
      db,
      KEY,
      { type: 'case_opened', venue },
      { now: '2026-11-25T09:00:00.000Z', url: createSnapshot().url },
    );
  return {
    order: (await getOrder(db, KEY))!,
    events: await getOrderEvents(db, KEY),
    evidence,
    chain: await checkOrderChain(db, KEY),
    seller: 'Oak & Iron',
    origin: {
      createdAt: '2026-12-02T10:00:00+08:00',
      extension: { name: 'Settle', version: '0.1.0' },
      browser: 'Chromium 150',
      order: { marketplace: KEY[0], shop: KEY[1], orderId: KEY[2] },
    },
    locale: 'en-US',
    ...(shrinkImage && { shrinkImage }),
  };
}

const text = (files: PackageFile[], path: string) =>
  new TextDecoder().decode(files.find((f) => f.path === path)!.bytes);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const reader = (files: PackageFile[]) => async (path: string) => files.find((f) => f.path === path)?.bytes;
/** The report's text, tags dropped (entities kept as written). */
const reportText = (files: PackageFile[]) =>
  text(files, 'report.html')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** A fresh database holding order #1042, unpaid, with no case yet. */
async function freshOrder() {
  db = new SettleDb(`settle-venue-copies-${++n}`);
  await ingestSnapshots(db, [createSnapshot()], '2026-11-20T09:00:00.000Z');
}

beforeEach(async () => {
  useLocale('en');
  await freshOrder();
});

describe('copies for a case venue’s upload limits', () => {
  it('at PayPal (10 MB): a JPEG copy of the PNG over the limit beside the original, listed with derivedFrom; the PDF named as too large', async () => {
    const shrink = vi.fn<ShrinkImage>(async () => [jpeg(2 * MB)]);
    const big = attachment('chat with Jane.png', 'image/png', 10.5 * MB);
    const src = await caseAt(
      'paypal',
      [
        big,
        attachment('receipt.png', 'image/png', 2048),
        attachment('contract.pdf', 'application/pdf', 11 * MB),
        attachment('demand-letter-1042.txt', 'text/plain', 300, 'demand-letter'),
      ],
      shrink,
    );
    const { files } = await buildCasePackage(src);

    expect(shrink).toHaveBeenCalledTimes(1);
    // The very Blob kept (compared by identity: a deep comparison walks its 10 MB).
    expect(shrink.mock.calls[0]![0]).toBe(big.blob);
    expect(shrink.mock.calls[0]![1]).toEqual({ maxBytes: 10 * MB });
    const original = files.find((f) => f.path === 'evidence/001-chat with Jane.png')!;
    expect(original.bytes.length).toBe(10.5 * MB);
    const copy = files.find((f) => f.path === 'evidence/for-paypal/001-chat with Jane.jpg')!;
    expect([...copy.bytes.slice(0, 3)]).toEqual(JPEG_START);
    expect(files.filter((f) => f.path.startsWith('evidence/for-paypal/')).map((f) => f.path)).toEqual([
      'evidence/for-paypal/001-chat with Jane.jpg',
    ]);

    const manifest = JSON.parse(text(files, 'manifest.json'));
    expect(manifest.files.find((f: { path: string }) => f.path === copy.path)).toEqual({
      path: 'evidence/for-paypal/001-chat with Jane.jpg',
      bytes: 2 * MB,
      sha256: sha(copy.bytes),
      mediaType: 'image/jpeg',
      derivedFrom: { path: 'evidence/001-chat with Jane.png', sha256: sha(original.bytes) },
    });
    expect(manifest.files.find((f: { path: string }) => f.path === original.path).derivedFrom).toBeUndefined();
    expect(text(files, 'SHA256SUMS')).toContain(`${sha(copy.bytes)}  evidence/for-paypal/001-chat with Jane.jpg\n`);
    expect(await verifyPackage(reader(files), crypto.subtle)).toMatchObject({ ok: true, failing: [] });

    const report = reportText(files);
    expect(report).toContain('Copies for PayPal');
    expect(report).toContain(
      'PayPal takes files up to 10 MB, of these types: jpg, jpeg, gif, png, pdf (source: developer.paypal.com/platforms/disputes/reference/supported-file-types-sizes).',
    );
    expect(report).toContain(
      'evidence/for-paypal/001-chat with Jane.jpg · 2 MB, 2,097,152 bytes Made from evidence/001-chat with Jane.png (10.5 MB, 11,010,048 bytes): over PayPal’s limit of 10 MB.'.replace(
        '’',
        '&#39;',
      ),
    );
    expect(report).toContain(`SHA-256 ${sha(copy.bytes)}`);
    expect(report).toContain('These cannot go to PayPal as they are, and Settle could not make a copy that can:');
    expect(report).toContain(
      'evidence/003-contract.pdf (11 MB, 11,534,336 bytes): over PayPal&#39;s limit of 10 MB. Settle cannot shrink or convert this kind of file; the original is in the package.',
    );
    expect(report).toContain(
      'evidence/004-demand-letter-1042.txt (0.3 kB, 300 bytes): a type PayPal does not take. Settle cannot shrink or convert this kind of file',
    );
    expect(report).not.toContain('receipt.png (');
  });

  it('at eBay (JPEG and PNG only, no size limit): a WebP re-encoded, a long one in parts, each part from the same original', async () => {
    const shrink = vi.fn<ShrinkImage>(async (blob) => (blob.size > 4096 ? [jpeg(1000, 1), jpeg(900, 2)] : [jpeg(500)]));
    const src = await caseAt(
      'ebay',
      [
        attachment('screen.webp', 'image/webp', 2048),
        attachment('whole page.webp', 'image/webp', 8192),
        attachment('ok.png', 'image/png', 1024),
      ],
      shrink,
    );
    const { files } = await buildCasePackage(src);
    expect(shrink.mock.calls.map(([, limit]) => limit)).toEqual([{}, {}]);
    expect(files.filter((f) => f.path.startsWith('evidence/for-ebay/')).map((f) => f.path)).toEqual([
      'evidence/for-ebay/001-screen.jpg',
      'evidence/for-ebay/002-whole page-part1.jpg',
      'evidence/for-ebay/002-whole page-part2.jpg',
    ]);
    const manifest = JSON.parse(text(files, 'manifest.json'));
    const whole = files.find((f) => f.path === 'evidence/002-whole page.webp')!;
    for (const part of ['evidence/for-ebay/002-whole page-part1.jpg', 'evidence/for-ebay/002-whole page-part2.jpg'])
      expect(manifest.files.find((f: { path: string }) => f.path === part).derivedFrom).toEqual({
        path: whole.path,
        sha256: sha(whole.bytes),
      });
    const report = reportText(files);
    expect(report).toContain(
      'eBay takes only these types of file: jpeg, jpg, png (source: developer.ebay.com, Fulfillment API uploadEvidenceFile).',
    );
    expect(report).toContain('part 2 of 2 (the image is taller than one JPEG can be, so it was cut)');
    expect(report).toContain('Made from evidence/001-screen.webp (2 kB, 2,048 bytes): a type eBay does not take.');
    expect(report).not.toContain('These cannot go to eBay');
  });

  it('names an image it could not shrink, and one when no shrinker is at hand; no copy is made', async () => {
    for (const shrink of [vi.fn<ShrinkImage>(async () => undefined), undefined]) {
      await freshOrder();
      const { files } = await buildCasePackage(
        await caseAt('paypal', [attachment('huge.png', 'image/png', 10.5 * MB)], shrink),
      );
      expect(files.some((f) => f.path.startsWith('evidence/for-paypal/'))).toBe(false);
      expect(reportText(files)).toContain(
        'evidence/001-huge.png (10.5 MB, 11,010,048 bytes): over PayPal&#39;s limit of 10 MB. Settle could not re-encode this image small enough; the original is in the package.',
      );
    }
  });

  it('says no copy was needed when every file fits; says nothing for a venue with no upload limit, or no case', async () => {
    const small = [attachment('receipt.png', 'image/png', 2048)];
    const shrink = vi.fn<ShrinkImage>(async () => [jpeg(10)]);
    expect(reportText((await buildCasePackage(await caseAt('paypal', small, shrink))).files)).toContain(
      'Every file above can go to PayPal as it is: no copies were needed.',
    );
    for (const venue of ['court-england-wales', undefined] as const) {
      await freshOrder();
      const { files } = await buildCasePackage(
        await caseAt(venue, [attachment('x.webp', 'image/webp', 20 * MB)], shrink),
      );
      expect(files.some((f) => f.path.includes('/for-'))).toBe(false);
      expect(text(files, 'report.html')).not.toContain('Copies for');
    }
    expect(shrink).not.toHaveBeenCalled();
  });

  it('keeps a hostile file name text in the report', async () => {
    const { files } = await buildCasePackage(
      await caseAt('paypal', [attachment('Tom & Jerry <b onmouseover=x>.png', 'image/png', 10.5 * MB)], async () => [
        jpeg(100),
      ]),
    );
    const report = text(files, 'report.html');
    expect(report).toContain('evidence/for-paypal/001-Tom &amp; Jerry _b onmouseover=x_.jpg');
    expect(report).not.toContain('<b onmouseover');
  });

  it('says it in Simplified Chinese', async () => {
    useLocale('zh_CN');
    const { files } = await buildCasePackage(
      await caseAt(
        'paypal',
        [attachment('聊天截图.png', 'image/png', 10.5 * MB), attachment('合同.pdf', 'application/pdf', 11 * MB)],
        async () => [jpeg(MB)],
      ),
    );
    const report = reportText(files);
    expect(report).toContain('用于PayPal的副本');
    expect(report).toContain('PayPal接受不超过 10 MB 的文件，类型限于：jpg, jpeg, gif, png, pdf');
    expect(report).toContain('由 evidence/001-聊天截图.png（10.5 MB，11,010,048 字节）制作：超过PayPal的 10 MB 上限。');
    expect(report).toContain(
      'evidence/002-合同.pdf（11 MB，11,534,336 字节）：超过PayPal的 10 MB 上限。 Settle 无法压缩或转换此类文件',
    );
  });
});
