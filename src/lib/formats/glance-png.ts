/**
 * The long PNG of 一图读懂 for chat apps, drawn at build time: the graphic's sections laid out as one
 * SVG, 750 px wide (a phone screen at 2×), rasterised by resvg. Its text is set in Noto Sans SC from
 * the npm package @fontsource/noto-sans-sc (Simplified and Traditional characters and Latin): the
 * package's chunks that hold the characters used are subset with HarfBuzz to exactly those
 * characters, and each glyph is drawn from the subset as an SVG path, measured with its own advance.
 * resvg is given no font at all (nor the system's), so the image is the same on every machine and no
 * character can fall back to another font or go missing. Nothing is fetched. Bold is the regular
 * glyph with a thin outline of its own colour.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { GlanceSection } from '../explain/at-a-glance.ts';
import type { QrPath } from './qr.ts';

const FONT = '@fontsource/noto-sans-sc (Noto Sans SC, regular)';
const FONT_CSS = createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400');
type Weight = 400 | 700;

/** The width of the image: 375 CSS px on a phone, at twice the pixel density. */
export const GLANCE_WIDTH = 750;
const PAD = 40;
const INNER = GLANCE_WIDTH - 2 * PAD;
const COLOR = { bar: '#0b4f8a', barText: '#ffffff', title: '#ffd98a', ink: '#1b1f24', muted: '#4a5360', figure: '#083a66', accent: '#b3261e', tint: '#eef3f9', line: '#d5dae1' };

/** What the image says besides the sections, in its edition's words. */
export interface GlanceImageText {
  /** 一图读懂 */
  title: string;
  /** The notes at the foot: unofficial reading, the Chinese text prevails. */
  notes: string[];
  /** The page's absolute address and its QR code, when the build knows the site's origin. */
  address?: { url: string; qr: QrPath; scan: string } | undefined;
}

/** The glyphs of the characters used: each one's path (font units, y up) and advance, in em. */
export interface Glyphs {
  /** Font units per em. */
  upem: number;
  get: (ch: string) => { id: string; d: string; advance: number };
}

/** The package's @font-face rules for the regular weight: each chunk's file and the code points it covers. */
function chunks(): { file: string; covers: (cp: number) => boolean }[] {
  const css = readFileSync(FONT_CSS, 'utf8');
  const folder = dirname(FONT_CSS);
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gu)].map(([, rule]) => {
    const file = join(folder, /url\(\.\/(files\/[^)]+\.woff)\)/u.exec(rule!)![1]!);
    const ranges = /unicode-range:\s*([^;]+);/u
      .exec(rule!)![1]!
      .split(',')
      .map((part) => part.trim().replace(/^U\+/iu, '').split('-').map((hex) => parseInt(hex, 16)))
      .map(([from, to]) => [from!, to ?? from!] as const);
    return { file, covers: (cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to) };
  });
}

/** The glyphs of every character of `text`, from the font subset to those characters. */
export async function glyphsFor(text: string): Promise<Glyphs> {
  const missing = new Set([...text].filter((ch) => ch !== '\n'));
  const found = new Map<string, { id: string; d: string; advance: number }>();
  let upem = 1000;
  for (const chunk of chunks()) {
    const used = [...missing].filter((ch) => chunk.covers(ch.codePointAt(0)!));
    if (!used.length) continue;
    const font = new hb.Font(new hb.Face(new hb.Blob(await subsetFont(readFileSync(chunk.file), used.join(''), { targetFormat: 'truetype' }))));
    upem = font.face.upem;
    for (const ch of used) {
      const glyph = font.nominalGlyph(ch.codePointAt(0)!);
      if (glyph === undefined || glyph === null) continue;
      found.set(ch, { id: `g${found.size}`, d: font.glyphToPath(glyph), advance: font.glyphHAdvance(glyph) });
      missing.delete(ch);
    }
  }
  if (missing.size) throw new Error(`at-a-glance image: ${FONT} has no glyph for ${[...missing].join(' ')}`);
  return { upem, get: (ch) => found.get(ch)! };
}

