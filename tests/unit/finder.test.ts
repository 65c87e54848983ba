/**
 * The enterprise finder: for every sector × zone (and "another town", "not sure") × need, in every
 * edition, the result holds what issue 21 promises. Expectations come from the corpus tags and the
 * document's outline, not from the finder's code; the data of each edition stays within its budget
 * and the address carries the choice.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/document/corpus.ts';
import { loadSupportKinds } from '../../src/lib/document/load-policy.ts';
import { LOCALES, ORIGINAL } from '../../src/lib/editions/locales.ts';
import { type FinderChoice, type FinderClause, OTHER_ZONE, choiceToSearch, findFor, parseChoice, placeRuns } from '../../src/lib/site/finder.ts';
import { finderData } from '../../src/lib/site/finder-data.ts';
import { source, testSite } from '../support/model.ts';
import { realSite } from '../support/real-site.ts';

const supportKinds = loadSupportKinds();
const corpus = buildCorpus([source], supportKinds, new Map([[source.id, new Map(testSite.sectors.map((s) => [s.id, s.slug]))]]));
const clauses = corpus.clauses.filter((c) => c.document === source.id);
const data = Object.fromEntries(LOCALES.map((l) => [l, finderData(testSite, corpus, supportKinds, l)]));
const BUDGET_BYTES = 10 * 1024;

/** From the corpus and the outline alone. */
const sectorSlugs = [...new Set(clauses.flatMap((c) => c.sectors.filter((t) => t.paragraph === c.paragraph).map((t) => t.slug)))];
const sectorClause = (slug: string) => clauses.find((c) => c.sectors.some((t) => t.slug === slug && t.paragraph === c.paragraph))!.id;
const zoneSlugs = [...new Set(clauses.flatMap((c) => c.zones.map((t) => t.slug)))];
const measureClauses = clauses.filter((c) => c.paragraph.startsWith(`${source.document.parts.measures}.`) && c.paragraph.split('.').length === 2);
const targetsClause = `${source.id}#${source.document.parts.targets}`;
const needSlugs = supportKinds.map((k) => k.slug);

const choices: FinderChoice[] = [];
for (const sectors of [[], ...sectorSlugs.map((s) => [s])])
  for (const zone of [undefined, OTHER_ZONE, ...zoneSlugs])
    for (const needs of [[], ...needSlugs.map((n) => [n])]) choices.push({ sectors, ...(zone ? { zone } : {}), needs });

describe('the finder’s data', () => {
  it('knows every sector, zone and need of the corpus, and every measure, in every edition', () => {
    expect(sectorSlugs).toHaveLength(12);
    expect(zoneSlugs).toHaveLength(15);
    expect(measureClauses).toHaveLength(10);
    for (const l of LOCALES) {
      expect(data[l]!.sectors.map((s) => s.slug)).toEqual(sectorSlugs);
      expect(new Set(data[l]!.zones.map((z) => z.slug))).toEqual(new Set(zoneSlugs));
      expect(data[l]!.measures.map((m) => m.clause)).toEqual(measureClauses.map((c) => c.id));
    }
  });

  it('stays within 10 KB gzip per edition, with the real sector summaries', () => {
    const realCorpus = buildCorpus([source], supportKinds, new Map([[source.id, new Map(realSite.sectors.map((s) => [s.id, s.slug]))]]));
    for (const l of LOCALES) {
      const real = finderData(realSite, realCorpus, supportKinds, l);
      expect(real.sectors.find((s) => s.slug === 'semiconductors')!.summary, l).toBe(realSite.sectors.find((s) => s.slug === 'semiconductors')!.summary[l]);
      const size = gzipSync(JSON.stringify(real)).length;
      expect(size, l).toBeLessThanOrEqual(BUDGET_BYTES);
      expect(size, l).toBeGreaterThan(2000);
    }
  });

  it('labels every need in every edition, the converted one in its own script', () => {
    for (const l of LOCALES) {
      expect(data[l]!.needs.map((n) => n.slug)).toEqual(needSlugs);
      for (const n of data[l]!.needs) expect(n.label.trim(), `${l} ${n.slug}`).not.toBe('');
    }
    expect(data['zh-hant']!.needs.find((n) => n.slug === 'funding')!.label).toBe('資金支持');
  });

  it('quotes each zone’s sentence verbatim from the edition’s paragraph, naming the zone', () => {
    for (const l of LOCALES) {
      for (const zone of data[l]!.zones) {
        expect(zone.clauses.map((c) => c.clause).sort()).toEqual(clauses.filter((c) => c.zones.some((t) => t.slug === zone.slug)).map((c) => c.id).sort());
        for (const c of zone.clauses) {
          expect(testSite.paragraph(c.paragraph).in[l].text, `${l} ${zone.slug} ${c.paragraph}`).toContain(c.sentence);
          expect(c.sentence).toContain(zone.name);
        }
      }
    }
  });

  it('links each clause to its anchor, and gives the document’s facts for finding the original', () => {
    const zh = data[ORIGINAL]!;
    expect(zh.sectors.find((s) => s.slug === 'semiconductors')!.anchor).toBe('clusters/semiconductors/#2.1.3');
    expect(zh.sectors.find((s) => s.slug === '6g')!.anchor).toBe('future-industries/6g/#2.2.1');
    expect(zh.measures[1]!.anchor).toBe('measures/#3.2');
    expect(zh.targets.anchor).toBe('policy/#1.2');
    expect(zh.document).toMatchObject({ number: '东府办〔2024〕18号', issuer: '东莞市人民政府办公室', issuerHosts: ['dg.gov.cn'] });
    expect(zh.targets.figures.map((f) => f.figure)).toContain('30000亿元');
    expect(data.en!.targets.figures.map((f) => f.figure)).toContain('3 trillion yuan');
    for (const l of LOCALES) for (const s of data[l]!.sectors) for (const d of s.leads) expect(data[l]!.departments.map((x) => x.slug)).toContain(d);
  });

  it('gives each clause its place as the edition cites it, and each zone paragraph and the targets a title', () => {
    const places = (l: string) => [data[l]!.sectors.find((s) => s.slug === 'semiconductors')!.place, data[l]!.measures[1]!.place, data[l]!.targets.place];
    expect(places('zh')).toEqual(['二(一)3', '三(二)', '一(二)']);
    expect(places('zh-hant')).toEqual(['二(一)3', '三(二)', '一(二)']);
    expect(places('en')).toEqual(['II(1)3', 'III(2)', 'I(2)']);
    for (const l of LOCALES) {
      const site = data[l]!;
      expect(site.targets.title, l).toBe(testSite.paragraph(source.document.parts.targets).in[l].title);
      for (const c of site.zones.flatMap((z) => z.clauses)) {
        expect(c.title, `${l} ${c.paragraph}`).toBe(c.sector ? site.sectors.find((s) => s.slug === c.sector)!.name : testSite.paragraph(c.paragraph).in[l].title);
        expect(c.title, `${l} ${c.paragraph}`).not.toBe('');
      }
    }
  });
});

