import { sha256Hex, textFile, type PackageFile } from './package-file';

/** Where the package's hash chain is, and where it ends. */
export interface ChainSummary {
  file: string;
  head: string;
  length: number;
}

/** Who made the package, with what, for which order. */
export interface PackageOrigin {
  createdAt: string;
  extension: { name: string; version: string };
  browser: string;
  order: { marketplace: string; shop: string; orderId: string };
}

/** A file as manifest.json lists it. */
export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
  mediaType: string;
  capturedAt?: string;
  sourceUrl?: string;
  pageTitle?: string;
  capturedWith?: string;
  derivedFrom?: { path: string; sha256: string };
}

const MANIFEST_PATH = 'manifest.json';
const SUMS_PATH = 'SHA256SUMS';
/** manifest.json's RFC 3161 time stamp, when the seller turned Trusted time on. */
export const STAMP_PATH = 'manifest.tsr';

/** A file's line in the manifest, hashed now unless it was hashed before (each file is hashed once per export). */
export async function manifestEntry(f: PackageFile): Promise<ManifestEntry> {
  return {
    path: f.path,
    bytes: f.bytes.length,
    sha256: f.sha256 ?? (await sha256Hex(f.bytes)),
    mediaType: f.mediaType,
    ...(f.capturedAt && { capturedAt: f.capturedAt }),
    ...(f.sourceUrl && { sourceUrl: f.sourceUrl }),
    ...(f.pageTitle !== undefined && { pageTitle: f.pageTitle }),
    ...(f.capturedWith && { capturedWith: f.capturedWith }),
    ...(f.derivedFrom && { derivedFrom: f.derivedFrom }),
  };
}

/**
 * manifest.json (every file but itself and SHA256SUMS: path, bytes, SHA-256, media type, capture
 * time, page and its title, what captured it, the original a copy was made from; the chain's
 * file, head and length) and SHA256SUMS (every file but itself, in `sha256sum -c` format), so the
 * package can be checked file by file with no Settle at hand. Takes the entries rather than the
 * files: the evidence has been zipped and let go of by the time the package is sealed.
 * `afterManifest` may add files made from manifest.json itself (its time stamp, manifest.tsr):
 * the manifest cannot list what is made from it, so they sit beside it, and SHA256SUMS, written
 * last, lists them too. If it throws, nothing is returned.
 */
export async function sealPackage(
  listed: ManifestEntry[],
  chain: ChainSummary,
  origin: PackageOrigin,
  afterManifest?: (manifest: PackageFile) => Promise<PackageFile[]>,
): Promise<PackageFile[]> {
  const manifest = textFile(
    MANIFEST_PATH,
    `${JSON.stringify({ format: 'settle-case-package', formatVersion: 1, ...origin, chain, files: listed }, null, 2)}\n`,
    'application/json',
  );
  const beside = (await afterManifest?.(manifest)) ?? [];
  const sums = [
    ...listed.map((f) => `${f.sha256}  ${f.path}`),
    ...(await Promise.all([manifest, ...beside].map(async (f) => `${await sha256Hex(f.bytes)}  ${f.path}`))),
  ];
  return [manifest, ...beside, textFile(SUMS_PATH, `${sums.join('\n')}\n`, 'text/plain')];
}
