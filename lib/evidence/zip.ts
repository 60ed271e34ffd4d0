import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { PackageFile } from './package-file';

/** Already compressed: stored as they are (deflating a JPEG runs at ~15 MB/s and saves nothing). */
const STORED = /^(image\/(png|jpeg|webp|gif)|application\/(zip|pdf|gzip)|video\/|audio\/)/;
/** Bytes handed to the zip between two looks at the signal and the progress bar. */
const SLICE = 1 << 20;
/** How long the zip may hold the page before it lets it paint and take a click on Cancel. */
const YIELD_AFTER_MS = 16;

export interface ZipOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Files made while the first ones were zipping (a PackagePlan's `rest`): zipped after them. */
  then?: () => Promise<PackageFile[]>;
  /** The first files' size in all, when they are still being read: the progress bar's scale. */
  expectedBytes?: number;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Streams the package's files into one ZIP under `folder/` with fflate: text deflated, images and
 * archives stored; then the files `then` gives. Reports progress by input bytes and stops when
 * `signal` aborts (rejecting with its reason), leaving nothing behind.
 */
export async function zipPackage(folder: string, files: (PackageFile | Promise<PackageFile>)[], { onProgress, signal, then, expectedBytes }: ZipOptions = {}): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  let total = expectedBytes ?? (await Promise.all(files)).reduce((sum, f) => sum + f.bytes.length, 0);
  let done = 0;
  let lastYield = performance.now();
  const mtime = new Date();
  const add = async (file: PackageFile) => {
    const entry = STORED.test(file.mediaType) ? new ZipPassThrough(`${folder}/${file.path}`) : new ZipDeflate(`${folder}/${file.path}`, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    if (!file.bytes.length) entry.push(file.bytes, true);
    for (let at = 0; at < file.bytes.length; at += SLICE) {
      signal?.throwIfAborted();
      const end = Math.min(at + SLICE, file.bytes.length);
      entry.push(file.bytes.subarray(at, end), end === file.bytes.length);
      done += end - at;
      if (performance.now() - lastYield > YIELD_AFTER_MS) {
        onProgress?.(done, total);
        await nextTask();
        lastYield = performance.now();
      }
    }
    if (failure) throw failure;
  };
  for (const file of files) await add(await file);
  if (then) {
    const more = await then();
    total += more.reduce((sum, f) => sum + f.bytes.length, 0);
    for (const file of more) await add(file);
  }
  signal?.throwIfAborted();
  onProgress?.(done, total);
  zip.end();
  if (failure) throw failure;
  return new Blob(chunks as Uint8Array<ArrayBuffer>[], { type: 'application/zip' });
}
