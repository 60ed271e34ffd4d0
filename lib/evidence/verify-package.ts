/** What checking an unzipped package found. */
export interface PackageCheck {
  ok: boolean;
  /** Files listed in the manifest and checked. */
  checked: number;
  /** Each file that is missing or whose SHA-256 differs from the manifest's, by path. */
  failing: { path: string; problem: 'missing' | 'changed' }[];
  /** The first line of records/timeline.jsonl that does not follow the chain rule (1-based), or undefined. */
  brokenLine?: number;
  /** Why that line breaks the chain. */
  brokenBecause?: 'not-json' | 'prev-hash' | 'hash' | 'head' | 'length';
  /** The chain's head and length as recomputed. */
  head?: string;
  length: number;
  /** When the package itself cannot be read (no manifest, or not Settle's). */
  error?: string;
  /** The package holds manifest.tsr, a time stamp on manifest.json (outside the manifest; its signature is openssl's to check). */
  stamped?: boolean;
}

/**
 * Checks an unzipped case package against its own manifest and recomputes its hash chain, with
 * nothing but WebCrypto: every file the manifest lists must be there with its SHA-256, and
 * records/timeline.jsonl must follow the rule README.txt states (each line's `hash` is the SHA-256
 * of the canonical JSON of the line without `hash`; each `prevHash` is the line before's `hash`,
 * 64 zeros first) and end at the manifest's chain head.
 *
 * Self-contained on purpose: verify.html carries this very function as its source (lib/evidence/
 * verify-page.ts), so it may use no import and nothing outside its own body.
 */
export async function verifyPackage(
  readFile: (path: string) => Promise<Uint8Array | undefined>,
  subtle: SubtleCrypto,
): Promise<PackageCheck> {
  const hex = (buffer: ArrayBuffer) =>
    Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
  const sha256 = async (bytes: Uint8Array) => hex(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const canonical = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const result: PackageCheck = { ok: false, checked: 0, failing: [], length: 0 };

  const manifestBytes = await readFile('manifest.json');
  if (!manifestBytes) return { ...result, error: 'manifest.json is missing' };
  let manifest: { files?: { path: string; sha256: string }[]; chain?: { head: string; length: number; file: string } };
  try {
    manifest = JSON.parse(text(manifestBytes));
  } catch {
    return { ...result, error: 'manifest.json is not JSON' };
  }
  if (!Array.isArray(manifest.files) || !manifest.chain)
    return { ...result, error: 'manifest.json is not a Settle package manifest' };

  for (const entry of manifest.files) {
    const bytes = await readFile(entry.path);
    result.checked++;
    if (!bytes) result.failing.push({ path: entry.path, problem: 'missing' });
    else if ((await sha256(bytes)) !== entry.sha256) result.failing.push({ path: entry.path, problem: 'changed' });
  }

  const timeline = await readFile(manifest.chain.file);
  let prev = '0'.repeat(64);
  const lines = timeline
    ? text(timeline)
        .split('\n')
        .filter((line) => line.length > 0)
    : [];
  for (let i = 0; i < lines.length && result.brokenLine === undefined; i++) {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(lines[i]!);
    } catch {
      result.brokenLine = i + 1;
      result.brokenBecause = 'not-json';
      break;
    }
    const { hash, ...rest } = line;
    if (rest.prevHash !== prev) {
      result.brokenLine = i + 1;
      result.brokenBecause = 'prev-hash';
    } else if ((await sha256(new TextEncoder().encode(canonical(rest)))) !== hash) {
      result.brokenLine = i + 1;
      result.brokenBecause = 'hash';
    } else {
      prev = hash as string;
      result.length++;
    }
  }
  if (result.brokenLine === undefined && prev !== manifest.chain.head) {
    result.brokenLine = lines.length;
    result.brokenBecause = 'head';
  } else if (result.brokenLine === undefined && result.length !== manifest.chain.length) {
    result.brokenLine = lines.length;
    result.brokenBecause = 'length';
  }
  result.head = prev;
  if (await readFile('manifest.tsr')) result.stamped = true;
  result.ok = result.failing.length === 0 && result.brokenLine === undefined;
  return result;
}
