/**
 * An editor's everyday mistakes in the data the build reads, each made in a copy of content/ and
 * seeds/: the load fails with the source file and its line or field, in words an editor understands.
 * (Mistakes that only Astro or the output guard can see are tried in tests/site/failed-builds.test.ts.)
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureProblems, figuresOf, missingFigures } from '../../src/lib/editions/figure-check.ts';
import { keyProblems } from '../../src/lib/editions/i18n.ts';
import { DEPARTMENTS_FILE, GLOSSARY_FILE, ZONES_FILE, loadPolicy } from '../../src/lib/document/load-policy.ts';
import { parsePolicy } from '../../src/lib/document/profile-apply.ts';
import { PolicyParseError } from '../../src/lib/document/reader.ts';
import { lineOf } from '../support/lines.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

const { files, capture: { file: SEED_FILE, pins: SEED_PIN_FILE } } = loadPolicy();
const TRANSLATION_FILE = files.translation.en!;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The load error after `edit` changed a copy of the project's data; fails if the load succeeds. */
function loadError(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'mistake-'));
  roots.push(root);
  for (const folder of ['content', 'seeds']) cpSync(folder, join(root, folder), { recursive: true });
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `the edit of ${file}`).not.toBe(before);
  writeFileSync(path, after);
  try {
    loadPolicy(root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`loading with the edited ${file} did not fail`);
}

describe('a JSON syntax error', () => {
  it.each([ZONES_FILE, DEPARTMENTS_FILE, TRANSLATION_FILE, GLOSSARY_FILE])('in %s names the file, line and column', (file) => {
    const text = readFileSync(file, 'utf8');
    // A comma lost at the end of a line, the commonest slip in hand-edited JSON: the parser stumbles
    // on the first token of the next line.
    const lines = text.split('\n');
    const lost = lines.findIndex((line) => line.endsWith(','));
    const message = loadError(file, () => lines.map((line, i) => (i === lost ? line.slice(0, -1) : line)).join('\n'));
    expect(message).toMatch(new RegExp(`^${file}:${lost + 2}:\\d+: not valid JSON`, 'u'));
    expect(message).toContain('Check the commas, quotes and brackets there');
  });
});

describe('zones and departments', () => {
  it('a zone the text names but content/zones.json lacks: the seed line and the data file', () => {
    const seed = readFileSync(SEED_FILE, 'utf8');
    const message = loadError(ZONES_FILE, (t) => t.replace('"zh": "谢岗"', '"zh": "谢岗镇"'));
    expect(message).toMatch(new RegExp(`^${SEED_FILE}:${lineOf(seed, '谢岗')}: unknown zone "谢岗": .*${ZONES_FILE} does not list`, 'u'));
  });

  it('a department the text names but content/departments.json lacks', () => {
    const message = loadError(DEPARTMENTS_FILE, (t) => t.replace('"zh": "市科技局"', '"zh": "东莞市科技局"'));
    expect(message).toMatch(new RegExp(`^${SEED_FILE}:\\d+: unknown department "市科技局": .*${DEPARTMENTS_FILE} does not list`, 'u'));
  });

  it('a short name that is not the end of the full name: the file, entry and field', () => {
    const message = loadError(DEPARTMENTS_FILE, (t) => t.replace('"en": "Finance Bureau"', '"en": "Treasury"'));
    expect(message).toMatch(new RegExp(`^${DEPARTMENTS_FILE}: 1 problem.*\\n  - entry \\d+ \\(finance\\): "short.en" "Treasury" is not the end of "name.en" "Dongguan Finance Bureau"`, 'u'));
  });

  it('a short name of one character, or for an edition that is not authored', () => {
    const message = loadError(DEPARTMENTS_FILE, (t) => t.replace('"zh": "财政局"', '"zh": "局", "zh-hant": "財政局"'));
    expect(message).toContain('(finance): "short.zh-hant": "zh-hant" is not an authored edition');
    expect(message).toContain('(finance): "short.zh" must be a name of two or more characters');
  });

  it('an entry without its English name: the file, entry and field', () => {
    const message = loadError(DEPARTMENTS_FILE, (t) => t.replace('"en": "Dongguan Finance Bureau"', '"en": ""'));
    expect(message).toMatch(new RegExp(`^${DEPARTMENTS_FILE}: 1 problem.*\\n  - entry \\d+ \\(finance\\): "name.en" is missing`, 'u'));
  });
});

