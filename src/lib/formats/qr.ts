/**
 * A QR code as one SVG path: made at build time for print (uqr encodes; no script in the reader's
 * browser), and in the browser for the share panel's address with its anchor (share-qr.ts).
 * Each row's runs of dark modules are drawn as horizontal strokes one module thick, which keeps
 * the markup to a few hundred bytes gzipped, small enough for the page budget.
 */
import { encode } from 'uqr';

/** The share panel's QR code module (src/components/share-qr.ts), bundled at the site root. */
export const SHARE_QR_SCRIPT = 'share-qr.js';

/** The quiet zone QR readers need around the code, in modules. */
export const QUIET_ZONE = 4;

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
