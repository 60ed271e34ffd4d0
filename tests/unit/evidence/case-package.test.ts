import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettleDb } from '@/lib/db/schema';
import { ingestSnapshots } from '@/lib/db/ingest';
import { appendEvents } from '@/lib/db/append-events';
import { openCase } from '@/lib/db/open-case';
import { loadPackageSources } from '@/lib/db/case-package-sources';
import { checkOrderChain, getOrder, getOrderEvents } from '@/lib/db/queries';
import { buildCasePackage, safeFileName, type PackageSources } from '@/lib/evidence/build-package';
import { verifyPackage } from '@/lib/evidence/verify-package';
import { zipPackage } from '@/lib/evidence/zip';
import { MESSAGES_CSV_FIELDS, TIMELINE_CSV_FIELDS } from '@/lib/evidence/timeline-records';
import type { PackageFile } from '@/lib/evidence/package-file';
import type { OrderKey } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

const HOSTILE = '<img src=x onerror=alert(1)>';
const KEY: OrderKey = ['woocommerce', 'http://shop.test', '1042'];
const REMINDER = `Hello ${HOSTILE},\nyour order #1042 for $1,238.80 is still unpaid.`;
/** A subject a spreadsheet would run as a formula if a cell started with it. */
const FORMULA = '=HYPERLINK("http://evil.test","Pay")';
let db: SettleDb;
let n = 0;

async function sources(): Promise<PackageSources> {
  return {
    order: (await getOrder(db, KEY))!,
    events: await getOrderEvents(db, KEY),
    // Given as read, not through the fake IndexedDB: it clones happy-dom's Blob into a plain object (a browser keeps Blobs).
    evidence: [
      {
        marketplace: 'woocommerce',
        shop: 'http://shop.test',
        orderId: '1042',
        kind: 'attachment',
        url: '',
        capturedAt: '2026-11-22T08:00:00+08:00',
        sha256: '',
        blob: new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' }),
        name: '../../chat screenshot.png',
        mediaType: 'image/png',
      },
    ],
    chain: await checkOrderChain(db, KEY),
    seller: 'Oak & Iron',
    origin: {
      createdAt: '2026-12-02T10:00:00+08:00',
      extension: { name: 'Settle', version: '0.1.0' },
      browser: 'Chromium 150',
      order: { marketplace: KEY[0], shop: KEY[1], orderId: KEY[2] },
    },
    locale: 'en-US',
  };
}

const reader = (files: PackageFile[]) => async (path: string) => files.find((f) => f.path === path)?.bytes;
/** A file's text (TextDecoder drops a BOM). */
const text = (files: PackageFile[], path: string) =>
  new TextDecoder().decode(files.find((f) => f.path === path)!.bytes);

beforeEach(async () => {
  useLocale('en');
  db = new SettleDb(`settle-package-${++n}`);
  await ingestSnapshots(db, [createSnapshot({ buyer: { name: HOSTILE } })], '2026-11-20T09:00:00.000Z');
  await db.transaction('rw', db.events, db.chains, () =>
    appendEvents(db, [
      {
        marketplace: 'woocommerce',
        shop: 'http://shop.test',
        orderId: '1042',
        at: '2026-11-21T09:00:00.000Z',
        url: createSnapshot().url,
        data: {
          type: 'chase',
          change: { type: 'reminder_sent', tone: 'friendly' },
          from: 'unpaid',
          to: 'reminded',
          message: { channel: 'console-form', subject: FORMULA, text: REMINDER, recipient: 'jane@example.com' },
        },
      },
    ]),
  );
});

