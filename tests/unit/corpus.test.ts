/**
 * The corpus: every tag of a clause is justified by words of the clause, planted clauses get the tags
 * their words call for and no others, and the dated facts are one list, each with its clause.
 */
import { describe, expect, it } from 'vitest';
import { type Corpus, type CorpusClause, buildCorpus } from '../../src/lib/document/corpus.ts';
import { type PolicySource, loadDocument, loadPolicy, loadSupportKinds } from '../../src/lib/document/load-policy.ts';

const supportKinds = loadSupportKinds();
const today = loadPolicy();
const fixture = loadDocument('.', 'tests/fixtures/documents/shi-fu-ban-2025-3');
const corpus = buildCorpus([today, fixture], supportKinds);
const clause = (c: Corpus, id: string) => c.clauses.find((x) => x.id === id)!;

/** The corpus of the fixture with one paragraph's text replaced. */
function planted(paragraph: string, text: string): CorpusClause {
  const source = structuredClone(fixture) as PolicySource;
  const block = source.document.blocks.find((b) => b.id === paragraph)!;
  block.text = text;
  return clause(buildCorpus([source], supportKinds), `${fixture.id}#${paragraph}`);
}

describe('the corpus', () => {
  it('has every paragraph of every document once, with its document', () => {
    expect(corpus.documents.map((d) => [d.id, d.isDefault, d.number])).toEqual([
      ['dong-fu-ban-2024-18', true, '东府办〔2024〕18号'],
      ['shi-fu-ban-2025-3', false, '示府办〔2025〕3号'],
    ]);
    expect(corpus.clauses).toHaveLength(today.document.blocks.length + fixture.document.blocks.length);
    expect(new Set(corpus.clauses.map((c) => c.id)).size).toBe(corpus.clauses.length);
  });

  it('justifies every tag with words that occur in its clause', () => {
    let tags = 0;
    for (const c of corpus.clauses) {
      for (const tag of [...c.sectors, ...c.zones, ...c.departments, ...c.support]) {
        expect(tag.evidence.length, `${c.id} ${tag.slug}`).toBeGreaterThan(0);
        for (const words of tag.evidence) expect(c.text, `${c.id} ${tag.slug}: "${words}"`).toContain(words);
        tags += 1;
      }
    }
    expect(tags).toBeGreaterThan(100);
  });

  it('tags today’s sector paragraphs with their sector, zones and lead departments, and measures with their roles', () => {
    const semiconductors = clause(corpus, 'dong-fu-ban-2024-18#2.1.3');
    expect(semiconductors.sectors.map((t) => [t.slug, t.paragraph])).toEqual([['2.1.3', '2.1.3']]);
    const withSlugs = buildCorpus([today], supportKinds, new Map([[today.id, new Map([['2.1.3', 'semiconductors']])]]));
    expect(clause(withSlugs, 'dong-fu-ban-2024-18#2.1.3').sectors.map((t) => t.slug)).toEqual(['semiconductors']);
    const sector = today.document.sectors.find((s) => s.id === '2.1.3')!;
    expect(semiconductors.zones.map((t) => t.slug)).toEqual(expect.arrayContaining(sector.zones));
    expect(semiconductors.departments.filter((d) => d.role === 'lead').map((d) => d.slug)).toEqual(sector.leads);
    const measure = clause(corpus, 'dong-fu-ban-2024-18#3.2');
    expect(measure.departments.filter((d) => d.role === 'local')).toEqual([{ slug: 'towns-and-parks', role: 'local', evidence: ['有关镇街(园区)', '落实属地责任'] }]);
    expect(measure.departments.filter((d) => d.role === 'responsible').map((d) => d.slug)).toEqual(today.document.measures.find((m) => m.id === '3.2')!.departments.filter((d) => d !== 'towns-and-parks'));
    expect(measure.support.map((s) => s.slug)).toEqual(expect.arrayContaining(['funding', 'scenarios', 'innovation']));
  });

  it('gives planted clauses the tags their words call for', () => {
    const c = planted('plan.preamble', '设立产业基金,支持松山湖建设实验室,对接深圳,由市商务局负责。');
    expect(c.support).toEqual([
      { slug: 'funding', evidence: ['产业基金', '基金'] },
      { slug: 'innovation', evidence: ['实验室'] },
      { slug: 'guangzhou-shenzhen', evidence: ['深圳'] },
    ]);
    expect(c.zones).toEqual([{ slug: 'songshan-lake', evidence: ['松山湖'] }]);
    expect(c.departments).toEqual([{ slug: 'commerce', role: 'named', evidence: ['市商务局'] }]);
    const led = planted('2.1.1', '重点发展智能终端。(市商务局、市科技局牵头)');
    expect(led.departments.map((d) => [d.slug, d.role])).toEqual([
      ['commerce', 'lead'],
      ['science-technology', 'lead'],
    ]);
  });

  it('gives no tag for a word that is absent, nor for one inside a department’s name', () => {
    const c = planted('plan.preamble', '为加快发展,制定本方案。');
    expect([c.sectors, c.zones, c.departments, c.support]).toEqual([[], [], [], []]);
    // 人才 marks no talent where it is part of a name (市委人才办), and does beside it.
    expect(planted('plan.preamble', '由市委人才办负责。').support).toEqual([]);
    expect(planted('plan.preamble', '由市委人才办负责培育人才。').support).toEqual([{ slug: 'talent', evidence: ['人才'] }]);
    // 引进 in 人才引进 attracts talent, not investment.
    expect(planted('plan.preamble', '加大人才引进力度,引进研发机构。').support.map((t) => t.slug)).toEqual(['talent', 'innovation', 'investment']);
    expect(planted('plan.preamble', '加大人才引进力度。').support.map((t) => t.slug)).toEqual(['talent']);
  });

  it('lists the dated facts once, each with its clause, the evidence of a fact from the text in that clause', () => {
    const facts = corpus.facts.filter((f) => f.document === 'dong-fu-ban-2024-18');
    expect(facts.filter((f) => f.kind !== 'target' && f.kind !== 'outlook').map((f) => [f.kind, f.date ?? f.year, f.clause])).toEqual([
      ['signed', '2024-09-14', 'dong-fu-ban-2024-18#notice.date'],
      ['published', '2024-09-25', 'dong-fu-ban-2024-18#notice.title'],
      ['status-checked', today.status.lastChecked, 'dong-fu-ban-2024-18#notice.title'],
      ['target-year', 2027, 'dong-fu-ban-2024-18#1.2'],
    ]);
    expect(facts.filter((f) => f.kind === 'target').map((f) => [f.target!.id, f.year])).toEqual(today.document.targets.map((t) => [t.id, 2027]));
    expect(facts.filter((f) => f.kind === 'outlook').map((f) => f.span)).toEqual([
      { from: 5, to: 10 },
      { from: 10, to: 15 },
    ]);
    for (const fact of corpus.facts.filter((f) => f.source === 'text')) expect(clause(corpus, fact.clause).text).toContain(fact.evidence);
  });
});
