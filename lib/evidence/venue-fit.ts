import type { Venue } from '../cases/venues';

/** Why a file cannot go to a venue as it is. */
export type Misfit = 'too-large' | 'type-not-accepted';

/** The names venues give these media types ('jpg' and 'jpeg' alike). */
const TYPE_NAMES: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/bmp': ['bmp'],
  'image/avif': ['avif'],
  'image/heic': ['heic'],
  'image/tiff': ['tif', 'tiff'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt'],
};

/** Images the browser decodes and Settle can re-encode as JPEG for a venue. */
export const canReencode = (mediaType: string) => /^image\/(png|jpeg|webp|gif|bmp|avif)$/.test(mediaType);

/** A file's type as a venue names it: from its media type, else from its name's extension. */
function typeNames(mediaType: string, name: string): string[] {
  const known = TYPE_NAMES[mediaType];
  if (known) return known;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1];
  return extension ? [extension.toLowerCase()] : [];
}

/** Whether a venue takes files of this type (a venue naming no types takes any). */
export function venueTakes(venue: Venue, mediaType: string, name: string): boolean {
  const accepted = venue.fileTypes?.value;
  return !accepted || typeNames(mediaType, name).some((type) => accepted.includes(type));
}

/** Why a file cannot be uploaded to a venue as it is: over its size limit, of a type it does not take, or both; empty when it can. */
export function misfits(venue: Venue, file: { size: number; mediaType: string; name: string }): Misfit[] {
  const max = venue.maxFileBytes?.value;
  return [
    ...(max !== undefined && file.size > max ? (['too-large'] as const) : []),
    ...(venueTakes(venue, file.mediaType, file.name) ? [] : (['type-not-accepted'] as const)),
  ];
}

/** Whether a venue has any upload limit at all (size or type): only then are copies made for it. */
export const hasUploadLimits = (venue: Venue) => venue.maxFileBytes !== undefined || venue.fileTypes !== undefined;
