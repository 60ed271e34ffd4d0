/** One file of a case package, before it is zipped. */
export interface PackageFile {
  /** Path inside the package, with forward slashes: `records/order.json`. */
  path: string;
  bytes: Uint8Array;
  mediaType: string;
  /** When the evidence was captured or attached (ISO 8601 with offset); absent for files Settle wrote at export. */
  capturedAt?: string;
  /** The page it was captured on, its title, and what took it (Settle's and the browser's versions). */
  sourceUrl?: string;
  pageTitle?: string;
  capturedWith?: string;
  /** Its SHA-256 when already computed from these very bytes (each file is hashed once per export). */
  sha256?: string;
  /** The Blob these very bytes were read from: the zip refers to it for a stored file rather than copy the bytes again. */
  blob?: Blob;
  /** A copy Settle made of an original in the package (a shrunk image for a venue's upload limit): the original's path and SHA-256. */
  derivedFrom?: { path: string; sha256: string };
}

/** A file not read yet: its size (for the progress bar and how far the zip reads ahead) and how to read it. */
export interface LazyFile {
  size: number;
  read: () => Promise<PackageFile>;
}

const encoder = new TextEncoder();

/** A text file of the package, UTF-8. */
export const textFile = (path: string, text: string, mediaType: string): PackageFile => ({
  path,
  bytes: encoder.encode(text),
  mediaType,
});

/** Lowercase hex SHA-256 of some bytes (WebCrypto: pages and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of a file the seller attached or Settle captured (read whole: at most 50 MB). */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  return sha256Hex(new Uint8Array(await blob.arrayBuffer()));
}
