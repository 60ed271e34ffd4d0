import { encode } from 'uqr';

/**
 * The modules of a QR code for `text`: medium error correction, or low when medium cannot hold it
 * (a text message of 260 Chinese characters is 2,340 bytes in an sms: link; medium holds 2,331).
 */
function qrModules(text: string): boolean[][] {
  try {
    return encode(text, { ecc: 'M', border: 2 }).data;
  } catch {
    return encode(text, { ecc: 'L', border: 2 }).data;
  }
}

/**
 * The dark modules as one SVG path, each run of dark modules in a row one rectangle. One element,
 * not one <rect> per module: a long text message's code has over ten thousand dark modules, and
 * as elements they made every render of the reminder slow (seconds in the unit tests' DOM).
 */
function darkPath(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return d;
}

/** A QR code drawn as SVG (the text is encoded by uqr, never put into markup). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const data = qrModules(text);
  const size = data.length;
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={darkPath(data)} fill="#000" />
    </svg>
  );
}
