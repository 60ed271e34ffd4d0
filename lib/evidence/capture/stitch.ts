/** A canvas stays within this many pixels on a side in every browser Settle runs in. */
export const TILE_MAX_PX = 16_384;

/** One viewport's picture and where its top was on the page, in the picture's own pixels. */
export interface Slice {
  top: number;
  image: ImageBitmap;
}

/**
 * Where a page `height` pixels tall is cut into tiles no taller than TILE_MAX_PX: the start of each.
 */
export function tileStarts(height: number, tile = TILE_MAX_PX): number[] {
  const starts: number[] = [];
  for (let top = 0; top < height; top += tile) starts.push(top);
  return starts;
}

/**
 * Draws the slices of a scrolled page onto tiles (OffscreenCanvas: the service worker has no
 * document), each a PNG. A later slice overwrites the overlap of the one before it (the last
 * slice is where the page stopped scrolling), so the page reads top to bottom once.
 */
export async function stitchSlices(slices: Slice[], width: number, height: number): Promise<Blob[]> {
  const tiles: Blob[] = [];
  for (const start of tileStarts(height)) {
    const canvas = new OffscreenCanvas(width, Math.min(TILE_MAX_PX, height - start));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not draw the page.');
    for (const slice of slices) {
      if (slice.top + slice.image.height <= start || slice.top >= start + canvas.height) continue;
      context.drawImage(slice.image, 0, slice.top - start);
    }
    tiles.push(await canvas.convertToBlob({ type: 'image/png' }));
  }
  return tiles;
}
