import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '@/lib/evidence/zip';
import type { LazyFile, PackageFile } from '@/lib/evidence/package-file';

const MB = 1 << 20;
const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);

/** Lazy files of `size` declared bytes each (holding a few real ones), counting reads begun and files zipped. */
function lazyCase(count: number, size: number) {
  const log = { started: 0, startedWhenFirstRead: 0 };
  const files: LazyFile[] = Array.from({ length: count }, (_, i) => ({
    size,
    read: async () => {
      log.started++;
      await new Promise((r) => setTimeout(r, 1));
      if (i === 0) log.startedWhenFirstRead = log.started;
      const bytes = bytesOf(64, i);
      return { path: `evidence/${i}.png`, bytes, mediaType: 'image/png', blob: new Blob([bytes]) };
    },
  }));
  return { files, log };
}

describe('zipPackage', () => {
  it('reads a few megabytes ahead of the zip, never the whole case at once', async () => {
    const { files, log } = lazyCase(20, 3 * MB);
    const zip = await zipPackage('case', files);
    // 8 MB ahead of 3 MB files: the file zipped next and the ones within 8 MB after it.
    expect(log.startedWhenFirstRead).toBeLessThanOrEqual(4);
    expect(log.started).toBe(20);
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(entries)).toHaveLength(20);
    expect(entries['case/evidence/7.png']).toEqual(bytesOf(64, 7));
  });

  it('puts a stored file read from a Blob in as it is, and text deflated, in order', async () => {
    // Over a megabyte: the zip is handed it in more than one slice.
    const image = bytesOf(1.5 * MB, 1);
    const text = new TextEncoder().encode('a line\n'.repeat(50_000));
    const files: (PackageFile | LazyFile)[] = [
      {
        size: image.length,
        read: async () => ({
          path: 'evidence/001-big.png',
          bytes: image.slice(),
          mediaType: 'image/png',
          blob: new Blob([image]),
        }),
      },
      { path: 'records/notes.txt', bytes: text, mediaType: 'text/plain' },
    ];
    const zip = await zipPackage('case', files);
    expect(zip.type).toBe('application/zip');
    expect(zip.size).toBeLessThan(image.length + text.length / 10);
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(['case/evidence/001-big.png', 'case/records/notes.txt']);
    expect(Buffer.from(entries['case/evidence/001-big.png']!).equals(image)).toBe(true);
    expect(Buffer.from(entries['case/records/notes.txt']!).equals(text)).toBe(true);
  });

  it('counts progress over the declared sizes, then the files made after them', async () => {
    const { files } = lazyCase(3, 64);
    const seen: [number, number][] = [];
    await zipPackage('case', files, {
      onProgress: (done, total) => seen.push([done, total]),
      then: async () => [{ path: 'report.html', bytes: bytesOf(100, 0), mediaType: 'text/html' }],
    });
    expect(seen.at(-1)).toEqual([292, 292]);
  });

  it('rejects with a read that failed', async () => {
    const { files } = lazyCase(3, 64);
    files[1] = { size: 64, read: () => Promise.reject(new Error('NotReadableError: the file is gone')) };
    await expect(zipPackage('case', files)).rejects.toThrow('the file is gone');
  });
});