describe('placeRuns', () => {
  const clause = (paragraph: string, place: string): FinderClause => ({ clause: `d#${paragraph}`, paragraph, place, anchor: `x/#${paragraph}` });
  const measures = (...numbers: number[]) => numbers.map((n) => clause(`3.${n}`, `III(${n})`));

  it('writes three or more paragraphs that follow one another as one run, fewer one by one', () => {
    expect(placeRuns(measures(1, 2, 3, 4, 5, 6, 8, 9, 10))).toEqual([{ from: 'III(1)', to: 'III(6)' }, { from: 'III(8)', to: 'III(10)' }]);
    expect(placeRuns(measures(2, 3, 7))).toEqual([{ from: 'III(2)' }, { from: 'III(3)' }, { from: 'III(7)' }]);
    expect(placeRuns([])).toEqual([]);
  });

  it('never runs over a paragraph that is not given, nor from one part into the next', () => {
    expect(placeRuns(measures(1, 3, 4))).toEqual([{ from: 'III(1)' }, { from: 'III(3)' }, { from: 'III(4)' }]);
    expect(placeRuns([clause('2.1.7', 'II(1)7'), clause('2.1.8', 'II(1)8'), clause('2.2.1', 'II(2)1')])).toEqual([{ from: 'II(1)7' }, { from: 'II(1)8' }, { from: 'II(2)1' }]);
    expect(placeRuns([clause('2.1.9', 'II(1)9'), clause('2.1.10', 'II(1)10'), clause('2.1.11', 'II(1)11')])).toEqual([{ from: 'II(1)9', to: 'II(1)11' }]);
  });
});

