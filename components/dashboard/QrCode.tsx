import { encode } from 'uqr';

/** A QR code drawn as SVG squares (the text is encoded by uqr, never put into markup). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const size = data.length;
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      {data.flatMap((row, y) => row.map((on, x) => (on ? <rect key={`${x}.${y}`} x={x} y={y} width={1} height={1} fill="#000" /> : null)))}
    </svg>
  );
}
