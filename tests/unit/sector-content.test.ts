import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { ProblemsError } from '../../src/lib/checks/problems.ts';
import { type SectorEntry, joinSectorContent } from '../../src/lib/document/sector-content.ts';

const { document, renderings } = loadPolicy();

/** A valid pair of entries per sector, built from the model, for the tests to break one field at a time. */
function validEntries(): SectorEntry[] {
  return document.sectors.flatMap((s, i) => {
    const quote = s.text.slice(0, 4);
    return [
      { id: `doc/sectors/zh/sector-${i}`, data: { paragraph: s.id, title: s.title.slice(0, 2), summary: '概要', priorities: [quote], technologies: [quote] } },
      { id: `doc/sectors/en/sector-${i}`, body: 'Plain words.', data: { paragraph: s.id, title: 'Title', summary: 'Summary', priorities: ['P'], technologies: ['T'] } },
    ];
  });
}
const problemsOf = (entries: SectorEntry[]) => {
  try {
    joinSectorContent(entries, document, renderings);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemsError);
    return (error as Error).message;
  }
};

describe('sector content', () => {
  it('joins one zh and one en entry to each sector, in document order', () => {
    const joined = joinSectorContent(validEntries(), document, renderings);
    expect(joined.map((j) => j.sector.id)).toEqual(document.sectors.map((s) => s.id));
    expect(joined[2]).toMatchObject({ slug: 'sector-2', entries: { zh: { id: 'doc/sectors/zh/sector-2' }, en: { id: 'doc/sectors/en/sector-2' } } });
  });

  it('names the file and field of each problem', () => {
    const entries = validEntries();
    entries[0]!.data.priorities = ['不在段落里的词'];
    entries[1]!.data.technologies = ['T', 'extra'];
    entries[2]!.data.paragraph = '2.3.1';
    entries[5]!.body = '中文';
    entries[6] = { ...entries[6]!, id: 'doc/sectors/zh/Bad Slug' };
    const message = problemsOf(entries);
    expect(message).toMatch(/content\/documents\/doc\/sectors\/zh\/sector-0\.mdx: priorities item "不在段落里的词" does not occur in paragraph 2\.1\.1/);
    expect(message).toMatch(/content\/documents\/doc\/sectors\/en\/sector-0\.mdx: technologies has 2 items, the zh page 1/);
    expect(message).toMatch(/zh\/sector-1\.mdx: field "paragraph": "2\.3\.1" is not a sector paragraph/);
    expect(message).toMatch(/paragraph 2\.1\.2 \(高端装备产业集群\) has no zh page/);
    expect(message).toMatch(/en\/sector-2\.mdx: contains letters outside the Latin script: 中文/);
    expect(message).toMatch(/zh\/Bad Slug\.mdx: expected content\/documents\/<document>\/sectors\/<zh\|en>\/<lowercase-slug>\.mdx/);
    expect(problemsOf([...validEntries(), { ...validEntries()[0]!, id: 'doc/sectors/zh-hant/sector-0' }])).toMatch(
      /zh-hant\/sector-0\.mdx: expected content\/documents\/<document>\/sectors\/<zh\|en>/,
    );
  });

  it('rejects a title that is not the heading’s and slugs that differ between languages', () => {
    const entries = validEntries();
    entries[0]!.data.title = '别的名字';
    entries[3] = { ...entries[3]!, id: 'doc/sectors/en/other-slug' };
    const message = problemsOf(entries);
    expect(message).toMatch(/zh\/sector-0\.mdx: field "title" is not part of the heading/);
    expect(message).toMatch(/en\/other-slug\.mdx: slug differs from content\/documents\/doc\/sectors\/zh\/sector-1\.mdx/);
  });

  it('requires the glossary’s, zones’ and departments’ English where the Chinese page uses the name, and British spelling', () => {
    const entries = validEntries();
    const [zh, en] = [entries[14]!, entries[15]!]; // 2.1.8, the low-altitude economy
    zh.data.priorities = ['低空经济'];
    en.data.priorities = ['Low-level economy'];
    zh.data.summary = '以谢岗为重点';
    en.data.summary = 'Xiegang is a key area';
    zh.body = '由市发展改革局牵头。';
    en.body = 'The development and reform bureau leads, from its center.';
    const message = problemsOf(entries);
    expect(message).toMatch(/en\/sector-7\.mdx: priorities item 1: the original has 低空经济 but the translation lacks "low-altitude economy" \(glossary "low-altitude-economy"\)/);
    expect(message).toMatch(/en\/sector-7\.mdx: body: the original has 市发展改革局 but the translation lacks "Dongguan Development and Reform Bureau" \(content\/departments\.json "development-reform"\)/);
    expect(message).toMatch(/en\/sector-7\.mdx: "center" \(British spelling: centre\)/);
    expect(message).not.toMatch(/field "summary"/);
  });
});
