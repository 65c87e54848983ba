import { describe, expect, it } from 'vitest';
import { glanceFigureProblems, glanceSections } from '../../src/lib/at-a-glance.ts';
import { GLANCE_WIDTH, glanceSvg, glyphsFor, indexedPng } from '../../src/lib/glance-png.ts';
import { qrPath } from '../../src/lib/qr.ts';
import { testSite } from '../support/model.ts';

describe('the at-a-glance graphic', () => {
  it('has each item cite its paragraphs, and its figures pass the trace', () => {
    for (const locale of ['zh', 'en', 'zh-hant'] as const) {
      const sections = glanceSections(testSite, locale);
      expect(sections.map((s) => s.items.length)).toEqual([3, 6, 8, 4, 15, 10]);
      for (const item of sections.flatMap((s) => s.items)) for (const id of item.clauses) expect(() => testSite.paragraph(id)).not.toThrow();
      expect(glanceFigureProblems(testSite, locale, sections)).toEqual([]);
    }
  });

  it('catches a figure that is not in the cited paragraph, naming the item', () => {
    const zh = glanceSections(testSite, 'zh');
    zh[1]!.items[0]!.text += '，到2028年';
    zh[5]!.items[0]!.detail += '，投入千亿元';
    expect(glanceFigureProblems(testSite, 'zh', zh)).toEqual([
      'at-a-glance (zh) targets item 1: the figure 2028 is not in 1.2',
      'at-a-glance (zh) measures item 1: the figure 千亿元 is not in 3.1',
    ]);
    const en = glanceSections(testSite, 'en');
    en[1]!.items[1]!.figure = '9 trillion yuan';
    expect(glanceFigureProblems(testSite, 'en', en)).toEqual(['at-a-glance (en) targets item 2: the figure 9 is not in 1.2']);
  });

  it('lays the image out within its width, draws the page’s address as a QR code, and writes an indexed PNG', async () => {
    const sections = glanceSections(testSite, 'en');
    const url = 'https://www.example.gov.cn/en/at-a-glance/';
    const text = { title: 'The plan at a glance', notes: ['An unofficial graphic.'], address: { url, qr: qrPath(url), scan: 'Scan to read on your phone' } };
    const glyphs = await glyphsFor(JSON.stringify(sections) + JSON.stringify(text));
    const svg = glanceSvg(sections, text, glyphs);
    expect(svg).toContain(`d="${qrPath(url).d}"`);
    expect(svg).not.toContain('<text');
    // Every line starts inside the margins, and its last glyph begins before the right margin.
    const lines = [...svg.matchAll(/<g transform="translate\(([\d.]+) [\d.]+\) scale\(([\d.]+) [-\d.]+\)"[^>]*>(.*?)<\/g>/gu)];
    expect(lines.length).toBeGreaterThan(80);
    for (const [, x, scale, uses] of lines) {
      const last = Math.max(0, ...[...uses!.matchAll(/x="(\d+)"/gu)].map((m) => Number(m[1])));
      expect(Number(x)).toBeGreaterThanOrEqual(40);
      expect(Number(x) + last * Number(scale)).toBeLessThan(GLANCE_WIDTH - 40);
    }
    // Rows of white, black and grey: a palette PNG of 3 entries.
    const rgba = new Uint8Array([255, 0, 128].flatMap((v) => Array.from({ length: 10 }, () => [v, v, v, 255]).flat()));
    const png = indexedPng(rgba, 10, 3);
    expect(png.subarray(12, 16).toString()).toBe('IHDR');
    expect(png[25]).toBe(3);
    expect(png.readUInt32BE(33)).toBe(9); // PLTE: 3 colours
  });
});