/** Punctuation that may not begin a line in Chinese (and a Latin comma or stop). */
const NO_LINE_START = /^[，。、；：？！）」』”’》〕,.;:)]/u;

/**
 * Lines of at most `width` px: Latin text breaks between words, Chinese between any two characters
 * but before closing punctuation.
 */
function wrap(text: string, width: number, size: number, glyphs: Glyphs): string[] {
  const measure = (s: string) => ([...s].reduce((sum, ch) => sum + glyphs.get(ch).advance, 0) * size) / glyphs.upem;
  // Pieces that stay together: a Latin word with the space after it, or one other character.
  const pieces = text.match(/[\p{Script=Latin}\d'’.,:;()[\]\-–/%&+]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure((line + piece).trimEnd()) > width) {
      if (NO_LINE_START.test(piece) && [...line].length > 1) {
        const chars = [...line];
        lines.push(chars.slice(0, -1).join('').trimEnd());
        line = chars.at(-1)! + piece;
      } else {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      }
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The graphic as one SVG, laid out top to bottom with every line measured in the font it is drawn in. */
export function glanceSvg(sections: readonly GlanceSection[], text: GlanceImageText, glyphs: Glyphs): string {
  const parts: string[] = [];
  const used = new Set<string>();
  let y = 0;
  const textLines = (content: string, x: number, width: number, size: number, weight: Weight, fill: string, lineHeight = 1.5) => {
    const scale = size / glyphs.upem;
    // Bold: the regular glyphs with an outline of their own colour (see above), in font units.
    const bold = weight === 700 ? ` stroke="${fill}" stroke-width="${(glyphs.upem * 0.035).toFixed(0)}" stroke-linejoin="round"` : '';
    for (const line of wrap(content, width, size, glyphs)) {
      y += size * lineHeight;
      const baseline = y - size * (lineHeight - 1) * 0.5 - size * 0.18;
      let pen = 0;
      const uses = [...line].map((ch) => {
        const glyph = glyphs.get(ch);
        const use = glyph.d ? `<use href="#${glyph.id}" x="${pen}"/>` : '';
        if (glyph.d) used.add(ch);
        pen += glyph.advance;
        return use;
      });
      parts.push(`<g transform="translate(${x} ${baseline.toFixed(1)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" fill="${fill}"${bold}>${uses.join('')}</g>`);
    }
  };

  // Title band: 一图读懂, the plan's title and the document.
  const [facts, ...rest] = sections;
  const bandIndex = parts.push('') - 1; // the band's rectangle, once its height is known
  y += PAD - 8;
  textLines(text.title, PAD, INNER, 30, 700, COLOR.title);
  textLines(facts!.heading, PAD, INNER, 38, 700, COLOR.barText, 1.4);
  y += 8;
  // Number, issuer and date each on a line of its own, so that none breaks inside.
  for (const fact of facts!.items) textLines(fact.text, PAD, INNER, 24, 400, COLOR.barText);
  y += PAD - 8;
  parts[bandIndex] = `<rect x="0" y="0" width="${GLANCE_WIDTH}" height="${y}" fill="${COLOR.bar}"/>`;

  for (const section of rest) {
    y += 36;
    // Section heading with a red bar before it.
    const headingTop = y;
    textLines(section.heading, PAD + 20, INNER - 20, 34, 700, COLOR.figure, 1.35);
    parts.push(`<rect x="${PAD}" y="${headingTop + 10}" width="8" height="${y - headingTop - 16}" rx="4" fill="${COLOR.accent}"/>`);
    if (section.lead) textLines(section.lead, PAD, INNER, 24, 400, COLOR.muted, 1.5);
    y += 12;
    for (const item of section.items) {
      const top = y;
      const cardIndex = parts.push('') - 1;
      y += 16;
      const x = PAD + 24;
      const width = INNER - 48;
      if (item.figure) textLines(item.figure, x, width, 40, 700, COLOR.accent, 1.3);
      const lead = item.label ? `${item.label} ${item.text}` : item.text;
      textLines(lead, x, width, 28, 700, COLOR.ink, 1.45);
      if (item.detail) textLines(item.detail, x, width, 24, 400, COLOR.muted, 1.5);
      y += 16;
      parts[cardIndex] = `<rect x="${PAD}" y="${top}" width="${INNER}" height="${y - top}" rx="14" fill="${COLOR.tint}"/>`;
      y += 12;
    }
  }

  // Foot: the notes, and the page's address as a QR code when the build knows it.
  y += 24;
  parts.push(`<rect x="${PAD}" y="${y}" width="${INNER}" height="2" fill="${COLOR.line}"/>`);
  y += 8;
  for (const note of text.notes) textLines(note, PAD, INNER, 22, 400, COLOR.muted);
  if (text.address) {
    const { qr, url, scan } = text.address;
    // Whole pixels per module, so that the modules' strokes meet without seams.
    const quiet = 4;
    const scale = Math.floor(240 / (qr.size + 2 * quiet));
    const side = scale * (qr.size + 2 * quiet);
    y = Math.ceil(y + 24);
    const x = Math.round((GLANCE_WIDTH - side) / 2);
    parts.push(`<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="#ffffff"/>`);
    parts.push(`<path transform="translate(${x + quiet * scale} ${y + quiet * scale}) scale(${scale})" stroke="#000000" stroke-width="1" shape-rendering="crispEdges" d="${qr.d}"/>`);
    y += side;
    textLines(scan, PAD, INNER, 24, 700, COLOR.ink);
    textLines(url, PAD, INNER, 20, 400, COLOR.muted);
  }
  y += PAD;
  const height = Math.ceil(y);
  const defs = [...used].map((ch) => `<path id="${glyphs.get(ch).id}" d="${glyphs.get(ch).d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${GLANCE_WIDTH}" height="${height}" viewBox="0 0 ${GLANCE_WIDTH} ${height}"><defs>${defs}</defs><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}

/**
 * The rendered pixels as an indexed-colour PNG: the image has a dozen flat colours and their
 * anti-aliased edges, so its 256 most frequent colours, each other pixel given the nearest of them,
 * look the same at about a third of the size of resvg's RGBA file.
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const pixels = width * height;
  const colours = new Uint32Array(pixels);
  for (let i = 0; i < pixels; i++) colours[i] = (rgba[4 * i]! << 16) | (rgba[4 * i + 1]! << 8) | rgba[4 * i + 2]!;
  // Colours counted on every 5th pixel: enough to rank them, at a fifth of the cost.
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels; i += 5) counts.set(colours[i]!, (counts.get(colours[i]!) ?? 0) + 1);
  const palette = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([c]) => c);
  const channels = (c: number) => [c >> 16, (c >> 8) & 255, c & 255] as const;
  const nearest = new Map<number, number>();
  const indexOf = (c: number) => {
    let found = nearest.get(c);
    if (found === undefined) {
      const [r, g, b] = channels(c);
      let best = Infinity;
      palette.forEach((p, i) => {
        const [pr, pg, pb] = channels(p);
        const distance = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
        if (distance < best) [best, found] = [distance, i];
      });
      nearest.set(c, found!);
    }
    return found!;
  };
  // Each row: filter type 0, then one palette index per pixel (runs of one colour looked up once).
  const raw = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = colours[y * width + x]!;
      if (c !== last) [last, lastIndex] = [c, indexOf(c)];
      raw[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, indexed colour, deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap((c) => [...channels(c)]))),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every character the image draws. */
const charactersOf = (sections: readonly GlanceSection[], text: GlanceImageText) =>
  [text.title, ...text.notes, text.address?.scan ?? '', text.address?.url ?? '', ...sections.flatMap((s) => [s.heading, s.lead ?? '', ...s.items.flatMap((i) => [i.label ?? '', i.figure ?? '', i.text, i.detail ?? ''])])].join(' ');

/** The image as PNG bytes, with its size in pixels. */
export async function glancePng(sections: readonly GlanceSection[], text: GlanceImageText): Promise<{ png: Buffer; width: number; height: number }> {
  const svg = glanceSvg(sections, text, await glyphsFor(charactersOf(sections, text)));
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  return { png: indexedPng(image.pixels, image.width, image.height), width: image.width, height: image.height };
}
