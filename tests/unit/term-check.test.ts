import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { checkSpelling, spellingProblems } from '../../src/lib/editions/spelling.ts';
import { ProblemsError } from '../../src/lib/checks/problems.ts';
import { type Rendering, checkTerms, containsPhrase, renderingsOf, termProblems } from '../../src/lib/editions/term-check.ts';
import { translationPairs } from '../../src/lib/editions/translation.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

const hub: Rendering = { source: 'glossary "hub"', original: '高地', forms: ['hub', 'hubs'], avoid: ['highland'] };
const firstSet: Rendering = { source: 'glossary "first-set"', original: '首台(套)', forms: ['first (set of) major technical equipment'], avoid: [] };
const songshan: Rendering = { source: 'content/zones.json "songshan-lake"', original: '松山湖', forms: ['Songshan Lake'], avoid: [] };

describe('one term, one rendering', () => {
  it('passes when the English has the rendering, in any case, with curly or straight quotes', () => {
    const pairs = [
      { where: 'a', original: '打造创新发展高地', translated: 'build a Hub for innovative development' },
      { where: 'b', original: '首台（套）重大技术装备', translated: 'the First (Set of) Major Technical Equipment' },
      { where: 'c', original: '以松山湖为重点', translated: 'with Songshan Lake as the key location' },
      { where: 'd', original: '没有术语', translated: 'no term at all' },
    ];
    expect(termProblems(pairs, [hub, firstSet, songshan])).toEqual([]);
    const quoted: Rendering = { source: 'q', original: '十个一', forms: ['"Ten Ones"'], avoid: [] };
    expect(termProblems([{ where: 'e', original: '“十个一”', translated: 'the “Ten Ones”' }], [quoted])).toEqual([]);
  });

  it('names the place, the term and its source when the rendering is missing or ruled out', () => {
    const pairs = [
      { where: `${DEFAULT_DOCUMENT}/policy.en.json: paragraph "2.1.6" text`, original: '打造生物医药产业发展高地', translated: 'build a highland for the biomedical industry' },
      { where: `${DEFAULT_DOCUMENT}/sectors/en/x.mdx: field "summary"`, original: '以松山湖为重点', translated: 'with Songshan as the key location' },
    ];
    expect(termProblems(pairs, [hub, songshan])).toEqual([
      `${DEFAULT_DOCUMENT}/policy.en.json: paragraph "2.1.6" text: the original has 高地 but the translation lacks "hub" or "hubs" (glossary "hub")`,
      `${DEFAULT_DOCUMENT}/policy.en.json: paragraph "2.1.6" text: "highland" must not render 高地; use "hub" or "hubs" (glossary "hub")`,
      `${DEFAULT_DOCUMENT}/sectors/en/x.mdx: field "summary": the original has 松山湖 but the translation lacks "Songshan Lake" (content/zones.json "songshan-lake")`,
    ]);
    expect(() => checkTerms(pairs, [hub])).toThrow(ProblemsError);
    expect(() => checkTerms(pairs, [hub])).toThrow(/2 problem\(s\)/);
  });

  it('matches whole words only', () => {
    expect(containsPhrase('a hubbub of ideas', 'hub')).toBe(false);
    expect(containsPhrase('the hub.', 'hub')).toBe(true);
    expect(containsPhrase('large models', 'large model')).toBe(false);
    expect(containsPhrase('Chang’an and Tangxia', "Chang'an")).toBe(true);
    expect(termProblems([{ where: 'w', original: '高地', translated: 'a hubbub' }], [hub])).toHaveLength(1);
  });

  it('takes renderings from the glossary (with accepted forms), the zones and the departments', () => {
    const term = { slug: 'pilot-zone', term: { zh: '先导试验区', en: 'pilot zone' }, forms: { en: ['pilot zones'] }, avoid: { en: ['pioneer zone'] }, note: { zh: '注', en: 'Note.' } };
    const zone = { slug: 'dalang', type: 'town' as const, name: { zh: '大朗', en: 'Dalang' }, about: { zh: '镇', en: 'A town.' } };
    const renderings = renderingsOf(
      { glossary: [term], zones: [zone], departments: [{ slug: 'finance', name: { zh: '市财政局', en: 'Dongguan Finance Bureau' } }] },
      'en',
      { zones: 'zones.json', departments: 'departments.json' },
    );
    expect(renderings).toEqual([
      { source: 'glossary "pilot-zone"', original: '先导试验区', forms: ['pilot zone', 'pilot zones'], avoid: ['pioneer zone'] },
      { source: 'zones.json "dalang"', original: '大朗', forms: ['Dalang'], avoid: [] },
      { source: 'departments.json "finance"', original: '市财政局', forms: ['Dongguan Finance Bureau'], avoid: [] },
    ]);
  });

  it('holds for the whole translation, and fails on it once a rendering is changed', () => {
    const { document, translations, glossary, zones, departments, renderings } = loadPolicy();
    const en = renderings.en!;
    expect(en).toHaveLength(glossary.length + zones.length + departments.length);
    const file = `${DEFAULT_DOCUMENT}/policy.en.json`;
    expect(termProblems(translationPairs(translations.en!, document.blocks, file), en)).toEqual([]);

    // Read the translation afresh and break one term and one department name in it.
    const broken = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { text?: string }>;
    broken['2.1.8']!.text = broken['2.1.8']!.text!.replace('pioneer zone', 'pilot zone').replace('Dongguan Development and Reform Bureau', 'Development Bureau');
    expect(termProblems(translationPairs(broken, document.blocks, file), en)).toEqual([
      `${file}: paragraph "2.1.8" text: the original has 先行区 but the translation lacks "pioneer zone" (glossary "pioneer-zone")`,
      `${file}: paragraph "2.1.8" text: "pilot zone" must not render 先行区; use "pioneer zone" (glossary "pioneer-zone")`,
      `${file}: paragraph "2.1.8" text: the original has 市发展改革局 but the translation lacks "Dongguan Development and Reform Bureau" (content/departments.json "development-reform")`,
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
