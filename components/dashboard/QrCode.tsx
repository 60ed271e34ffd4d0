import { encode } from 'uqr';

/**
 * The modules of a QR code for `text`: medium error correction, or low when medium cannot hold it
 * (a text message of 260 Chinese characters is 2,340 bytes in an sms: link; medium holds 2,331).
 */
export function qrModules(text: string): boolean[][] {
  try {
    return encode(text, { ecc: 'M', border: 2 }).data;
  } catch {
    return encode(text, { ecc: 'L', border: 2 }).data;
  }
}

/** A QR code drawn as SVG squares (the text is encoded by uqr, never put into markup). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const data = qrModules(text);
  const size = data.length;
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      {data.flatMap((row, y) => row.map((on, x) => (on ? <rect key={`${x}.${y}`} x={x} y={y} width={1} height={1} fill="#000" /> : null)))}
    </svg>
  );
}
