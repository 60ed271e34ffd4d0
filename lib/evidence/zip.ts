import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { LazyFile, PackageFile } from './package-file';
import { yieldToPage } from './yield-to-page';

/** Already compressed: stored as they are (deflating a JPEG runs at ~15 MB/s and saves nothing). */
const STORED = /^(image\/(png|jpeg|webp|gif)|application\/(zip|pdf|gzip)|video\/|audio\/)/;
/** Bytes handed to the zip between two looks at the signal and the progress bar. */
const SLICE = 1 << 20;
/** How long the zip may hold the page before it lets it paint and take a click on Cancel. */
const YIELD_AFTER_MS = 16;
/** How many bytes of files ahead are being read (and hashed) while one is zipped. */
const READ_AHEAD_BYTES = 8 << 20;
/** Zipped bytes gathered before they are handed to a Blob (the browser's storage) and let go. */
const FLUSH_BYTES = 4 << 20;

export interface ZipOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Files made while the first ones were zipping (a PackagePlan's `rest`): zipped after them. */
  then?: () => Promise<PackageFile[]>;
  /** The time every entry carries (the package's creation); when not given, the earliest a ZIP can hold (1980). */
  mtime?: Date;
}

const isLazy = (file: PackageFile | LazyFile): file is LazyFile => 'read' in file;
const sizeOf = (file: PackageFile | LazyFile) => (isLazy(file) ? file.size : file.bytes.length);

/**
 * The zip's output, kept as Blob parts. A stored file read from a Blob goes in as that very Blob,
 * so the browser does not copy the evidence a second time; other bytes are handed to a Blob every
 * FLUSH_BYTES and let go.
 */
class ZipOutput {
  private parts: BlobPart[] = [];
  private heldFrom = 0;
  private held = 0;
  /** The file being zipped, when its bytes were read from a Blob; `given` once that Blob is in the output. */
  private source?: { bytes: Uint8Array; blob: Blob; given: boolean };

  /** Says which file is zipped next, before its bytes are pushed to the zip. */
  readFrom(file: PackageFile) {
    this.source =
      file.blob?.size === file.bytes.length ? { bytes: file.bytes, blob: file.blob, given: false } : undefined;
  }

  /** Whether the file just zipped went in as its Blob: then the output holds none of its bytes. */
  tookBlob(): boolean {
    return !!this.source?.given;
  }

  push(chunk: Uint8Array) {
    const source = this.source;
    // fflate hands the zipped file's bytes through as views of them, in order, right away (each file
    // is added once the one before is complete): the first view puts in the whole Blob, and the
    // views after it are the rest of the same bytes. (Blob.slice per view would cost ~0.8 ms a call
    // in Chromium: each registers a new Blob with the browser.)
    if (
      source &&
      chunk.length &&
      chunk.buffer === source.bytes.buffer &&
      chunk.byteOffset >= source.bytes.byteOffset &&
      chunk.byteOffset + chunk.length <= source.bytes.byteOffset + source.bytes.length
    ) {
      if (!source.given) this.parts.push(source.blob);
      source.given = true;
      return;
    }
    this.parts.push(chunk as Uint8Array<ArrayBuffer>);
    this.held += chunk.length;
    if (this.held >= FLUSH_BYTES) this.flush();
  }

  private flush() {
    this.parts.push(new Blob(this.parts.splice(this.heldFrom)));
    this.heldFrom = this.parts.length;
    this.held = 0;
  }

  blob(): Blob {
    return new Blob(this.parts, { type: 'application/zip' });
  }
}

/**
 * Streams the package's files into one ZIP under `folder/` with fflate: text deflated, images and
 * archives stored; then the files `then` gives. Reports progress by input bytes and stops when
 * `signal` aborts (rejecting with its reason), leaving nothing behind.
 *
 * Memory stays near READ_AHEAD_BYTES + FLUSH_BYTES whatever the case's size: files are read a few
 * megabytes ahead of the zip (not all at once), and no file's bytes are kept once zipped.
 */
export async function zipPackage(
  folder: string,
  files: (PackageFile | LazyFile)[],
  { onProgress, signal, then, mtime = new Date(1980, 0, 1) }: ZipOptions = {},
): Promise<Blob> {
  const output = new ZipOutput();
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.push(chunk);
  });
  let total = files.reduce((sum, f) => sum + sizeOf(f), 0);
  let done = 0;
  let lastYield = performance.now();
  /** Zips one file; `owned` when the zip read it itself, so nothing else holds its bytes. */
  const add = async (file: PackageFile, owned = false) => {
    const entry = STORED.test(file.mediaType)
      ? new ZipPassThrough(`${folder}/${file.path}`)
      : new ZipDeflate(`${folder}/${file.path}`, { level: 6 });
    entry.mtime = mtime;
    output.readFrom(file);
    zip.add(entry);
    if (!file.bytes.length) entry.push(file.bytes, true);
    for (let at = 0; at < file.bytes.length; at += SLICE) {
      signal?.throwIfAborted();
      const end = Math.min(at + SLICE, file.bytes.length);
      entry.push(file.bytes.subarray(at, end), end === file.bytes.length);
      done += end - at;
      if (performance.now() - lastYield > YIELD_AFTER_MS) {
        onProgress?.(done, total);
        await yieldToPage();
        lastYield = performance.now();
      }
    }
    if (failure) throw failure;
    // Gives the bytes back now rather than at the next garbage collection (V8 waits for 64 MB of
    // them): the zip took them from their Blob and nothing else holds them. (transfer(): Chromium
    // 114+, Firefox 122+; absent, the collector frees them later.)
    if (owned && output.tookBlob()) (file.bytes.buffer as { transfer?: (length: number) => unknown }).transfer?.(0);
  };

  // Reads run ahead of the zip by READ_AHEAD_BYTES, and always include the file zipped next.
  const reads: (Promise<PackageFile> | undefined)[] = [];
  let readUpTo = 0;
  let reading = 0;
  const readAhead = (next: number) => {
    while (readUpTo < files.length && (readUpTo <= next || reading < READ_AHEAD_BYTES)) {
      const file = files[readUpTo]!;
      reading += sizeOf(file);
      const read = isLazy(file) ? file.read() : Promise.resolve(file);
      read.catch(() => undefined); // a failed read rejects when its turn comes, not before
      reads[readUpTo++] = read;
    }
  };
  for (let i = 0; i < files.length; i++) {
    readAhead(i);
    const file = await reads[i]!;
    reads[i] = undefined;
    reading -= sizeOf(files[i]!);
    readAhead(i + 1);
    await add(file, isLazy(files[i]!));
  }
  if (then) {
    const more = await then();
    total += more.reduce((sum, f) => sum + f.bytes.length, 0);
    for (const file of more) await add(file);
  }
  signal?.throwIfAborted();
  onProgress?.(done, total);
  zip.end();
  if (failure) throw failure;
  return output.blob();
}