describe('findFor', () => {
  it('shows, for every choice in every edition, the sector paragraphs, every paragraph naming the zone, every measure and the targets, in the same clauses', () => {
    let checked = 0;
    for (const choice of choices) {
      const results = LOCALES.map((l) => findFor(data[l]!, choice));
      const ids = results[0]!.items.map((i) => [i.clause, i.kind]);
      for (const r of results.slice(1)) expect(r.items.map((i) => [i.clause, i.kind]), JSON.stringify(choice)).toEqual(ids);
      const items = results[0]!.items;
      const shown = items.map((i) => i.clause);
      const where = JSON.stringify(choice);
      expect(new Set(shown).size, where).toBe(shown.length);
      for (const sector of choice.sectors.length ? choice.sectors : sectorSlugs) expect(shown, where).toContain(sectorClause(sector));
      if (choice.zone && choice.zone !== OTHER_ZONE)
        for (const c of clauses.filter((x) => x.zones.some((t) => t.slug === choice.zone))) {
          expect(shown, where).toContain(c.id);
          expect(items.find((i) => i.clause === c.id)!.why.zones, where).toEqual([choice.zone]);
        }
      for (const m of measureClauses) expect(shown, where).toContain(m.id);
      expect(shown.at(-1)).toBe(targetsClause);
      // The measures that speak of a chosen need come first among the measures.
      const measures = items.filter((i) => i.kind === 'measure').map((i) => clauses.find((c) => c.id === i.clause)!);
      const matches = measures.map((c) => c.support.some((t) => choice.needs.includes(t.slug)));
      expect(matches, where).toEqual([...matches].sort((a, b) => Number(b) - Number(a)));
      for (const item of items) {
        const c = clauses.find((x) => x.id === item.clause)!;
        expect(item.why.needs, where).toEqual(c.support.filter((t) => choice.needs.includes(t.slug)));
      }
      expect(results[0]!.ignored).toEqual({ sectors: [], zones: [], needs: [] });
      checked++;
    }
    expect(checked).toBe(13 * 17 * 9);
  });

  it('puts the chosen zone’s sectors first when no sector is chosen, and keeps everything when the zone is unsure or unnamed', () => {
    const zh = data[ORIGINAL]!;
    const xiegang = findFor(zh, { sectors: [], zone: 'xiegang', needs: [] }).items.filter((i) => i.kind === 'sector');
    expect(xiegang.slice(0, 2).map((i) => i.why.zones)).toEqual([['xiegang'], ['xiegang']]);
    expect(xiegang.slice(2).every((i) => i.why.zones.length === 0)).toBe(true);
    const unsure = findFor(zh, { sectors: ['biomedicine'], needs: [] }).items.map((i) => i.clause);
    expect(findFor(zh, { sectors: ['biomedicine'], zone: OTHER_ZONE, needs: [] }).items.map((i) => i.clause)).toEqual(unsure);
    // Drones in 松山湖: the sector's paragraph names 松山湖; another sector's paragraph naming it comes as a zone item.
    const drones = findFor(zh, { sectors: ['low-altitude-economy'], zone: 'songshan-lake', needs: ['talent'] }).items;
    expect(drones[0]).toMatchObject({ kind: 'sector', why: { sectors: ['low-altitude-economy'], zones: ['songshan-lake'] } });
    expect(drones.filter((i) => i.kind === 'zone').length).toBeGreaterThan(5);
    expect(drones.find((i) => i.clause.endsWith('#3.3'))!.why).toMatchObject({ zones: ['songshan-lake'], needs: [{ slug: 'talent', evidence: ['人才'] }] });
  });

  it('quotes the needs’ evidence in the converted edition’s script', () => {
    const item = findFor(data['zh-hant']!, { sectors: [], needs: ['talent'] }).items.find((i) => i.clause.endsWith('#3.7'))!;
    expect(item.why.needs[0]!.evidence).toContain('人才');
    expect(item.why.needs[0]!.evidence).toContain('工程師');
  });

  it('ignores what the data does not know, and says so', () => {
    const r = findFor(data.en!, { sectors: ['semiconductors', 'drones'], zone: 'atlantis', needs: ['funding', 'free-money'] });
    expect(r.ignored).toEqual({ sectors: ['drones'], zones: ['atlantis'], needs: ['free-money'] });
    expect(r.choice).toEqual({ sectors: ['semiconductors'], needs: ['funding'] });
    expect(r.items.map((i) => i.clause)).toEqual(findFor(data.en!, r.choice).items.map((i) => i.clause));
  });
});

describe('the finder’s address', () => {
  it('gives back every choice it carries', () => {
    for (const choice of choices) {
      const search = choiceToSearch(choice);
      expect(parseChoice(search, data.en!)).toEqual({ choice, ignored: { sectors: [], zones: [], needs: [] } });
    }
    const several = { sectors: ['semiconductors', 'new-materials'], zone: 'binhaiwan', needs: ['funding', 'land'] };
    expect(choiceToSearch(several)).toBe('?sector=semiconductors&sector=new-materials&zone=binhaiwan&need=funding&need=land');
    expect(parseChoice(choiceToSearch(several), data.zh!).choice).toEqual(several);
    expect(choiceToSearch({ sectors: [], needs: [] })).toBe('');
  });

  it('puts the values in the data’s order, once, and reports unknown values and a second zone', () => {
    expect(parseChoice('?need=land&sector=new-materials&sector=semiconductors&need=funding&need=land', data.zh!).choice).toEqual({
      sectors: ['semiconductors', 'new-materials'],
      needs: ['funding', 'land'],
    });
    expect(parseChoice('sector=x&zone=houjie&zone=xiegang&need=y', data.zh!)).toEqual({
      choice: { sectors: [], zone: 'houjie', needs: [] },
      ignored: { sectors: ['x'], zones: ['xiegang'], needs: ['y'] },
    });
    expect(parseChoice('?zone=other', data.zh!).choice).toEqual({ sectors: [], zone: OTHER_ZONE, needs: [] });
  });
});