describe('translation keys', () => {
  it(`a paragraph missing from ${DEFAULT_DOCUMENT}/policy.en.json, and a key that is no paragraph`, () => {
    const message = loadError(TRANSLATION_FILE, (t) => t.replace('"3.10":', '"3.01":'));
    expect(message).toContain(`${TRANSLATION_FILE}: 2 problem(s)`);
    expect(message).toContain('key "3.01" is not a paragraph id of the document');
    expect(message).toContain('paragraph "3.10" has no translation');
  });

  it('a UI string in one language file only', () => {
    const figure = { figure: { count: '{{value}}' } };
    expect(keyProblems({ zh: { nav: { home: '首页' } }, en: { nav: { home: 'Home', homee: 'Home' }, ...figure }, 'zh-hant': { nav: {} } })).toEqual([
      'src/locales/en.json: key "nav.homee" is not in src/locales/zh.json',
      'src/locales/zh-hant.json: key "nav.home" is missing (src/locales/zh.json has it)',
    ]);
    expect(keyProblems({ zh: { n_other: 'x' }, en: { n_one: 'a', n_other: 'b', ...figure } })).toEqual([]);
    expect(keyProblems({ zh: { n_other: 'x' }, en: { n_other: 'b' } })).toEqual(['src/locales/en.json: no "figure" words for the figures of the translation']);
  });
});

describe('the seed', () => {
  it('changed by one character: both hashes, and how to adopt a new capture', () => {
    const seed = readFileSync(SEED_FILE);
    const changed = seed.toString('utf8').replace('30000亿元', '930000亿元');
    const message = loadError(SEED_FILE, () => changed);
    const actual = createHash('sha256').update(changed).digest('hex');
    const pinned = createHash('sha256').update(seed).digest('hex');
    expect(message).toContain(`${SEED_FILE}: the capture has changed. Its SHA-256 is ${actual}, but ${SEED_PIN_FILE} pins ${pinned}.`);
    expect(message).toMatch(/To adopt a deliberate new capture, put its SHA-256 in seeds\/SHA256SUMS in the same commit/u);
  });

  it('pinned where the project says, and matching the file', () => {
    const pin = readFileSync(SEED_PIN_FILE, 'utf8');
    expect(pin).toBe(`${createHash('sha256').update(readFileSync(SEED_FILE)).digest('hex')}  ${SEED_FILE.split('/').pop()}\n`);
  });

  it('cut off inside section 二: says the text ends there, at its last line', () => {
    const source = loadPolicy();
    const named = (list: readonly { slug: string; name: Record<string, string> }[]) => list.map((e) => ({ slug: e.slug, name: e.name.zh! }));
    const seed = readFileSync(SEED_FILE, 'utf8');
    const cut = seed.slice(0, seed.indexOf('5.新能源产业集群'));
    let error: PolicyParseError | undefined;
    try {
      parsePolicy(cut, { file: SEED_FILE, profile: source.profile, zones: named(source.zones), departments: named(source.departments) });
    } catch (e) {
      error = e as PolicyParseError;
    }
    expect(error).toBeInstanceOf(PolicyParseError);
    expect(error!.reason).toMatch(/^the text ends inside section 二、重点方向 › （一）战略性新兴产业重点细分领域, after 4 of its 8 numbered parts: the capture looks cut off/u);
    expect(error!.line).toBe(cut.trimEnd().split('\n').length);
  });
});

describe('figures across languages', () => {
  it('reads every kind of figure of a Chinese text with its English forms', () => {
    const figures = figuresOf('到2027年底，规模超千亿元的集群不少于7个，总产值超过30000亿元，比重超过42%，5至10年内从小到大，壮大三大产业，发展2.5D/3D封装和一类创新药，2024年9月14日。');
    expect(figures.map((f) => [f.source, f.forms[0]])).toEqual([
      ['2027年', '2027'],
      ['千亿元', '100 billion yuan'],
      ['7个', '7'],
      ['30000亿元', '3 trillion yuan'],
      ['42%', '42%'],
      ['5至10年', '5 to 10 years'],
      ['三大', '3'],
      ['2.5', '2.5'],
      ['3', '3'],
      ['一类', 'class 1'],
      ['2024年9月14日', '14 September 2024'],
    ]);
  });

  it('accepts the expected English and names each figure that differs', () => {
    const zh = '规上工业总产值超过30000亿元，占比超过42%，5至10年内，三大产业';
    expect(missingFigures(zh, 'output above 3 trillion yuan, a share above 42%, within 5 to 10 years, three major industries')).toEqual([]);
    expect(missingFigures(zh, 'output above 30,000 trillion yuan, a share above 142%, within 5 to 100 years, thirty industries').map((f) => f.source)).toEqual([
      '30000亿元',
      '42%',
      '5至10年',
      '三大',
    ]);
    expect(figureProblems('paragraph "1.2"', '总产值超过930000亿元', 'exceeds 3 trillion yuan')).toEqual([
      'paragraph "1.2": the figure 930000亿元 is not in the English (expected "93 trillion yuan")',
    ]);
  });

  it(`fails the load when ${DEFAULT_DOCUMENT}/policy.en.json changes a figure, naming the paragraph and the figure`, () => {
    const message = loadError(TRANSLATION_FILE, (t) => t.replace('exceeds 3 trillion yuan', 'exceeds 3.5 trillion yuan'));
    expect(message).toContain(`Figures in ${TRANSLATION_FILE}: 1 problem(s)`);
    expect(message).toContain('paragraph "1.2": the figure 30000亿元 is not in the English (expected "3 trillion yuan")');
  });
});
