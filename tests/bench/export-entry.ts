// Bundled into a Chromium page by scripts/bench.mjs: the whole evidence export (package built and
// hashed, then zipped) of a case of 100 screenshots (~30 MB), beside fflate zipping the same bytes in
// one call (the floor); and SHA-256 over the same bytes.
import { zipSync } from 'fflate';
import { zipPackage } from '../../lib/evidence/zip';
import { planCasePackage } from '../../lib/evidence/build-package';
import { chainEvent, GENESIS_HASH } from '../../lib/db/event-chain';
import { chaseFromStatus } from '../../lib/tracker/chase-from-status';
import { sha256Hex, type PackageFile } from '../../lib/evidence/package-file';
import type { OrderRecord } from '../../lib/model/order-record';
import type { EvidenceRecord } from '../../lib/db/schema';

const SCREENSHOTS = 100;
const SCREENSHOT_BYTES = 300 * 1024;

/** Incompressible bytes, as a PNG's are. */
function screenshotBytes(): Uint8Array {
  const bytes = new Uint8Array(SCREENSHOT_BYTES);
  for (let at = 0; at < bytes.length; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(at + 65536, bytes.length)));
  return bytes;
}

const ORDER: OrderRecord = {
  marketplace: 'woocommerce', shop: 'http://shop.test', orderId: '1042', url: 'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1042',
  status: 'unpaid', statusText: 'Pending payment', buyer: { name: 'Jane Doe' }, total: { amount: 123880, currency: 'USD' }, items: [],
  open: 1, buyerKey: 'jane doe', firstSeenAt: '2026-11-19T14:05:22Z', lastActivityAt: '2026-11-19T14:05:22Z', chase: chaseFromStatus({ status: 'unpaid', total: { amount: 123880, currency: 'USD' } }),
};

/** One order's sources: 100 screenshots kept as Blobs, each on the timeline. */
function caseSources() {
  const evidence: EvidenceRecord[] = [];
  const events = [chainEvent({ marketplace: 'woocommerce', shop: ORDER.shop, orderId: '1042', at: ORDER.firstSeenAt, url: ORDER.url, data: { type: 'detected', status: 'unpaid', total: ORDER.total } }, GENESIS_HASH)];
  for (let i = 0; i < SCREENSHOTS; i++) {
    const blob = new Blob([screenshotBytes() as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    evidence.push({ id: i + 1, marketplace: 'woocommerce', shop: ORDER.shop, orderId: '1042', kind: 'screenshot', url: ORDER.url, capturedAt: ORDER.firstSeenAt, sha256: '', blob, name: `screenshot-${i}.png`, mediaType: 'image/png' });
    events.push(chainEvent({ marketplace: 'woocommerce', shop: ORDER.shop, orderId: '1042', at: ORDER.firstSeenAt, url: ORDER.url, data: { type: 'evidence_added', evidenceId: i + 1, kind: 'screenshot', name: `screenshot-${i}.png`, mediaType: 'image/png', bytes: blob.size, sha256: '' } }, events.at(-1)!.hash));
  }
  return {
    order: ORDER, events, evidence, chain: { ok: true as const, length: events.length, head: events.at(-1)!.hash }, seller: 'Bench', locale: 'en',
    origin: { createdAt: '2026-12-02T10:00:00+08:00', extension: { name: 'Settle', version: 'bench' }, browser: 'Chromium', order: { marketplace: 'woocommerce', shop: ORDER.shop, orderId: '1042' } },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

declare global {
  interface Window {
    settleExportBench: { run(): Promise<{ bytes: number; exportMs: number; floorMs: number; hashMBps: number }> };
  }
}

window.settleExportBench = {
  async run() {
    const sources = caseSources();
    let files: PackageFile[] = [];
    const exportMs = await timed(async () => {
      const plan = await planCasePackage(sources);
      const rest = async () => {
        const written = (await plan.rest()).files;
        files = [...(await Promise.all(plan.evidence)), ...written];
        return written;
      };
      await zipPackage(plan.folder, plan.evidence, { then: rest, expectedBytes: plan.evidenceBytes });
    });
    const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
    // The floor: the same library zipping the same files in one synchronous call, the same choices
    // (screenshots stored, text deflated). The screenshots are read from the same Blobs first, as any
    // zipper of kept evidence must: in Chromium that read is main-thread work no zip can overlap.
    const floorMs = await timed(async () => {
      const read = await Promise.all(sources.evidence.map(async (e) => new Uint8Array(await e.blob.arrayBuffer())));
      const byPath = new Map(files.map((f) => [f.path, f.bytes]));
      files.filter((f) => f.path.startsWith('evidence/')).forEach((f, i) => byPath.set(f.path, read[i]!));
      zipSync(Object.fromEntries(files.map((f) => [`case/${f.path}`, [byPath.get(f.path)!, { level: f.mediaType.startsWith('image/') ? 0 : 6 }]])));
    });
    // Hashed as the export hashes them: each file on its own, side by side.
    const hashMs = await timed(() => Promise.all(files.map((f) => sha256Hex(f.bytes))));
    return { bytes, exportMs, floorMs, hashMBps: bytes / 1e6 / (hashMs / 1000) };
  },
};
