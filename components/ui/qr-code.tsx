import QRCode from 'qrcode';

/**
 * A QR code as inline SVG squares, drawn from the library's module matrix: no data: URL (the
 * pages' Content-Security-Policy), no markup string injected into the page, crisp in print.
 * Pure: the same for the same value, so it belongs in cached pages too.
 */
export function QrCode({ value, label, size = 240, quiet = 4, className }: { value: string; label: string; size?: number; quiet?: number; className?: string }) {
  const qr = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (qr.modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  const total = n + quiet * 2;
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${total} ${total}`} shapeRendering="crispEdges" className={className}>
      <rect width={total} height={total} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
