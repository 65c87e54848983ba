import { describe, expect, it } from 'vitest';
import { characterMap } from '../../src/lib/editions/convert.ts';
import { ProblemsError } from '../../src/lib/checks/problems.ts';
import { buildSiteModel, figureIn } from '../../src/lib/document/site-model.ts';
import { LOCALES, type Locale } from '../../src/lib/editions/locales.ts';
import { citationTextOf } from '../../src/lib/site/view.ts';
import { sectorContent, source, testSite } from '../support/model.ts';
import { toTraditional } from '../support/traditional.ts';

const site = testSite;

describe('the site model', () => {
  it('has every paragraph in every edition, the 繁體 one converted from the seed’s text', () => {
    expect(site.paragraphs).toHaveLength(source.document.blocks.length);
    for (const p of site.paragraphs) {
      const block = source.document.blocks.find((b) => b.id === p.id)!;
      expect(p.in.zh).toEqual({ label: block.label, title: block.title, text: block.text });
      expect(p.in['zh-hant']).toEqual({ label: toTraditional(block.label), title: toTraditional(block.title), text: toTraditional(block.text) });
      expect(p.in.en.text).toBe(source.translations.en![p.id]!.text ?? '');
    }
    expect(site.paragraph('2.2.3').in['zh-hant'].title).toBe('具身智能');
    expect(site.paragraph('notice.number').in['zh-hant'].text).toBe('東府辦〔2024〕18號');
  });

  it('numbers and cites paragraphs as each edition writes them', () => {
    expect(site.paragraph('2').in.en.label).toBe('II.');
    expect(site.paragraph('3.4').in.en.label).toBe('(4)');
    expect(site.paragraph('2.2.1').in.en.label).toBe('1.');
    const cite = (id: string, locale: Locale) => citationTextOf(site, site.paragraph(id), locale);
    expect(LOCALES.map((l) => cite('2.1.3', l))).toEqual(['东府办〔2024〕18号 二(一)3', 'Dong Fu Ban [2024] No. 18, II(1)3', '東府辦〔2024〕18號 二(一)3']);
    expect(cite('3.10', 'en')).toBe('Dong Fu Ban [2024] No. 18, III(10)');
    expect(cite('notice.body', 'zh')).toBe('东府办〔2024〕18号');
  });

  it('resolves zones and departments both ways, as the brief states them', () => {
    const zone = (slug: string) => site.zones.find((z) => z.slug === slug)!;
    expect(site.zones).toHaveLength(15);
    expect(zone('songshan-lake').sectors).toHaveLength(9);
    expect(zone('chashan').sectors.map((s) => s.id)).toEqual(['2.2.4']);
    expect(zone('chashan').name).toEqual({ zh: '茶山', en: 'Chashan', 'zh-hant': '茶山' });
    const reform = site.departments.find((d) => d.slug === 'development-reform')!;
    expect(reform.name['zh-hant']).toBe('市發展改革局');
    expect(reform.sectorsLed.map((s) => s.id)).toEqual(expect.arrayContaining(['2.1.3', '2.1.5', '2.1.8']));
    for (const s of reform.sectorsLed) expect(s.leads).toContain(reform);
    expect(reform.partners).not.toContain(reform);
    expect(reform.aliases.zh).toContain('发改局');
    expect(zone('changan').aliases.zh).toContain('长安镇');
    expect(zone('changan').aliases['zh-hant']).toContain('長安鎮');
    // The 繁體 edition: the Simplified words converted, and its own readers' words added.
    expect(site.sectors[2]!.aliases['zh-hant']).toEqual(expect.arrayContaining(['集成電路', '積體電路']));
    expect(site.sectors[2]!.aliases.zh).not.toContain('積體電路');
    expect(site.sectors[2]!.zonesClause.en).toMatch(/^We will support building agglomeration areas with Songshan Lake, Binhaiwan New Area and the Shenzhen-adjacent/);
    expect(site.sectors[2]!.zonesClause['zh-hant']).toBe(toTraditional(source.document.sectors[2]!.zonesClause));
  });

  it('gives the targets their figures and labels in every edition', () => {
    const output = site.targets.find((t) => t.id === 'output')!;
    expect(output.figure).toEqual({ zh: '30000亿元', en: '3 trillion yuan', 'zh-hant': '30000億元' });
    expect(output.label.zh).toBe('规上工业总产值超过');
    expect(site.outlooks.map((o) => o.goal['zh-hant'])).toEqual(['從小到大', '從有到優']);
    expect(figureIn({ value: 1000, unit: '亿元' }, 'en')).toBe('100 billion yuan');
    expect(figureIn({ value: 5, unit: '亿元' }, 'en')).toBe('500 million yuan');
    expect(figureIn({ value: 42, unit: '%' }, 'en')).toBe('42%');
    expect(site.counts).toEqual({ clusters: 8, futures: 4, sectors: 12, measures: 10 });
  });

  it('fails naming the file when a translation has no sentence naming a sector’s key areas', () => {
    const en = structuredClone(source.translations.en!);
    en['2.1.3']!.text = en['2.1.3']!.text!.replace(/Songshan Lake/gu, 'the lake');
    expect(() => buildSiteModel({ ...source, translations: { en } }, sectorContent())).toThrow(ProblemsError);
    expect(() => buildSiteModel({ ...source, translations: { en } }, sectorContent())).toThrow(
      /content\/documents\/dong-fu-ban-2024-18\/policy\.en\.json: paragraph "2\.1\.3" has no single sentence naming all its key areas/,
    );
  });
});

describe('the query character map', () => {
  it('learns each character’s form from the text, the more frequent where there are two', () => {
    expect(characterMap('个个个发展', '個個箇發展')).toEqual(['个发', '個發']);
    expect(() => characterMap('发展', '發')).toThrow(/length/);
  });
});
