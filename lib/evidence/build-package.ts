import type { OrderRecord } from '../model/order-record';
import type { OrderEvent } from '../model/events';
import type { ChainCheck } from '../db/event-chain';
import type { EvidenceRecord } from '../db/schema';
import { textFile, sha256Hex, type LazyFile, type PackageFile } from './package-file';
import { messagesCsv, timelineCsv, timelineJsonl } from './timeline-records';
import { reportHtml, type ReportEvidence } from './report-html';
import { verifyPage } from './verify-page';
import { readmeTxt } from './readme-txt';
import { letterHtml } from './letter-html';
import { manifestEntry, sealPackage, STAMP_PATH, type ManifestEntry, type PackageOrigin } from './seal';
import { venueCopies } from './venue-copies';
import type { ShrinkImage } from './shrink-image';
import { venueOf } from '../cases/venues';
import { caseFacts, type CaseOrder } from '../cases/case-facts';
import { caseRecordJson } from './case-record';
import { TimeStampError, type StampFailure, type StampFailureDetail } from './timestamp/errors';
import type { ManifestStamp } from './timestamp/stamp';

const TIMELINE_PATH = 'records/timeline.jsonl';

/** Everything a package is made of, read from the database and the browser by the caller. */
export interface PackageSources {
  order: OrderRecord;
  events: OrderEvent[];
  evidence: EvidenceRecord[];
  /** The order's chain as checked against the head kept for it. */
  chain: ChainCheck;
  /** Who the reminders were signed by (Options), else the shop. */
  seller: string;
  origin: PackageOrigin;
  locale: string;
  /** The other orders of the order's case on a buyer, with their timelines; listed in the report and records/case.json, never packed. */
  caseOrders?: CaseOrder[];
  /** A small image (data: URL) of an image, for the report; absent where the page cannot draw one. */
  thumbnail?: (blob: Blob) => Promise<string | undefined>;
  /** Trusted time, when the seller turned it on: who stamps manifest.json, and how to ask. */
  trustedTime?: TrustedTimeSource;
  /** Re-encodes an image as JPEG to fit the case venue's upload limit (lib/evidence/shrink-image.ts); absent, no copy is made and the report says so. */
  shrinkImage?: ShrinkImage;
}

/** The RFC 3161 authority the seller chose, and the call that asks it to stamp manifest.json's bytes. */
export interface TrustedTimeSource {
  url: string;
  stamp: (manifest: Uint8Array) => Promise<ManifestStamp>;
}

/** What came of asking for the time stamp: the package holds manifest.tsr, or it was made without one, and why. */
export type TrustedTimeOutcome =
  | { stamped: true; url: string; genTime: string }
  | { stamped: false; url: string; reason: StampFailure; detail: StampFailureDetail };

/** The files written once the evidence is hashed, and what came of Trusted time if it is on. */
interface PackageRest {
  files: PackageFile[];
  trustedTime?: TrustedTimeOutcome;
}

/** A file name that stays one name in any zip tool and file system: no folders, no control characters, not too long. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return (cleaned || 'file').slice(-80);
}

/** The package's folder name: settle-<marketplace>-<order>-<date>, safe as a file name. */
const packageFolder = (order: OrderRecord, createdAt: string) =>
  safeFileName(`settle-${order.marketplace}-${order.orderId}-${createdAt.slice(0, 10)}`);

/** When and where a piece of evidence was captured or attached, as the manifest and the report list it. */
const provenanceOf = (record: EvidenceRecord) => ({
  capturedAt: record.capturedAt,
  ...(record.url && { sourceUrl: record.url }),
  ...(record.pageTitle !== undefined && { pageTitle: record.pageTitle }),
  ...(record.capturedWith && { capturedWith: record.capturedWith }),
});

/** A package in the order it is zipped: the evidence first, then what is written from it. */
export interface PackagePlan {
  folder: string;
  /** The original files, each read and hashed when the zip comes to it: a case is never in memory whole. */
  evidence: LazyFile[];
  /** Everything else — report, verify.html, README.txt, records/, then manifest.json, manifest.tsr and SHA256SUMS — once the evidence is read and hashed. */
  rest: () => Promise<PackageRest>;
}

/**
 * One order's case package, planned so the work overlaps: each original is read, then zipped while
 * WebCrypto hashes it off the page's thread; the report (which lists each file's SHA-256), the
 * records and the manifest follow. report.html, verify.html, README.txt, records/ (order.json,
 * case.json when the order has a case, timeline.jsonl, timeline.csv, messages.csv), evidence/ (the
 * original files, and beside them in evidence/for-<venue>/ copies shrunk to the case venue's
 * upload limit), letters/ (each kept demand letter as a printable page), manifest.json and
 * SHA256SUMS over all of them. A case on a buyer lists its other orders in the report and in
 * case.json; their timelines and files stay in their own packages (one chain per package).
 *
 * With Trusted time on, manifest.json's SHA-256 is stamped by the seller's authority and its
 * answer kept as manifest.tsr (listed in SHA256SUMS, not in the manifest it stamps). When no
 * good stamp comes, the package is made again without it — the report and README.txt then say
 * nothing of one — and the outcome says why.
 */
