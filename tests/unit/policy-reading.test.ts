/** Unit tests for issue 11's pure modules: contents, parallel rows, status, measure summaries, Akoma Ntoso, JSON-LD. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { aknEdition } from '../../src/lib/formats/akn-edition.ts';
import { aknSchemaErrors } from '../../src/lib/formats/akn-validate.ts';
import { aknEid, paragraphIdOfEid } from '../../src/lib/formats/akoma-ntoso.ts';
import { documentContents } from '../../src/lib/site/contents.ts';
import { checkStatus } from '../../src/lib/document/document-status.ts';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { legislationJsonLd } from '../../src/lib/formats/legislation-ld.ts';
import { AUTHORED_LOCALES, LOCALES, type Locale } from '../../src/lib/editions/locales.ts';
import { checkMeasureSummaries } from '../../src/lib/explain/measure-summaries.ts';
import { alignParagraphs } from '../../src/lib/publish/parallel.ts';
import { ProblemsError } from '../../src/lib/checks/problems.ts';
import { paragraphIn } from '../../src/lib/document/site-model.ts';
import { source, testSite as site } from '../support/model.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

const { status: STATUS_FILE, measures: MEASURE_SUMMARIES_FILE } = loadPolicy().files;

const { document } = source;
const english = source.translations.en!;
const edition = (locale: Locale) => ({ locale, blocks: site.paragraphs.map((p) => paragraphIn(p, locale)) });
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

describe('contents', () => {
  it('lists the notice, then the plan with its 3 sections and their parts, by paragraph id', () => {
    const contents = documentContents(edition('zh').blocks, '通知', '');
    expect(contents.map((e) => e.id)).toEqual(['notice', 'plan.title']);
    const sections = contents[1]!.children;
    expect(sections.map((s) => s.label)).toEqual(['一、总体要求', '二、重点方向', '三、工作机制和保障措施']);
    expect(sections.map((s) => s.children.map((p) => p.id))).toEqual([
      ['1.1', '1.2'],
      ['2.1', '2.2'],
      ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10'],
    ]);
    expect(documentContents(edition('en').blocks, 'Notice', ' ')[1]!.children[0]!.label).toBe('I. General Requirements');
  });
});

describe('side-by-side rows', () => {
  it('pairs every paragraph of one edition with the same paragraph of the other, in document order', () => {
    const rows = alignParagraphs([edition('en'), edition('zh')]);
    expect(rows.map((r) => r.id)).toEqual(document.blocks.map((b) => b.id));
    const row = rows.find((r) => r.id === '2.1.3')!;
    expect(row.halves.map((h) => h.locale)).toEqual(['en', 'zh']);
    expect(row.halves[1]!.block.text).toBe(document.blocks.find((b) => b.id === '2.1.3')!.text);
    expect(row.halves[0]!.block.text).toBe(english['2.1.3']!.text);
  });

  it('refuses editions that do not hold the same paragraphs', () => {
    const zh = edition('zh');
    expect(() => alignParagraphs([zh, { locale: 'en', blocks: edition('en').blocks.filter((b) => b.id !== '1.2') }])).toThrow(/missing 1\.2/);
    expect(() => alignParagraphs([zh])).toThrow(/two editions/);
  });
});

describe('document status', () => {
  const schema = readJson('content/documents/status.schema.json') as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it(`reads ${DEFAULT_DOCUMENT}/status.json, which its schema accepts`, () => {
    const { status } = source;
    expect(['in-force', 'amended', 'repealed', 'expired']).toContain(status.status);
    expect(validate(readJson(STATUS_FILE)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(readJson('tests/fixtures/status-repealed.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names every bad field, and the schema rejects the same files', () => {
    const bad = { status: 'withdrawn', lastChecked: '28/11/2026', topic: { zh: '工业' }, originalUrl: 'ftp://x', extra: 1 };
    expect(() => checkStatus(bad, 'status.json', LOCALES)).toThrow(ProblemsError);
    try {
      checkStatus(bad, 'status.json', LOCALES);
    } catch (error) {
      const message = (error as Error).message;
      for (const field of ['"status"', '"lastChecked"', '"topic.en"', '"originalUrl"', '"extra"']) expect(message).toContain(field);
    }
    expect(validate(bad)).toBe(false);
    const repealedWithoutDate = { status: 'repealed', lastChecked: '2026-11-28' };
    expect(() => checkStatus(repealedWithoutDate, 'status.json', LOCALES)).toThrow(/"since" is required/);
    expect(validate(repealedWithoutDate)).toBe(false);
  });
});

describe('measure summaries', () => {
  const measures = document.measures.map((m) => ({
    id: m.id,
    departments: m.departments,
    clause: { zh: m.text, en: english[m.id]!.text! },
  }));
  const summaries = readJson(MEASURE_SUMMARIES_FILE) as Record<string, Record<Locale, string>>;
  const check = (raw: unknown) => checkMeasureSummaries(raw, measures, source.departments, AUTHORED_LOCALES, MEASURE_SUMMARIES_FILE);

  it('gives each of the 10 measures a summary in every edition that passes the checks', () => {
    expect(Object.keys(check(summaries))).toHaveLength(10);
  });

  it('rejects a department the clause does not name, a figure it does not give, a missing summary', () => {
    const wrongDepartment = { ...summaries, '3.1': { ...summaries['3.1']!, zh: '由市教育局负责。' } };
    expect(() => check(wrongDepartment)).toThrow(/"3\.1\.zh" names 市教育局/);
    const wrongFigure = { ...summaries, '3.8': { ...summaries['3.8']!, en: `${summaries['3.8']!.en} It builds 7 bases.` } };
    expect(() => check(wrongFigure)).toThrow(/"3\.8\.en" gives the figure 7/);
    const shortName = { ...summaries, '3.1': { ...summaries['3.1']!, zh: '由教育局负责。' } };
    expect(() => check(shortName)).toThrow(/"3\.1\.zh" names 市教育局/);
    const noDepartment = { ...summaries, '3.4': { ...summaries['3.4']!, en: 'Works with Guangzhou and Shenzhen.' } };
    expect(() => check(noDepartment)).toThrow(/"3\.4\.en" names none of the departments/);
    const { '3.10': _dropped, ...missing } = summaries;
    expect(() => check(missing)).toThrow(ProblemsError);
  });
});

describe('Akoma Ntoso', () => {
  it('maps every paragraph id to one eId and back', () => {
    const ids = document.blocks.map((b) => b.id);
    const eIds = ids.map(aknEid);
    expect(new Set(eIds).size).toBe(ids.length);
    expect(eIds.map(paragraphIdOfEid)).toEqual(ids);
    expect(aknEid('2.1.3')).toBe('sec_2__para_1__point_3');
    expect(aknEid('notice.title')).toBe('preface__p_title');
    expect(() => paragraphIdOfEid('sec_2__point_1')).toThrow();
  });

  it('writes each edition valid against the OASIS schema; a broken file fails', async () => {
    const files = LOCALES.map((l) => ({ name: `${l}.xml`, contents: aknEdition(site, l) }));
    expect(await aknSchemaErrors(files)).toEqual([]);
    const broken = files[0]!.contents.replace(/<num>([^<]*)<\/num>/u, '<number>$1</number>');
    const errors = await aknSchemaErrors([{ name: 'broken.xml', contents: broken }]);
    expect(errors.join('\n')).toMatch(/broken\.xml:\d+: .*number/);
  });

  it('records a repeal in the lifecycle', () => {
    const xml = aknEdition({ ...site, status: { status: 'repealed', since: '2026-06-30', lastChecked: '2026-11-28' } }, 'en');
    expect(xml).toContain('<eventRef eId="e_repealed" date="2026-06-30" source="#original" type="repeal"/>');
  });
});

describe('Legislation JSON-LD', () => {
  const versions = (['en', 'zh'] as const).map((locale) => ({
    locale,
    languageTag: locale === 'zh' ? 'zh-CN' : 'en',
    name: `plan (${locale})`,
    html: `/${locale}/policy/`,
    akn: `/data/akn/${locale}.xml`,
    json: '/data/policy.json',
  }));
  const input = { identifier: 'N', dateSigned: '2024-09-14', datePublished: '2024-09-25', issuer: 'I', jurisdiction: 'J', status: 'in-force' as const, original: 'zh' as const, versions };
  type Version = { '@id': string; inLanguage: string; translationOfWork?: { '@id': string }; workTranslation?: { '@id': string }[]; encoding: { encodingFormat: string; contentUrl: string; legislationLegalValue: string }[] };

  it('describes each language version, its translation relation and its three encodings', () => {
    const ld = legislationJsonLd({ ...input, publisherIsIssuer: false });
    const [en, zh] = ld.workExample as Version[];
    expect(en!.translationOfWork).toEqual({ '@id': '/zh/policy/#legislation' });
    expect(zh!.workTranslation).toEqual([{ '@id': '/en/policy/#legislation' }]);
    expect(en!.encoding.map((e) => [e.encodingFormat, e.contentUrl])).toEqual([
      ['text/html', '/en/policy/'],
      ['application/akn+xml', '/data/akn/en.xml'],
      ['application/json', '/data/policy.json'],
    ]);
    expect(new Set(en!.encoding.map((e) => e.legislationLegalValue))).toEqual(new Set(['https://schema.org/UnofficialLegalValue']));
    expect(new Set(zh!.encoding.map((e) => e.legislationLegalValue))).toEqual(new Set(['https://schema.org/UnofficialLegalValue']));
    expect(ld.legislationLegalForce).toBe('https://schema.org/InForce');
  });

  it('gives the original official legal value only when the publisher is the issuer', () => {
    const [en, zh] = legislationJsonLd({ ...input, publisherIsIssuer: true }).workExample as Version[];
    expect(zh!.encoding[0]!.legislationLegalValue).toBe('https://schema.org/OfficialLegalValue');
    expect(en!.encoding[0]!.legislationLegalValue).toBe('https://schema.org/UnofficialLegalValue');
    expect(legislationJsonLd({ ...input, publisherIsIssuer: true, status: 'repealed' }).legislationLegalForce).toBe('https://schema.org/NotInForce');
  });
});