describe('a case package', () => {
  it('holds every file the issue names, each in the manifest with its SHA-256, and verifies', async () => {
    const { files } = await buildCasePackage(await sources());
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        'README.txt',
        'SHA256SUMS',
        'evidence/001-__.._chat screenshot.png',
        'manifest.json',
        'records/messages.csv',
        'records/order.json',
        'records/timeline.csv',
        'records/timeline.jsonl',
        'report.html',
        'verify.html',
      ].sort(),
    );
    const manifest = JSON.parse(text(files, 'manifest.json'));
    for (const f of files.filter((x) => x.path !== 'manifest.json' && x.path !== 'SHA256SUMS')) {
      expect(manifest.files.find((m: { path: string }) => m.path === f.path)).toMatchObject({
        bytes: f.bytes.length,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        mediaType: f.mediaType,
      });
    }
    expect(manifest.chain).toMatchObject({ file: 'records/timeline.jsonl', length: 2 });
    expect(await verifyPackage(reader(files), crypto.subtle)).toMatchObject({
      ok: true,
      checked: files.length - 2,
      failing: [],
      length: 2,
      head: manifest.chain.head,
    });
  });

  it('lists every other file in SHA256SUMS in sha256sum -c format', async () => {
    const { files } = await buildCasePackage(await sources());
    const lines = text(files, 'SHA256SUMS').trim().split('\n');
    expect(lines).toHaveLength(files.length - 1);
    for (const line of lines) {
      const [, sum, path] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!;
      expect(
        createHash('sha256')
          .update(files.find((f) => f.path === path)!.bytes)
          .digest('hex'),
      ).toBe(sum);
    }
  });

  it('fails verification at a changed byte, naming the file', async () => {
    const { files } = await buildCasePackage(await sources());
    const changed = files.map((f) =>
      f.path.startsWith('evidence/') ? { ...f, bytes: f.bytes.map((b, i) => (i === 3 ? b ^ 1 : b)) } : f,
    );
    const check = await verifyPackage(reader(changed), crypto.subtle);
    expect(check.ok).toBe(false);
    expect(check.failing).toEqual([
      { path: files.find((f) => f.path.startsWith('evidence/'))!.path, problem: 'changed' },
    ]);
    expect(check.brokenLine).toBeUndefined();
  });

  it('finds the first broken line of a timeline edited to match a forged manifest', async () => {
    const { files } = await buildCasePackage(await sources());
    // Someone edits the reminder's words and rewrites the manifest's hash for the file: the chain still breaks.
    const forged = text(files, 'records/timeline.jsonl').replace('still unpaid', 'already paid');
    const check = await verifyPackage(
      reader(
        files.map((f) => (f.path === 'records/timeline.jsonl' ? { ...f, bytes: new TextEncoder().encode(forged) } : f)),
      ),
      crypto.subtle,
    );
    expect(check).toMatchObject({ ok: false, brokenLine: 2, brokenBecause: 'hash' });
  });

  it('writes CSVs Excel opens in UTF-8 (BOM), with the columns named, and no formula from a page', async () => {
    const { files } = await buildCasePackage(await sources());
    for (const [path, fields] of [
      ['records/timeline.csv', TIMELINE_CSV_FIELDS],
      ['records/messages.csv', MESSAGES_CSV_FIELDS],
    ] as const) {
      expect([...files.find((f) => f.path === path)!.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(Papa.parse<string[]>(text(files, path)).data[0]).toEqual(fields);
    }
    const messages = Papa.parse<Record<string, string>>(text(files, 'records/messages.csv'), { header: true }).data;
    expect(messages[0]).toMatchObject({ tone: 'friendly', channel: 'console-form', recipient: 'jane@example.com' });
    expect(messages[0]!.text).toContain('still unpaid');
    expect(messages[0]!.subject).toBe(`'${FORMULA}`);
  });

  it('keeps hostile page text as text in the report and the verify page', async () => {
    const { files } = await buildCasePackage(await sources());
    const report = text(files, 'report.html');
    expect(report).not.toContain(HOSTILE);
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(report).toContain('your order #1042 for $1,238.80 is still unpaid.');
    expect(text(files, 'verify.html')).not.toContain('<img');
  });

  it('names the event where the chain breaks by its place on the timeline, and marks its row', async () => {
    const [, reminder] = await getOrderEvents(db, KEY);
    await db.events.update(reminder!.id!, { at: '2026-11-21T10:00:00.000Z' });
    const { files } = await buildCasePackage(await sources());
    const report = text(files, 'report.html');
    expect(report).toMatch(
      /<p class="chain broken">When Settle made this package, the timeline&#39;s chain did not verify\. Timeline chain broken at event 2 \(Nov 21, 2026, 10:00 AM, Friendly reminder sent — .+\): altered — it no longer matches the hash it was recorded with\./,
    );
    expect(report).toMatch(
      /<tr class="broken"><td>2<\/td>.*The chain breaks here: this event was altered\.<\/td><\/tr>/,
    );
    expect(report.match(/<tr class="broken">/g)).toHaveLength(1);
  });

  it('states the chain rule in README.txt', async () => {
    const { files } = await buildCasePackage(await sources());
    expect(text(files, 'README.txt')).toMatch(/first line's "prevHash" is 64 zeros/);
  });

  it('zips under one folder, and the zip holds the same bytes', async () => {
    const { folder, files } = await buildCasePackage(await sources());
    expect(folder).toBe('settle-woocommerce-1042-2026-12-02');
    const progress: number[] = [];
    const zip = await zipPackage(folder, files, { onProgress: (done, total) => progress.push(done / total) });
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    for (const f of files) expect(entries[`${folder}/${f.path}`]).toEqual(f.bytes);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops when cancelled, rejecting with the reason', async () => {
    const { folder, files } = await buildCasePackage(await sources());
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the seller'));
    await expect(zipPackage(folder, files, { signal: controller.signal })).rejects.toThrow('cancelled by the seller');
  });
});

describe('a kept demand letter', () => {
  it('is in evidence/ as the text kept and in letters/ as a printable page', async () => {
    const letter = `LETTER BEFORE CLAIM\nTo: ${HOSTILE}`;
    const src = await sources();
    src.evidence = [
      {
        ...src.evidence[0]!,
        kind: 'demand-letter',
        blob: new Blob([letter], { type: 'text/plain' }),
        name: 'demand-letter-1042-2026-12-02.txt',
        mediaType: 'text/plain',
      },
    ];
    const { files } = await buildCasePackage(src);
    expect(text(files, 'evidence/001-demand-letter-1042-2026-12-02.txt')).toBe(letter);
    const page = text(files, 'letters/001-demand-letter-1042-2026-12-02.html');
    expect(page).toContain('LETTER BEFORE CLAIM');
    expect(page).not.toContain(HOSTILE);
    expect(await verifyPackage(reader(files), crypto.subtle)).toMatchObject({ ok: true });
  });
});

describe('safeFileName', () => {
  it('keeps a file one name: no folders, no control characters, not too long', () => {
    expect(safeFileName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeFileName('a\u0000b\nc.png')).toBe('a_b_c.png');
    expect(safeFileName('付款截图.png')).toBe('付款截图.png');
    expect(safeFileName('x'.repeat(200) + '.png')).toHaveLength(80);
    expect(safeFileName('')).toBe('file');
  });
});

describe('the package of an order in a case on a buyer', () => {
  const other = (orderId: string, amount: number, currency: string) =>
    createSnapshot({
      orderId,
      buyer: { name: HOSTILE },
      url: `http://shop.test/wp-admin/post.php?post=${orderId}&action=edit`,
      total: { amount, currency },
      amountDue: { amount, currency },
      placedAt: '2026-11-25T10:00:00+00:00',
    });

  async function caseSources(): Promise<PackageSources> {
    await ingestSnapshots(
      db,
      [other('1043', 4500, 'USD'), other(`<b>1044</b>`, 8800, 'EUR')],
      '2026-11-25T10:00:00.000Z',
    );
    const opened = await openCase(
      db,
      KEY,
      { venue: 'court-england-wales', withOrders: ['1043', '<b>1044</b>'], deadline: '2026-12-20T23:59:00.000Z' },
      { now: '2026-11-26T10:00:00.000Z', url: 'x' },
    );
    if (!opened.ok) throw new Error(opened.error);
    const loaded = (await loadPackageSources(db, KEY))!;
    return { ...(await sources()), ...loaded, evidence: [] };
  }

  it('lists the other orders of the case with their amounts and the sum per currency in report.html, escaped', async () => {
    const { files } = await buildCasePackage(await caseSources());
    const report = text(files, 'report.html');
    expect(report).toContain('Orders in this case');
    expect(report).toContain('This case covers 3 orders of this buyer at this shop:');
    expect(report).toContain('<td>#1043</td>');
    expect(report).toContain('<td>#&lt;b&gt;1044&lt;/b&gt;</td>');
    expect(report).not.toContain('<b>1044</b>');
    expect(report).toContain('Owed across the case: €88.00 + $1,283.80');
    // Every date with the rule it comes from.
    expect(report).toContain('Deadline of this case:');
    expect(report).toContain('Limitation Act 1980, s.5 (simple contract)');
    expect(report).toContain('Ticked from all 3 orders of the case');
  });

  it("carries the case as records/case.json, and only this order's chain: the package still verifies", async () => {
    const { files } = await buildCasePackage(await caseSources());
    expect(files.map((f) => f.path)).toContain('records/case.json');
    const record = JSON.parse(text(files, 'records/case.json'));
    expect(record).toMatchObject({
      venue: 'court-england-wales',
      openedAt: '2026-11-26T10:00:00.000Z',
      deadline: '2026-12-20T23:59:00.000Z',
      owedByCurrency: [
        { currency: 'EUR', amount: 8800 },
        { currency: 'USD', amount: 128380 },
      ],
    });
    expect(record.orders.map((o: { orderId: string; inThisPackage: boolean }) => [o.orderId, o.inThisPackage])).toEqual(
      [
        ['1042', true],
        ['1043', false],
        ['<b>1044</b>', false],
      ],
    );
    expect(record.dates.find((d: { kind: string }) => d.kind === 'limitation')).toMatchObject({
      orderId: '1042',
      rule: { years: 6, rule: 'Limitation Act 1980, s.5 (simple contract)' },
      source: 'legislation.gov.uk/ukpga/1980/58/section/5',
      confidence: 'secondary',
    });
    const lines = text(files, 'records/timeline.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(new Set(lines.map((l) => l.orderId))).toEqual(new Set(['1042']));
    expect(lines.at(-1).data.change).toMatchObject({ type: 'case_opened', orders: ['1042', '1043', '<b>1044</b>'] });
    expect(await verifyPackage(reader(files), crypto.subtle)).toMatchObject({
      ok: true,
      failing: [],
      length: lines.length,
    });
  });
});