export async function planCasePackage(src: PackageSources): Promise<PackagePlan> {
  const { order, events, locale, origin, caseOrders = [] } = src;
  const paths = src.evidence.map(
    (record, i) => `evidence/${String(i + 1).padStart(3, '0')}-${safeFileName(record.name ?? record.kind)}`,
  );
  // Each original's manifest entry, kept when it is read; its bytes are not kept.
  const entries: (ManifestEntry | undefined)[] = [];
  const read = async (i: number): Promise<PackageFile> => {
    const record = src.evidence[i]!;
    const bytes = new Uint8Array(await record.blob.arrayBuffer());
    const file: PackageFile = {
      path: paths[i]!,
      bytes,
      blob: record.blob,
      sha256: await sha256Hex(bytes),
      mediaType: record.mediaType ?? (record.blob.type || 'application/octet-stream'),
      ...provenanceOf(record),
    };
    entries[i] = await manifestEntry(file);
    return file;
  };
  const rest = async (): Promise<PackageRest> => {
    // Originals the zip did not read (a caller that wants only the rest) are read and hashed here.
    for (let i = 0; i < src.evidence.length; i++) if (!entries[i]) await read(i);
    const originals = entries as ManifestEntry[];
    const facts = caseFacts(order, events, origin.createdAt, caseOrders);
    const listed: ReportEvidence[] = [];
    for (const [i, entry] of originals.entries()) {
      const record = src.evidence[i]!;
      const thumbnail = entry.mediaType.startsWith('image/')
        ? await src.thumbnail?.(record.blob).catch(() => undefined)
        : undefined;
      listed.push({
        path: entry.path,
        name: record.name ?? record.kind,
        kind: record.kind,
        bytes: entry.bytes,
        sha256: entry.sha256,
        ...provenanceOf(record),
        ...(thumbnail && { thumbnail }),
      });
    }
    const copies = await venueCopies(
      venueOf(order.chase.case?.venue),
      originals.map((entry, i) => ({ entry, record: src.evidence[i]! })),
      src.shrinkImage,
    );
    // Each kept demand letter again as a printable page; its text original stays in evidence/.
    const letters = await Promise.all(
      src.evidence.flatMap((record, i) =>
        record.kind === 'demand-letter'
          ? [
              record.blob
                .text()
                .then((text) =>
                  textFile(
                    `letters/${paths[i]!.slice('evidence/'.length).replace(/\.txt$/, '')}.html`,
                    letterHtml(text, paths[i]!, locale),
                    'text/html',
                  ),
                ),
            ]
          : [],
      ),
    );
    // The report and README.txt name the authority only in a package that holds its stamp.
    const written = (stampedBy?: string): PackageFile[] => [
      // The copies for the venue first: in the zip they follow the originals they were made from.
      ...(copies?.files ?? []),
      textFile(
        'report.html',
        reportHtml({
          order,
          events,
          evidence: listed,
          ...(copies && { venueCopies: copies.report }),
          chain: src.chain,
          seller: src.seller,
          origin,
          locale,
          caseOrders,
          ...(stampedBy && { stampedBy }),
        }),
        'text/html',
      ),
      textFile('verify.html', verifyPage(locale), 'text/html'),
      textFile('README.txt', readmeTxt(order.orderId, origin.createdAt, stampedBy), 'text/plain'),
      textFile('records/order.json', `${JSON.stringify(order, null, 2)}\n`, 'application/json'),
      ...(facts ? [textFile('records/case.json', caseRecordJson(facts, order), 'application/json')] : []),
      textFile(TIMELINE_PATH, timelineJsonl(events), 'application/x-ndjson'),
      textFile('records/timeline.csv', timelineCsv(events, order.total.currency, locale), 'text/csv'),
      textFile('records/messages.csv', messagesCsv(events), 'text/csv'),
      ...letters,
    ];
    const head = events.at(-1)?.hash ?? '0'.repeat(64);
    const chain = { file: TIMELINE_PATH, head, length: events.length };
    const seal = async (stampedBy?: string, afterManifest?: (manifest: PackageFile) => Promise<PackageFile[]>) => {
      const files = written(stampedBy);
      return [
        ...files,
        ...(await sealPackage(
          [...originals, ...(await Promise.all(files.map(manifestEntry)))],
          chain,
          origin,
          afterManifest,
        )),
      ];
    };
    const trusted = src.trustedTime;
    if (!trusted) return { files: await seal() };
    let stamped: TrustedTimeOutcome | undefined;
    try {
      const files = await seal(trusted.url, async (manifest) => {
        const stamp = await trusted.stamp(manifest.bytes);
        stamped = { stamped: true, url: trusted.url, genTime: stamp.info.genTime };
        return [{ path: STAMP_PATH, bytes: stamp.response, mediaType: 'application/timestamp-reply' }];
      });
      return { files, trustedTime: stamped };
    } catch (error) {
      if (!(error instanceof TimeStampError)) throw error;
      return {
        files: await seal(),
        trustedTime: { stamped: false, url: trusted.url, reason: error.reason, detail: error.detail },
      };
    }
  };
  return {
    folder: packageFolder(order, origin.createdAt),
    evidence: src.evidence.map((record, i) => ({ size: record.blob.size, read: () => read(i) })),
    rest,
  };
}

/** The whole package at once (tests, and anyone who wants the files rather than the zip). */
export async function buildCasePackage(
  src: PackageSources,
): Promise<{ folder: string; files: PackageFile[]; trustedTime?: TrustedTimeOutcome }> {
  const plan = await planCasePackage(src);
  const evidence: PackageFile[] = [];
  for (const file of plan.evidence) evidence.push(await file.read());
  const { files, trustedTime } = await plan.rest();
  return { folder: plan.folder, files: [...evidence, ...files], ...(trustedTime && { trustedTime }) };
}
