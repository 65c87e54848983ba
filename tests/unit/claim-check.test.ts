/**
 * Explanations are claims with citations: each rule of src/lib/explain/claim-check.ts catches a planted
 * over-claim in both languages, the site's own texts pass, and the site model refuses a bad one,
 * naming the file and the claim.
 */
import { describe, expect, it } from 'vitest';
import { type Claim, type ClaimContext, claimProblems } from '../../src/lib/explain/claim-check.ts';
import { claimContext, explanationClaims, namedEntities } from '../../src/lib/explain/explanations.ts';
import { uiStringPairs } from '../../src/lib/editions/i18n.ts';
import { AUTHORED_LOCALES } from '../../src/lib/editions/locales.ts';
import { buildSiteModel } from '../../src/lib/document/site-model.ts';
import { termProblems } from '../../src/lib/editions/term-check.ts';
import { explanatoryTexts } from '../support/explanatory-texts.ts';
import { sectorContent, source, testSite } from '../support/model.ts';

/** Two paragraphs written for the test, in the shape of the plan's (3.4 and 1.2, shortened). */
const PARAGRAPHS: Record<string, Record<string, string>> = {
  a: {
    zh: '推动与广深联动发展\n大力推动制造业中试创新发展，探索通过设置园中园、建设孵化器等方式，建设“反向飞地”。（市发展改革局负责）',
    en: 'Linked development\nWe will vigorously promote pilot-scale testing in manufacturing, and explore building “reverse enclaves” by means such as parks within parks. (The Dongguan Development and Reform Bureau is responsible)',
  },
  b: {
    zh: '发展目标\n力争到2027年底，规模超千亿元的产业集群不少于7个。支持以松山湖为重点建设集聚区。研究制定典型应用场景清单。鼓励固态电池研发。',
    en: 'Targets\nWe will strive to ensure that, by the end of 2027, no fewer than 7 clusters each exceed 100 billion yuan. We will support building agglomeration areas with Songshan Lake as the key location. We will study and draw up a list of typical application scenarios. We will encourage the R&D of solid-state batteries.',
  },
  c: { zh: '其他\n加快建设人才公寓。', en: 'Other\nWe will accelerate the building of talent apartments.' },
};
const context: ClaimContext = {
  clause: (id, locale) => PARAGRAPHS[id]?.[locale],
  allClauses: (locale) => Object.values(PARAGRAPHS).map((p) => p[locale]!),
  entities: [
    { kind: 'zone', name: '松山湖', forms: { zh: ['松山湖'], en: ['Songshan Lake'] } },
    { kind: 'zone', name: '滨海湾', forms: { zh: ['滨海湾'], en: ['Binhaiwan New Area', 'Binhaiwan'] } },
    { kind: 'department', name: '市科技局', forms: { zh: ['市科技局', '科技局'], en: ['Dongguan Science and Technology Bureau', 'Science and Technology Bureau'] } },
    { kind: 'sector', name: '低空经济', forms: { zh: ['低空经济'], en: ['low-altitude economy'] } },
    { kind: 'programme', name: '十个一', forms: { zh: ['十个一'], en: ['"Ten Ones"'] } },
  ],
};
const check = (locale: string, text: string, clauses = ['b']) => claimProblems([{ where: 'planted.json "x"', locale, text, clauses }], context);

