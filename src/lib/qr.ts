/**
 * A QR code as one SVG path, made at build time (uqr encodes; no script in the reader's browser).
 * Each row's runs of dark modules are drawn as horizontal strokes one module thick, which keeps
 * the markup to a few hundred bytes gzipped, small enough for the page budget.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Path data in module units: stroke it 1 unit wide. */
  d: string;
}

export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => {
    let penX: number | undefined;
    for (let x = 0; x < size; ) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      d += penX === undefined ? `M${start} ${y + 0.5}` : `m${start - penX} 0`;
      d += `h${x - start}`;
      penX = x;
    }
  });
  return { size, d };
}
