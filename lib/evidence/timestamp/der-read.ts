/** One DER element found in a buffer: its tag and where its content starts and ends. */
export interface Element {
  tag: number;
  /** First byte of the content. */
  start: number;
  /** One past the content's last byte: the next element starts here. */
  end: number;
}

/** A time-stamp response that does not follow DER; the message says where. */
export class DerError extends Error {}

/**
 * Reads the element at `at`, which must end by `limit`. Definite lengths only (DER), low tag
 * numbers only (all RFC 3161 and CMS use), and at most 4 length bytes: an answer that needs more
 * is not a time stamp, whatever it is.
 */
export function readElement(bytes: Uint8Array, at: number, limit = bytes.length): Element {
  if (at + 2 > limit) throw new DerError(`truncated at byte ${at}`);
  const tag = bytes[at]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`high tag number at byte ${at}`);
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length === 0x80) throw new DerError(`indefinite length at byte ${at}`);
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4 || start + count > limit) throw new DerError(`bad length at byte ${at}`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  if (start + length > limit) throw new DerError(`element at byte ${at} runs past its container`);
  return { tag, start, end: start + length };
}

/** The elements inside a constructed element (SEQUENCE, SET, a context tag), in order. */
export function childrenOf(bytes: Uint8Array, parent: Element): Element[] {
  const children: Element[] = [];
  for (let at = parent.start; at < parent.end;) {
    const child = readElement(bytes, at, parent.end);
    children.push(child);
    at = child.end;
  }
  return children;
}

/** The element's content bytes. */
export const contentOf = (bytes: Uint8Array, element: Element): Uint8Array =>
  bytes.subarray(element.start, element.end);

/** Checks the element's tag; `what` names it in the error. */
export function expectTag(element: Element | undefined, tag: number, what: string): Element {
  if (!element || element.tag !== tag) throw new DerError(`${what} is missing or not where RFC 3161 puts it`);
  return element;
}

/** An OBJECT IDENTIFIER's content as dotted text: "1.2.840.113549.1.9.16.1.4". */
export function objectIdentifierText(content: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (!arcs.length) return '';
  const first = arcs[0]!;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs.slice(1)].join('.');
}

/** A non-negative INTEGER's magnitude without leading zero bytes (so equal numbers compare equal byte for byte). */
export function integerMagnitude(content: Uint8Array): Uint8Array {
  let first = 0;
  while (first < content.length - 1 && content[first] === 0) first++;
  return content.subarray(first);
}

/** A small INTEGER (a status, a version) as a number. */
export function smallInteger(content: Uint8Array): number {
  if (!content.length || content.length > 4 || content[0]! & 0x80)
    throw new DerError('expected a small non-negative integer');
  return content.reduce((n, b) => n * 256 + b, 0);
}