describe('claims against their clauses', () => {
  it('pass when they keep the figures, names and hedges of the clauses', () => {
    expect(check('zh', '方案力争到2027年底形成不少于7个超千亿元的产业集群；支持以松山湖为重点建设集聚区。')).toEqual([]);
    expect(check('en', 'The plan strives for at least 7 clusters of over 100 billion yuan by the end of 2027, and supports building agglomeration areas with Songshan Lake as the key location.')).toEqual([]);
    expect(check('zh', '探索通过园中园等方式建设“反向飞地”。', ['a'])).toEqual([]);
  });

  it('fail on a figure, year or percentage the clauses do not give', () => {
    expect(check('zh', '力争到2030年底形成7个产业集群。')).toEqual([expect.stringMatching(/^planted\.json "x": the figure 2030年 is not in paragraph b/u)]);
    expect(check('en', 'The plan aims for 8 clusters by 2027.')).toEqual([expect.stringContaining('the figure 8 is not in paragraph b')]);
    expect(check('en', 'The plan aims for industrial investment to grow 12% a year.')[0]).toContain('the figure 12 is not in paragraph b');
    expect(check('en', 'The plan aims for seven clusters by 2027.')[0]).toContain('the figure seven is not in paragraph b');
    expect(check('zh', '力争形成三大产业集群。')[0]).toContain('the figure 三大 is not in paragraph b');
  });

  it('fail on a zone, department, sector or named programme the clauses do not name', () => {
    expect(check('zh', '支持以松山湖、滨海湾为重点建设集聚区。')).toEqual([expect.stringContaining('names the zone “滨海湾”, which paragraph b does not')]);
    expect(check('en', 'The plan supports Binhaiwan as a key location.')[0]).toContain('names the zone “Binhaiwan”');
    expect(check('zh', '由市科技局负责研究制定典型应用场景清单。')[0]).toContain('names the department “市科技局”');
    expect(check('en', 'The Science and Technology Bureau studies a list of scenarios.')[0]).toContain('names the department “Science and Technology Bureau”');
    expect(check('zh', '研究制定低空经济应用场景清单。')[0]).toContain('names the sector “低空经济”');
    expect(check('en', 'Each cluster gets the "Ten Ones".')).toContainEqual(expect.stringContaining('names the programme “"Ten Ones"”'));
  });

  it('fail when a hedge or aim of the clauses is dropped (探索, 力争, 研究制定, 鼓励, 支持 and their English renderings)', () => {
    // The known over-claim: 3.4 without 探索, in Chinese and in English.
    expect(check('zh', '通过园中园、孵化器等方式建设“反向飞地”。', ['a'])).toEqual([expect.stringContaining('drops “探索” (explore)')]);
    expect(check('en', 'Dongguan builds “reverse enclaves” such as parks within parks.', ['a'])).toEqual([expect.stringContaining('drops “explore” (explore)')]);
    expect(check('zh', '到2027年底，超千亿元的产业集群不少于7个。')).toEqual([expect.stringContaining('drops “力争” (strive)')]);
    expect(check('en', 'By the end of 2027 no fewer than 7 clusters will each exceed 100 billion yuan.')).toEqual([expect.stringContaining('drops “strive” (strive)')]);
    expect(check('zh', '以松山湖为重点建设集聚区。')).toEqual([expect.stringContaining('drops “支持” (support)')]);
    expect(check('en', 'Songshan Lake is the key location.')).toEqual([expect.stringContaining('drops “support” (support)')]);
    expect(check('zh', '制定典型应用场景清单。')).toEqual([expect.stringContaining('drops “研究制定” (study)')]);
    expect(check('en', 'The city draws up a list of typical application scenarios.')).toEqual([expect.stringContaining('drops “study and draw up” (study)')]);
    expect(check('zh', '发展固态电池研发。')).toEqual([expect.stringContaining('drops “鼓励” (encourage)')]);
    expect(check('en', 'The plan funds the R&D of solid-state batteries.')).toEqual([expect.stringContaining('drops “encourage” (encourage)')]);
    // A part of the clause no hedge governs may be said plainly.
    expect(check('zh', '大力推动制造业中试创新发展。', ['a'])).toEqual([]);
  });

  it('fail when a task is stated as done', () => {
    expect(check('zh', '人才公寓已建成。', ['c'])).toEqual([expect.stringContaining('states as done (“已建”) what paragraph c sets as a task')]);
    expect(check('en', 'Talent apartments have been built.', ['c'])[0]).toContain('states as done (“have been”)');
    expect(check('en', 'The mechanism is in place and traditional industries are upgraded.', ['c'])[0]).toContain('states as done (“is in place”)');
    expect(check('en', 'Talent apartments are built.', ['c'])[0]).toContain('states as done (“are built”)');
  });

  it('fail on a citation of no paragraph, or of one the plan does not have', () => {
    expect(check('zh', '加快建设人才公寓。', [])[0]).toContain('cites no paragraph');
    expect(check('zh', '加快建设人才公寓。', ['9.9'])[0]).toContain('cites "9.9", which is not a paragraph of the plan');
  });

  it('stop on an edition with no lexicon, so no explanation goes unchecked', () => {
    expect(() => check('fr', 'Texte.', ['c'])).toThrow(/no claim lexicon for the "fr" edition/u);
  });
});

