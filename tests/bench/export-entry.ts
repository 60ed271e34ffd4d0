// Bundled into a Chromium page by scripts/bench.mjs: the whole evidence export (package built and
// hashed, then zipped) of a case of 100 screenshots (~30 MB), beside fflate zipping the same bytes in
// one call (the floor); and SHA-256 over the same bytes.
import { zipSync } from 'fflate';
import { zipPackage } from '../../lib/evidence/zip';
import { buildCasePackage, planCasePackage } from '../../lib/evidence/build-package';
import { chainEvent, GENESIS_HASH } from '../../lib/db/event-chain';
import { chaseFromStatus } from '../../lib/tracker/chase-from-status';
import { sha256Hex } from '../../lib/evidence/package-file';
import type { OrderRecord } from '../../lib/model/order-record';
import type { EvidenceRecord } from '../../lib/db/schema';

const SCREENSHOTS = 100;
const SCREENSHOT_BYTES = 300 * 1024;

/** Incompressible bytes, as a PNG's are. */
function screenshotBytes(): Uint8Array {
  const bytes = new Uint8Array(SCREENSHOT_BYTES);
  for (let at = 0; at < bytes.length; at += 65536)
    crypto.getRandomValues(bytes.subarray(at, Math.min(at + 65536, bytes.length)));
  return bytes;
}

const ORDER: OrderRecord = {
  marketplace: 'woocommerce',
  shop: 'http://shop.test',
  orderId: '1042',
  url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
  status: 'unpaid',
  statusText: 'Pending payment',
  buyer: { name: 'Jane Doe' },
  total: { amount: 123880, currency: 'USD' },
  items: [],
  open: 1,
  buyerKey: 'jane doe',
  firstSeenAt: '2026-11-19T14:05:22Z',
  lastActivityAt: '2026-11-19T14:05:22Z',
  chase: chaseFromStatus({ status: 'unpaid', total: { amount: 123880, currency: 'USD' } }),
};

/** One order's sources: 100 screenshots kept as Blobs, each on the timeline. */
function caseSources() {
  const evidence: EvidenceRecord[] = [];
  const events = [
    chainEvent(
      {
        marketplace: 'woocommerce',
        shop: ORDER.shop,
        orderId: '1042',
        at: ORDER.firstSeenAt,
        url: ORDER.url,
        data: { type: 'detected', status: 'unpaid', total: ORDER.total },
      },
      GENESIS_HASH,
    ),
  ];
  for (let i = 0; i < SCREENSHOTS; i++) {
    const blob = new Blob([screenshotBytes() as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    evidence.push({
      id: i + 1,
      marketplace: 'woocommerce',
      shop: ORDER.shop,
      orderId: '1042',
      kind: 'screenshot',
      url: ORDER.url,
      capturedAt: ORDER.firstSeenAt,
      sha256: '',
      blob,
      name: `screenshot-${i}.png`,
      mediaType: 'image/png',
    });
    events.push(
      chainEvent(
        {
          marketplace: 'woocommerce',
          shop: ORDER.shop,
          orderId: '1042',
          at: ORDER.firstSeenAt,
          url: ORDER.url,
          data: {
            type: 'evidence_added',
            evidenceId: i + 1,
            kind: 'screenshot',
            name: `screenshot-${i}.png`,
            mediaType: 'image/png',
            bytes: blob.size,
            sha256: '',
          },
        },
        events.at(-1)!.hash,
      ),
    );
  }
  return {
    order: ORDER,
    events,
    evidence,
    chain: { ok: true as const, length: events.length, head: events.at(-1)!.hash },
    seller: 'Bench',
    locale: 'en',
    origin: {
      createdAt: '2026-12-02T10:00:00+08:00',
      extension: { name: 'Settle', version: 'bench' },
      browser: 'Chromium',
      order: { marketplace: 'woocommerce', shop: ORDER.shop, orderId: '1042' },
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function timed(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time(fn));
  return median(times);
}

/**
 * Median times of two jobs run turn about, after one warm-up each: on a shared machine a burst of
 * someone else's work then lands on both alike, not on whichever happened to run during it.
 */
async function timedSideBySide(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs = 7,
): Promise<[number, number]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    times[0].push(await time(a));
    times[1].push(await time(b));
  }
  return [median(times[0]), median(times[1])];
}

declare global {
  interface Window {
    settleExportBench: {
      run(): Promise<{ bytes: number; exportMs: number; floorMs: number; hashMBps: number }>;
      /** One export, for scripts/bench.mjs to watch the page's memory through: the ZIP's size. */
      exportOnce(): Promise<number>;
    };
  }
}

const sources = caseSources();

/** The whole export as the dashboard runs it: planned, then zipped while each original is read and hashed. */
async function exportCase(): Promise<Blob> {
  const plan = await planCasePackage(sources);
  return zipPackage(plan.folder, plan.evidence, { then: async () => (await plan.rest()).files });
}

window.settleExportBench = {
  async run() {
    // The same files, made once, for the floor: only their paths and the written files' bytes are kept.
    const { files } = await buildCasePackage(sources);
    const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
    const hashMs = await timed(() => Promise.all(files.map((f) => sha256Hex(f.bytes)))); // as the export hashes them: each file on its own, side by side
    const evidencePaths = files.filter((f) => f.path.startsWith('evidence/')).map((f) => f.path);
    const written = files.filter((f) => !f.path.startsWith('evidence/'));
    // The floor: the same library zipping the same files in one synchronous call, the same choices
    // (screenshots stored, text deflated). The screenshots are read from the same Blobs first, as any
    // zipper of kept evidence must.
    const floor = async () => {
      const read = await Promise.all(sources.evidence.map(async (e) => new Uint8Array(await e.blob.arrayBuffer())));
      const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
      evidencePaths.forEach((path, i) => (entries[`case/${path}`] = [read[i]!, { level: 0 }]));
      for (const f of written)
        entries[`case/${f.path}`] = [f.bytes, { level: f.mediaType.startsWith('image/') ? 0 : 6 }];
      zipSync(entries);
    };
    const [exportMs, floorMs] = await timedSideBySide(exportCase, floor);
    return { bytes, exportMs, floorMs, hashMBps: bytes / 1e6 / (hashMs / 1000) };
  },
  async exportOnce() {
    return (await exportCase()).size;
  },
};
