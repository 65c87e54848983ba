import { describe, expect, it } from 'vitest';
import { glanceClaims, glanceSections } from '../../src/lib/explain/at-a-glance.ts';
import { claimProblems } from '../../src/lib/explain/claim-check.ts';
import { GLANCE_WIDTH, glanceSvg, glyphsFor, indexedPng } from '../../src/lib/formats/glance-png.ts';
import { qrPath } from '../../src/lib/formats/qr.ts';
import { testSite } from '../support/model.ts';

describe('the at-a-glance graphic', () => {
  // The items are checked as every explanation is: against the site model's claim context, as the build does.
  const problems = (locale: 'zh' | 'en', sections: ReturnType<typeof glanceSections>) => claimProblems(glanceClaims(sections, locale), testSite.claimContext);

  it('has each item cite its paragraphs, and every item passes the claim check', () => {
    for (const locale of ['zh', 'en', 'zh-hant'] as const) {
      const sections = glanceSections(testSite, locale);
      expect(sections.map((s) => s.items.length)).toEqual([3, 6, 8, 4, 15, 10]);
      for (const item of sections.flatMap((s) => s.items)) for (const id of item.clauses) expect(() => testSite.paragraph(id)).not.toThrow();
    }
    for (const locale of ['zh', 'en'] as const) {
      const claims = glanceClaims(glanceSections(testSite, locale), locale);
      // A heading per section and every item.
      expect(claims).toHaveLength(6 + 46);
      expect(claimProblems(claims, testSite.claimContext)).toEqual([]);
    }
  });

  it('catches a figure that is not in the cited paragraph, naming the item', () => {
    const zh = glanceSections(testSite, 'zh');
    zh[1]!.items[0]!.text += '，到2028年';
    zh[5]!.items[0]!.detail += '，投入千亿元';
    expect(problems('zh', zh)).toEqual([
      expect.stringMatching(/^at-a-glance \(zh\) targets item 1: the figure 2028年 is not in paragraph 1\.2 — /u),
      expect.stringMatching(/^at-a-glance \(zh\) measures item 1: the figure 千亿元 is not in paragraph 3\.1 — /u),
    ]);
    const en = glanceSections(testSite, 'en');
    en[1]!.items[1]!.figure = '9 trillion yuan';
    expect(problems('en', en)).toEqual([expect.stringMatching(/^at-a-glance \(en\) targets item 2: the figure 9 is not in paragraph 1\.2 — /u)]);
  });

  it('catches a dropped hedge, a name the paragraph does not give and a task stated as done', () => {
    const zh = glanceSections(testSite, 'zh');
    // The targets without their lead (力争到2027年底实现) state the plan's aims as settled.
    delete zh[1]!.lead;
    zh[5]!.items[0]!.detail += '（滨海湾）';
    zh[5]!.items[2]!.text += '已建成';
    const found = problems('zh', zh);
    const dropped = found.map((p) => /^at-a-glance \(zh\) targets item (\d+): drops “力争” \(strive\)/u.exec(p)?.[1]).filter(Boolean);
    // The four targets of 1.2 (the outlooks' words are not distinctive enough to tie them to the hedge).
    expect(dropped).toEqual(['1', '2', '3', '4']);
    expect(found).toContainEqual(expect.stringMatching(/^at-a-glance \(zh\) measures item 1: names the zone “滨海湾”/u));
    expect(found).toContainEqual(expect.stringMatching(/^at-a-glance \(zh\) measures item 3: states as done \(“已建”\)/u));
    const en = glanceSections(testSite, 'en');
    delete en[4]!.lead;
    expect(problems('en', en)).toContainEqual(expect.stringMatching(/^at-a-glance \(en\) zones item 1: drops “support” \(support\)/u));
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
