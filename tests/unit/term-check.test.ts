import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/lib/glossary.ts';
import { loadPolicy } from '../../src/lib/load-policy.ts';
import { checkSpelling, spellingProblems } from '../../src/lib/spelling.ts';
import { type Rendering, TermError, checkTerms, containsPhrase, renderingsOf, termProblems } from '../../src/lib/term-check.ts';
import { translationPairs } from '../../src/lib/translation.ts';

const hub: Rendering = { source: 'glossary "hub"', zh: '高地', en: ['hub', 'hubs'], avoid: ['highland'] };
const firstSet: Rendering = { source: 'glossary "first-set"', zh: '首台(套)', en: ['first (set of) major technical equipment'], avoid: [] };
const songshan: Rendering = { source: 'content/zones.json "songshan-lake"', zh: '松山湖', en: ['Songshan Lake'], avoid: [] };

describe('one term, one rendering', () => {
  it('passes when the English has the rendering, in any case, with curly or straight quotes', () => {
    const pairs = [
      { where: 'a', zh: '打造创新发展高地', en: 'build a Hub for innovative development' },
      { where: 'b', zh: '首台（套）重大技术装备', en: 'the First (Set of) Major Technical Equipment' },
      { where: 'c', zh: '以松山湖为重点', en: 'with Songshan Lake as the key location' },
      { where: 'd', zh: '没有术语', en: 'no term at all' },
    ];
    expect(termProblems(pairs, [hub, firstSet, songshan])).toEqual([]);
    const quoted: Rendering = { source: 'q', zh: '十个一', en: ['"Ten Ones"'], avoid: [] };
    expect(termProblems([{ where: 'e', zh: '“十个一”', en: 'the “Ten Ones”' }], [quoted])).toEqual([]);
  });

  it('names the place, the term and its source when the rendering is missing or ruled out', () => {
    const pairs = [
      { where: 'content/policy.en.json: paragraph "2.1.6" text', zh: '打造生物医药产业发展高地', en: 'build a highland for the biomedical industry' },
      { where: 'content/sectors/en/x.mdx: field "summary"', zh: '以松山湖为重点', en: 'with Songshan as the key location' },
    ];
    expect(termProblems(pairs, [hub, songshan])).toEqual([
      'content/policy.en.json: paragraph "2.1.6" text: the Chinese has 高地 but the English lacks "hub" or "hubs" (glossary "hub")',
      'content/policy.en.json: paragraph "2.1.6" text: "highland" must not render 高地; use "hub" or "hubs" (glossary "hub")',
      'content/sectors/en/x.mdx: field "summary": the Chinese has 松山湖 but the English lacks "Songshan Lake" (content/zones.json "songshan-lake")',
    ]);
    expect(() => checkTerms(pairs, [hub])).toThrow(TermError);
    expect(() => checkTerms(pairs, [hub])).toThrow(/2 problem\(s\)/);
  });

  it('matches whole words only', () => {
    expect(containsPhrase('a hubbub of ideas', 'hub')).toBe(false);
    expect(containsPhrase('the hub.', 'hub')).toBe(true);
    expect(containsPhrase('large models', 'large model')).toBe(false);
    expect(containsPhrase('Chang’an and Tangxia', "Chang'an")).toBe(true);
    expect(termProblems([{ where: 'w', zh: '高地', en: 'a hubbub' }], [hub])).toHaveLength(1);
  });

  it('takes renderings from the glossary (with accepted forms), the zones and the departments', () => {
    const term: GlossaryTerm = { slug: 'pilot-zone', zh: '先导试验区', en: 'pilot zone', enForms: ['pilot zones'], enAvoid: ['pioneer zone'], zhNote: '注', enNote: 'Note.' };
    const renderings = renderingsOf(
      { glossary: [term], zones: [{ slug: 'dalang', zh: '大朗', en: 'Dalang' }], departments: [{ slug: 'finance', zh: '市财政局', en: 'Dongguan Finance Bureau' }] },
      { zones: 'zones.json', departments: 'departments.json' },
    );
    expect(renderings).toEqual([
      { source: 'glossary "pilot-zone"', zh: '先导试验区', en: ['pilot zone', 'pilot zones'], avoid: ['pioneer zone'] },
      { source: 'zones.json "dalang"', zh: '大朗', en: ['Dalang'], avoid: [] },
      { source: 'departments.json "finance"', zh: '市财政局', en: ['Dongguan Finance Bureau'], avoid: [] },
    ]);
  });

  it('holds for the whole translation, and fails on it once a rendering is changed', () => {
    const { document, english, glossary, zones, departments, renderings } = loadPolicy();
    expect(renderings).toHaveLength(glossary.length + zones.length + departments.length);
    const file = 'content/policy.en.json';
    expect(termProblems(translationPairs(english, document.blocks, file), renderings)).toEqual([]);

    // Read the translation afresh and break one term and one department name in it.
    const broken = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { text?: string }>;
    broken['2.1.8']!.text = broken['2.1.8']!.text!.replace('pioneer zone', 'pilot zone').replace('Dongguan Development and Reform Bureau', 'Development Bureau');
    expect(termProblems(translationPairs(broken, document.blocks, file), renderings)).toEqual([
      `${file}: paragraph "2.1.8" text: the Chinese has 先行区 but the English lacks "pioneer zone" (glossary "pioneer-zone")`,
      `${file}: paragraph "2.1.8" text: "pilot zone" must not render 先行区; use "pioneer zone" (glossary "pioneer-zone")`,
      `${file}: paragraph "2.1.8" text: the Chinese has 市发展改革局 but the English lacks "Dongguan Development and Reform Bureau" (content/departments.json "development-reform")`,
    ]);
  });
});

describe('spelling: British, with -ize', () => {
  it('accepts the convention', () => {
    const text = 'Organization, commercialization and specialized centres; labour, fibres, aluminium, orthopaedic moulds; a talent programme; modelling; enterprises advertise and raise; a computer program.';
    expect(spellingProblems([{ where: 'ok', text }])).toEqual([]);
  });

  it('names each spelling of another convention and what to write', () => {
    const text = 'We organise the commercialisation of a research center, fulfill duties and modeled the colors.';
    expect(spellingProblems([{ where: 'src/locales/en.json: home.intro', text }])).toEqual([
      'src/locales/en.json: home.intro: "organise" (write -ize: "organize")',
      'src/locales/en.json: home.intro: "commercialisation" (write -ize: "commercialization")',
      'src/locales/en.json: home.intro: "center" (British spelling: centre)',
      'src/locales/en.json: home.intro: "colors" (British spelling: colour)',
      'src/locales/en.json: home.intro: "fulfill" (British spelling: fulfil)',
      'src/locales/en.json: home.intro: "modeled" (British spelling: doubled l (modelling, labelled))',
    ]);
    expect(() => checkSpelling([{ where: 'x', text: 'Recognised.' }])).toThrow(/x: "Recognised" \(write -ize: "Recognized"\)/);
  });
});
