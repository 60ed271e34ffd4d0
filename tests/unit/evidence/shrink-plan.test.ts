import { describe, expect, it } from 'vitest';
import { firstStep, imageParts, MAX_SIDE, MIN_WIDTH, nextStep, type ShrinkStep } from '@/lib/evidence/shrink-plan';

const MB = 1 << 20;

/** Every step tried for an image whose JPEG comes out `bytesAt(step)` long, against `maxBytes`. */
function steps(width: number, maxBytes: number, bytesAt: (step: ShrinkStep) => number): ShrinkStep[] {
  const tried: ShrinkStep[] = [];
  for (
    let step: ShrinkStep | undefined = firstStep(width);
    step;
    step = nextStep(step, bytesAt(step), maxBytes, width)
  ) {
    tried.push(step);
    if (bytesAt(step) <= maxBytes || tried.length > 50) break;
  }
  return tried;
}

describe('shrinking an image to a venue’s limit, step by step', () => {
  it('starts at full size and good quality, lowers the quality, then the size, until it fits', () => {
    // A 2,048 px noisy screenshot: ~3 bytes a pixel at quality 0.85, fewer at lower qualities.
    const bytesAt = (s: ShrinkStep) => (2048 * s.scale) ** 2 * (s.quality >= 0.85 ? 3 : s.quality >= 0.7 ? 2.6 : 2.2);
    const tried = steps(2048, 10 * MB, bytesAt);
    expect(tried.slice(0, 2)).toEqual([
      { scale: 1, quality: 0.85 },
      { scale: 1, quality: 0.7 },
    ]);
    expect(tried.at(-1)!.quality).toBe(0.6);
    expect(bytesAt(tried.at(-1)!)).toBeLessThanOrEqual(10 * MB);
    expect(tried.length).toBeLessThanOrEqual(5);
    // Each smaller step is at least 10% smaller than the one before.
    for (let i = 3; i < tried.length; i++) expect(tried[i]!.scale).toBeLessThanOrEqual(tried[i - 1]!.scale * 0.9);
  });

  it('gives up rather than shrink a screenshot below a readable width', () => {
    const tried = steps(4000, 1 * MB, () => 50 * MB);
    const last = tried.at(-1)!;
    expect(nextStep(last, 50 * MB, 1 * MB, 4000)).toBeUndefined();
    expect(4000 * last.scale).toBeGreaterThanOrEqual(MIN_WIDTH);
    // An image narrower than that to begin with is never made smaller than itself.
    expect(nextStep({ scale: 1, quality: 0.7 }, 2 * MB, 1 * MB, 600)).toBeUndefined();
  });

  it('starts no wider than a canvas allows', () => {
    expect(firstStep(40_000).scale).toBe(MAX_SIDE / 40_000);
    expect(firstStep(1200).scale).toBe(1);
  });

  it('cuts an image taller than 16,384 px into equal bands, each at most that tall once scaled', () => {
    expect(imageParts(3000, 1)).toEqual([{ y: 0, height: 3000 }]);
    expect(imageParts(20_000, 1)).toEqual([
      { y: 0, height: 10_000 },
      { y: 10_000, height: 10_000 },
    ]);
    // Scaled to half, 20,000 px fits in one part.
    expect(imageParts(20_000, 0.5)).toHaveLength(1);
    for (const height of [16_384, 16_385, 32_767, 32_768, 32_769, 100_001]) {
      const parts = imageParts(height, 1);
      expect(parts.reduce((n, p) => n + p.height, 0)).toBe(height);
      for (const p of parts) expect(p.height).toBeLessThanOrEqual(MAX_SIDE);
      expect(parts.map((p) => p.y)).toEqual(parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.height, 0)));
    }
  });
});
