/**
 * How an image is shrunk to fit a venue's upload limit, as pure arithmetic (lib/evidence/
 * shrink-image.ts does the drawing): first the whole image as a good JPEG, then a lower quality,
 * then smaller and smaller, each step sized from how far the last one missed.
 */

/** Tallest and widest a part may be: a canvas tile stays ≤ 16,384 px (Chromium's limit on one side). */
export const MAX_SIDE = 16_384;
/** Narrower than this, a screenshot's text is no longer readable: the image is said not to fit rather than shrunk further. */
export const MIN_WIDTH = 800;
/** JPEG qualities tried at full size before the image is made smaller. */
const QUALITIES = [0.85, 0.7];
/** The quality of every smaller attempt. */
const SMALLER_QUALITY = 0.6;

export interface ShrinkStep {
  /** Output pixels per source pixel (≤ 1). */
  scale: number;
  quality: number;
}

/** The first attempt: full size (or MAX_SIDE wide), good quality. */
export function firstStep(width: number): ShrinkStep {
  return { scale: Math.min(1, MAX_SIDE / width), quality: QUALITIES[0]! };
}

/**
 * The next attempt after one whose largest part came out `bytes` long against a limit of
 * `maxBytes`; undefined when the image would become narrower than MIN_WIDTH (or than itself, for
 * an image narrower than that to begin with).
 */
export function nextStep(step: ShrinkStep, bytes: number, maxBytes: number, width: number): ShrinkStep | undefined {
  const lower = QUALITIES.find((q) => q < step.quality);
  if (lower !== undefined && step.scale === firstStep(width).scale) return { scale: step.scale, quality: lower };
  // JPEG size grows about with the pixel count: scale the sides by the square root of the miss, a
  // little under, and at least 10% a step so it always converges.
  const factor = Math.min(0.9, Math.max(0.5, Math.sqrt(maxBytes / bytes) * 0.95));
  const scale = step.scale * factor;
  if (width * scale < Math.min(MIN_WIDTH, width)) return undefined;
  return { scale, quality: SMALLER_QUALITY };
}

/** A band of the source image, in source pixels, that becomes one part. */
export interface ImagePart {
  y: number;
  height: number;
}

/**
 * The bands an image is cut into so each, once scaled, is at most MAX_SIDE pixels tall: one band
 * for most images, more for a long page capture. Bands are of equal height, top to bottom.
 */
export function imageParts(height: number, scale: number): ImagePart[] {
  const count = Math.max(1, Math.ceil((height * scale) / MAX_SIDE));
  const band = Math.ceil(height / count);
  return Array.from({ length: count }, (_, i) => ({ y: i * band, height: Math.min(band, height - i * band) }));
}
