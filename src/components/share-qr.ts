/**
 * The share panel's QR code (public/share.js loads this on first use): the current address, anchor
 * included, drawn as one SVG path by the same code as the printed QR code, in the reader's browser
 * and without any other origin.
 */
import { QUIET_ZONE as QUIET, qrPath } from '../lib/formats/qr.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function qrSvg(address: string): SVGSVGElement {
  const { size, d } = qrPath(address);
  const svg = document.createElementNS(SVG, 'svg');
  const side = size + 2 * QUIET;
  svg.setAttribute('viewBox', `-${QUIET} -${QUIET} ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', address);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('stroke', '#000');
  path.setAttribute('d', d);
  const paper = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [['x', -QUIET], ['y', -QUIET], ['width', side], ['height', side], ['fill', '#fff']] as const) paper.setAttribute(name, String(value));
  svg.append(paper, path);
  return svg;
}