describe("the site's explanations", () => {
  const texts = explanatoryTexts();
  const titles = (paragraph: string) => Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, testSite.paragraph(paragraph).in[l].title]));

  it('all pass: measure summaries, sector overviews, the 解读 and the answers, in every authored edition', () => {
    const sectors = texts.sectors.map((s) => ({ names: Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, [s.name[l]!, titles(s.paragraph)[l]!]])) }));
    const entities = namedEntities({ ...source, sectors }, AUTHORED_LOCALES);
    const claims: Claim[] = explanationClaims(texts, AUTHORED_LOCALES);
    expect(claims.length).toBeGreaterThan(100);
    expect(claimProblems(claims, claimContext(testSite.paragraphs, entities))).toEqual([]);
  });

  it('knows a department by its full name and by its short one from the registry, and a group by neither', () => {
    const entities = namedEntities({ ...source, sectors: [] }, AUTHORED_LOCALES);
    const department = (zh: string) => entities.find((e) => e.kind === 'department' && e.name === zh);
    expect(department('市科技局')?.forms).toEqual({ zh: ['市科技局', '科技局'], en: ['Dongguan Science and Technology Bureau', 'Science and Technology Bureau'] });
    expect(department('市委人才办')?.forms).toEqual({ zh: ['市委人才办'], en: ['Talent Work Office of the CPC Dongguan Municipal Committee'] });
    expect(department('有关镇街(园区)')).toBeUndefined();
  });

  it('the site model refuses the known over-claims, naming the file and the claim', () => {
    const planted = structuredClone(source.measureSummaries);
    // The summary as written, less its hedge: no new wording, so no new context for the Traditional conversion either.
    planted['3.4']!.zh = planted['3.4']!.zh!.replace('探索', '');
    planted['3.1']!.en = 'The working mechanism is in place and traditional industries are upgraded. Responsible: the Dongguan Development and Reform Bureau.';
    const build = () => buildSiteModel({ ...source, measureSummaries: planted }, sectorContent());
    expect(build).toThrow(/content\/documents\/dong-fu-ban-2024-18\/measures\.json "3\.4\.zh": drops “探索” \(explore\)[\s\S]*content\/documents\/dong-fu-ban-2024-18\/measures\.json "3\.1\.en": states as done \(“is in place”\)/u);
  });
});

describe('one term, one rendering in the explanations, glossary notes and UI strings', () => {
  const build = (change: (s: typeof source) => void) => {
    const planted = structuredClone(source);
    change(planted);
    return () => buildSiteModel(planted, sectorContent());
  };

  it('keeps "Dongguan" in bureau names and the glossary renderings in measure summaries, the 解读, the answers and the glossary notes', () => {
    const note = source.glossary.findIndex((g) => g.slug === 'national-level');
    // One build with a mistake in each kind of text: the check names them all at once.
    const planted = build((s) => {
      s.measureSummaries['3.10']!.en = s.measureSummaries['3.10']!.en!.replaceAll('the Dongguan ', 'the ');
      s.explained[2]!.items[2]!.text.en = s.explained[2]!.items[2]!.text.en!.replace('support measures', 'safeguard measures');
      s.questions[0]!.answer.text.en = s.questions[0]!.answer.text.en!.replace('working mechanisms', 'work mechanisms');
      s.glossary[note]!.note.en = s.glossary[note]!.note.en!.replace('national-level "little', 'national "little').replace('the national-level new', 'the national new');
    });
    const message = (() => {
      try {
        planted();
      } catch (error) {
        return String(error);
      }
      return 'built without a problem';
    })();
    for (const problem of [
      /content\/documents\/dong-fu-ban-2024-18\/measures\.json "3\.10\.en": the original has 市发展改革局 but the translation lacks "Dongguan Development and Reform Bureau"/u,
      /content\/documents\/dong-fu-ban-2024-18\/explained\.json: section "contents" item 3: "safeguard measures" must not render 保障措施/u,
      /content\/documents\/dong-fu-ban-2024-18\/questions\.json: "what-is-this" answer: "work mechanisms" must not render 工作机制/u,
      /content\/glossary\.json: entry \d+ \(national-level\) note: the original has 国家级 but the translation lacks "national-level"/u,
    ]) {
      expect(message).toMatch(problem);
    }
  });

  it('reads the UI strings key by key beside the original, plural forms beside its one form', () => {
    const pairs = uiStringPairs('en');
    expect(pairs).toContainEqual({ where: 'src/locales/en.json: nav.measures', original: '保障措施', translated: 'Support measures' });
    expect(pairs.filter((p) => p.where.startsWith('src/locales/en.json: questions.intro_'))).toHaveLength(2);
    const renderings = source.renderings.en!;
    expect(termProblems([{ ...pairs.find((p) => p.where.endsWith('nav.measures'))!, translated: 'Safeguard measures' }], renderings)).toEqual([
      expect.stringContaining('lacks "support measures"'),
      expect.stringContaining('"safeguard measures" must not render 保障措施'),
    ]);
  });
});

it('the site model gives the context for checking further explanations (the 一图读懂 items)', () => {
  const claim = (text: string): Claim => ({ where: 'at-a-glance item', locale: 'zh', text, clauses: ['3.4'] });
  expect(claimProblems([claim('探索建设“反向飞地”。')], testSite.claimContext)).toEqual([]);
  expect(claimProblems([claim('建设“反向飞地”。')], testSite.claimContext)).toEqual([expect.stringContaining('at-a-glance item: drops “探索”')]);
});
