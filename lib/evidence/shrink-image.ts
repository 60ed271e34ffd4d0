import { firstStep, imageParts, MAX_SIDE, nextStep, type ImagePart, type ShrinkStep } from './shrink-plan';

/**
 * Re-encodes an image as JPEG within `maxBytes` a part (any size when absent), cut into parts
 * where it is taller than a canvas allows; undefined when it cannot be decoded or made to fit.
 * Injected into the package (PackageSources.shrinkImage), so unit tests give a fake.
 */
export type ShrinkImage = (image: Blob, limit: { maxBytes?: number }) => Promise<Blob[] | undefined>;

/** One band of the image, scaled, on white (JPEG has no transparency: a PNG's clear pixels would turn black). */
async function encodePart(bitmap: ImageBitmap, part: ImagePart, step: ShrinkStep): Promise<Blob> {
  const canvas = new OffscreenCanvas(
    Math.max(1, Math.min(MAX_SIDE, Math.round(bitmap.width * step.scale))),
    Math.max(1, Math.min(MAX_SIDE, Math.round(part.height * step.scale))),
  );
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas here');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, part.y, bitmap.width, part.height, 0, 0, canvas.width, canvas.height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: step.quality });
}

/**
 * The dashboard's ShrinkImage: decodes with createImageBitmap and encodes with OffscreenCanvas,
 * stepping down (lib/evidence/shrink-plan.ts) until every part fits.
 */
export const shrinkImage: ShrinkImage = async (image, { maxBytes }) => {
  const bitmap = await createImageBitmap(image).catch(() => undefined);
  if (!bitmap) return undefined;
  try {
    for (let step: ShrinkStep | undefined = firstStep(bitmap.width); step;) {
      const parts: Blob[] = [];
      let largest = 0;
      for (const part of imageParts(bitmap.height, step.scale)) {
        const jpeg = await encodePart(bitmap, part, step);
        largest = Math.max(largest, jpeg.size);
        if (maxBytes !== undefined && jpeg.size > maxBytes) break; // this step misses: no need to encode the other parts
        parts.push(jpeg);
      }
      if (maxBytes === undefined || largest <= maxBytes) return parts;
      step = nextStep(step, largest, maxBytes, bitmap.width);
    }
    return undefined;
  } catch {
    return undefined; // a canvas too large for this browser's memory
  } finally {
    bitmap.close();
  }
};
