import type { Venue, VenueId } from '../cases/venues';
import type { EvidenceRecord } from '../db/schema';
import { sha256Hex, type PackageFile } from './package-file';
import type { ManifestEntry } from './seal';
import type { ShrinkImage } from './shrink-image';
import { canReencode, hasUploadLimits, misfits, venueTakes, type Misfit } from './venue-fit';

/** A copy made for the venue: where it is, and the original it was made from and why. */
interface VenueCopy {
  path: string;
  bytes: number;
  sha256: string;
  from: { path: string; bytes: number };
  reasons: Misfit[];
  /** Which part of a long image this is (1-based), and of how many. */
  part?: { index: number; of: number };
}

/** An original that cannot go to the venue, and no copy of it could be made. */
interface VenueUnfit {
  path: string;
  bytes: number;
  reasons: Misfit[];
  /** An image Settle tried to re-encode, but could not decode or make small enough. */
  shrinkFailed: boolean;
}

/** What the report says about the venue's upload limits. */
export interface VenueCopies {
  venue: VenueId;
  maxFileBytes?: number;
  fileTypes?: string[];
  source: string;
  copies: VenueCopy[];
  unfit: VenueUnfit[];
}

/** The folder the copies for a venue go in, beside the originals. */
const copiesFolder = (venue: VenueId) => `evidence/for-${venue}`;

/**
 * Copies of the originals a venue would refuse, made to fit it: every image over its upload limit,
 * or of a type it does not take, re-encoded as JPEG (shrunk step by step, a long one cut into
 * parts) into evidence/for-<venue>/, each with the original's path and SHA-256 as `derivedFrom`.
 * The originals stay as they are. Files that cannot be made to fit are listed, not copied.
 * Undefined for a venue with no upload limits (none known, or no case).
 */
export async function venueCopies(
  venue: Venue | undefined,
  originals: { entry: ManifestEntry; record: EvidenceRecord }[],
  shrink?: ShrinkImage,
): Promise<{ files: PackageFile[]; report: VenueCopies } | undefined> {
  if (!venue || !hasUploadLimits(venue)) return undefined;
  const maxBytes = venue.maxFileBytes?.value;
  const files: PackageFile[] = [];
  const report: VenueCopies = {
    venue: venue.id,
    ...(maxBytes !== undefined && { maxFileBytes: maxBytes }),
    ...(venue.fileTypes && { fileTypes: venue.fileTypes.value }),
    source: (venue.maxFileBytes ?? venue.fileTypes)!.source,
    copies: [],
    unfit: [],
  };
  // A JPEG copy only helps where the venue takes JPEG.
  const jpegHelps = venueTakes(venue, 'image/jpeg', '');
  for (const { entry, record } of originals) {
    const reasons = misfits(venue, { size: entry.bytes, mediaType: entry.mediaType, name: entry.path });
    if (!reasons.length) continue;
    const tryShrink = jpegHelps && canReencode(entry.mediaType);
    const parts = tryShrink
      ? await shrink?.(record.blob, { ...(maxBytes !== undefined && { maxBytes }) }).catch(() => undefined)
      : undefined;
    if (!parts?.length) {
      report.unfit.push({ path: entry.path, bytes: entry.bytes, reasons, shrinkFailed: tryShrink });
      continue;
    }
    const stem = `${copiesFolder(venue.id)}/${entry.path.slice('evidence/'.length).replace(/\.[^./]*$/, '')}`;
    for (const [i, jpeg] of parts.entries()) {
      const bytes = new Uint8Array(await jpeg.arrayBuffer());
      const path = parts.length === 1 ? `${stem}.jpg` : `${stem}-part${i + 1}.jpg`;
      const sha256 = await sha256Hex(bytes);
      files.push({
        path,
        bytes,
        blob: jpeg,
        sha256,
        mediaType: 'image/jpeg',
        derivedFrom: { path: entry.path, sha256: entry.sha256 },
      });
      report.copies.push({
        path,
        bytes: bytes.length,
        sha256,
        from: { path: entry.path, bytes: entry.bytes },
        reasons,
        ...(parts.length > 1 && { part: { index: i + 1, of: parts.length } }),
      });
    }
  }
  return { files, report };
}
