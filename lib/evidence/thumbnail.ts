/** The report's thumbnail width, in pixels. */
const WIDTH = 240;
/** Its greatest height: of a long page capture the thumbnail shows the top, not a 240 px-wide strip thousands of pixels tall. */
const MAX_HEIGHT = 2 * WIDTH;

/**
 * A small JPEG of an image, as a data: URL for report.html (which must stand alone), drawn with
 * createImageBitmap and OffscreenCanvas. Undefined where the image cannot be decoded.
 */
export async function imageThumbnail(blob: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(blob).catch(() => undefined);
  if (!bitmap) return undefined;
  const scale = Math.min(1, WIDTH / bitmap.width);
  const canvas = new OffscreenCanvas(
    Math.max(1, Math.round(bitmap.width * scale)),
    Math.max(1, Math.min(MAX_HEIGHT, Math.round(bitmap.height * scale))),
  );
  // The top of the image, as much of it as fits the canvas at this scale.
  canvas
    .getContext('2d')
    ?.drawImage(
      bitmap,
      0,
      0,
      bitmap.width,
      Math.min(bitmap.height, canvas.height / scale),
      0,
      0,
      canvas.width,
      canvas.height,
    );
  bitmap.close();
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => resolve(undefined);
    reader.readAsDataURL(jpeg);
  });
}
