/**
 * Issue 11 over the built site: policy/ opens with facts, status and contents; policy/bilingual/
 * pairs every paragraph under policy/'s anchors; sector pages land there; the Akoma Ntoso files
 * validate against the OASIS schema and map their eIds one to one to the paragraphs; measures carry
 * their summaries; the JSON-LD describes each language version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aknSchemaErrors } from '../../src/lib/formats/akn-validate.ts';
import { paragraphIdOfEid } from '../../src/lib/formats/akoma-ntoso.ts';
import { LOCALES, type Locale, languageTag, localeInfo } from '../../src/lib/editions/locales.ts';
import { DIST, SECTOR_ROUTES, distFiles, page, pageFile, policy } from '../support/dist.ts';
import { toTraditional } from '../support/traditional.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

/** A text of the original as each edition must show it: itself, its translation, or its OpenCC conversion. */
const inEdition = (locale: Locale, original: string, translated: string) => ({ zh: original, en: translated, 'zh-hant': toTraditional(original) })[locale];
const paragraphText = (locale: Locale, id: string) =>
  inEdition(locale, policy.document.blocks.find((b) => b.id === id)!.text, policy.translations.en![id]!.text ?? '');

const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const ids = policy.document.blocks.map((b) => b.id);
const seed = readFileSync('seeds/000_46accd98a18236e3.txt', 'utf8');
/** The capture's 发布时间, read here independently of the parser. */
const published = /发布时间[:：]\s*(\d{4}-\d{2}-\d{2})/u.exec(seed)![1]!;

describe.each(LOCALES)('policy/ (%s)', (locale: Locale) => {
  const root = page(pageFile(locale, 'policy'));
  const main = root.querySelector('main')!;

  it('opens with the document facts, the publication date from the capture and the status, before the text', () => {
    const facts = main.querySelector('dl.facts')!;
    const text = facts.textContent;
    expect(published).toBe('2024-09-25');
    const [y, m, d] = published.split('-').map(Number);
    expect(text).toContain(locale === 'en' ? `${d} September ${y}` : `${y}年${m}月${d}日`);
    expect(text).toContain(inEdition(locale, '东府办〔2024〕18号', 'Dong Fu Ban [2024] No. 18'));
    expect(text).toContain(inEdition(locale, '现行有效', 'In force'));
    const html = main.toString();
    expect(html.indexOf('class="facts"')).toBeLessThan(html.indexOf('class="document"'));
  });

  it('has a contents landmark linking to every section and part, before the text, and ways back to it', () => {
    const nav = main.querySelector('nav#contents')!;
    expect(nav.getAttribute('aria-labelledby')).toBe('contents-title');
    const targets = nav.querySelectorAll('a').map((a) => a.getAttribute('href')!.slice(1));
    const expected = ['notice', 'plan.title', ...policy.document.blocks.filter((b) => b.depth === 1 || b.depth === 2).map((b) => b.id)];
    expect(targets).toEqual(expected);
    for (const id of targets) expect(root.getElementById(id), id).not.toBeNull();
    expect(main.querySelectorAll('.to-contents a[href="#contents"]').length).toBeGreaterThanOrEqual(3);
  });

  it('links the side-by-side page and both Akoma Ntoso files', () => {
    expect(main.querySelector(`a[href="${BASE}${locale}/policy/bilingual/"]`)).not.toBeNull();
    const akn = root.querySelectorAll('link[rel=alternate][type="application/akn+xml"]').map((l) => l.getAttribute('href'));
    expect(akn).toEqual(LOCALES.map((l) => `${BASE}data/akn/${l}.xml`));
  });

  it('describes each language version in JSON-LD, with its legal value, translation relation and encodings', () => {
    const ld = root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>)
      .find((d) => d['@type'] === 'Legislation')!;
    expect(ld.datePublished).toBe(published);
    type Version = { inLanguage: string; translationOfWork?: unknown; workTranslation?: unknown; encoding: { encodingFormat: string; legislationLegalValue: string }[] };
    const versions = ld.workExample as Version[];
    expect(versions.map((v) => v.inLanguage).sort()).toEqual(LOCALES.map((l) => languageTag(l)).sort());
    const english = versions.find((v) => v.inLanguage === 'en')!;
    expect(english.translationOfWork).toBeDefined();
    expect(english.encoding.map((e) => e.encodingFormat)).toEqual(['text/html', 'application/akn+xml', 'application/json']);
    expect(english.encoding.every((e) => e.legislationLegalValue === 'https://schema.org/UnofficialLegalValue')).toBe(true);
    expect(versions.find((v) => v.inLanguage === 'zh-CN')!.workTranslation).toBeDefined();
  });
});

describe.each(LOCALES)('policy/bilingual/ (%s)', (locale: Locale) => {
  const root = page(pageFile(locale, 'policy/bilingual'));
  const other = localeInfo(locale).partner as Locale;
  const rows = root.querySelectorAll('.pair');

  it('has one row per paragraph, under the same anchors as policy/, in document order', () => {
    expect(rows.map((r) => r.id)).toEqual(ids);
    const policyPage = page(pageFile(locale, 'policy'));
    for (const id of ids) expect(policyPage.getElementById(id), `policy/#${id}`).not.toBeNull();
  });

  it('sets the page language beside the other, each half with its own lang and its own text', () => {
    for (const row of rows) {
      const halves = row.querySelectorAll('.pair__half');
      expect(halves.map((h) => h.getAttribute('lang'))).toEqual([languageTag(locale), languageTag(other)]);
      const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
      expect(squash(halves[0]!.textContent), row.id).toContain(squash(paragraphText(locale, row.id)));
      expect(squash(halves[1]!.textContent), row.id).toContain(squash(paragraphText(other, row.id)));
    }
  });

  it('aligns headings: a row with a heading has it in both halves, as a real heading only in the page language', () => {
    for (const row of rows.filter((r) => policy.document.blocks.find((b) => b.id === r.id)!.title)) {
      const [own, theirs] = row.querySelectorAll('.pair__half');
      expect(own!.querySelector('h3, h4, h5'), row.id).not.toBeNull();
      expect(theirs!.querySelector('p.pair__heading'), row.id).not.toBeNull();
    }
  });

  it('says the English is unofficial and the Chinese prevails, and has the contents list', () => {
    expect(root.querySelector('main .note:not([data-offline-note])')!.textContent).toMatch({ en: /unofficial.*Chinese text.*prevails/, zh: /非官方.*以.*中文原文为准/, 'zh-hant': /非官方.*以.*簡體中文原文為準/ }[locale]);
    expect(root.querySelector('nav#contents')).not.toBeNull();
  });
});

describe('links into the side-by-side page', () => {
  it.each(SECTOR_ROUTES.flatMap((route) => LOCALES.map((locale) => ({ route, locale }))))('$locale/$route lands on its paragraph', ({ route, locale }) => {
    const links = page(pageFile(locale, route))
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith(`${BASE}${locale}/policy/bilingual/#`));
    expect(links).toHaveLength(1);
    const id = links[0]!.split('#')[1]!;
    expect(policy.document.sectors.map((s) => s.id)).toContain(id);
    // The same paragraph the page quotes and cites on policy/.
    expect(page(pageFile(locale, route)).querySelector(`main a[href="${BASE}${locale}/policy/#${id}"]`)).not.toBeNull();
  });
});

describe('the Akoma Ntoso files', () => {
  const files = LOCALES.map((locale) => ({ locale, name: `data/akn/${locale}.xml`, contents: readFileSync(join(DIST, 'data', 'akn', `${locale}.xml`), 'utf8') }));

  it('validate against the OASIS Akoma Ntoso 3.0 schema', async () => {
    expect(await aknSchemaErrors(files)).toEqual([]);
  });

  it.each(files)('$name: eIds map one to one to the paragraphs, each with its text', ({ locale, contents }) => {
    const body = contents.slice(contents.indexOf('<preface>'));
    const eIds = [...body.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]!);
    expect(eIds.map(paragraphIdOfEid)).toEqual(ids);
    const text = (id: string) => paragraphText(locale, id);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const id of ids) expect(body, id).toContain(escape(text(id)));
  });

  it('identify work, expression and manifestation by the naming convention, and mark the translation', () => {
    const [zh, en] = files;
    const work = '/akn/cn-dongguan/doc/notice/2024-09-14/dong-fu-ban-2024-no-18';
    expect(zh!.contents).toContain(`<FRBRuri value="${work}"/>`);
    expect(zh!.contents).toContain(`<FRBRuri value="${work}/zho@2024-09-14"/>`);
    expect(en!.contents).toContain(`<FRBRthis value="${work}/eng@2024-09-14/!main.xml"/>`);
    expect(en!.contents).toMatch(/<FRBRtranslation href="[^"]*\/zho@2024-09-14" fromLanguage="zho" authoritative="false"/);
    expect(zh!.contents).not.toContain('<FRBRtranslation');
  });

  it('reference the issuer, every department and every key area the plan names', () => {
    for (const { contents } of files) {
      expect(contents).toContain('<TLCOrganization eId="issuer"');
      const named = new Set([...policy.document.sectors.flatMap((s) => s.leads), ...policy.document.measures.flatMap((m) => m.departments)]);
      for (const slug of named) expect(contents).toContain(`<TLCOrganization eId="dept_${slug}"`);
      for (const slug of new Set(policy.document.sectors.flatMap((s) => s.zones))) expect(contents).toContain(`<TLCLocation eId="zone_${slug}"`);
    }
  });

  it('are listed on about/ with the JSON and CSV files', () => {
    for (const locale of LOCALES) {
      const hrefs = page(pageFile(locale, 'about')).querySelectorAll('main a[download]').map((a) => a.getAttribute('href'));
      for (const file of ['data/policy.json', 'data/sectors.csv', ...LOCALES.map((l) => `data/akn/${l}.xml`)]) expect(hrefs).toContain(`${BASE}${file}`);
    }
    expect(distFiles().some((f) => f.path === 'data/akn/en.xml')).toBe(true);
  });
});

describe('measures/', () => {
  it.each(LOCALES)('%s: each measure shows its summary above the clause', (locale: Locale) => {
    const summaries = JSON.parse(readFileSync(`${DEFAULT_DOCUMENT}/measures.json`, 'utf8')) as Record<string, Record<string, string>>;
    const items = page(pageFile(locale, 'measures')).querySelectorAll('li.measure');
    expect(items).toHaveLength(10);
    items.forEach((item, i) => {
      const measure = policy.document.measures[i]!;
      const html = item.toString();
      const summary = item.querySelector('.summary')!;
      expect(summary.textContent).toContain(inEdition(locale, summaries[measure.id]!.zh!, summaries[measure.id]!.en!));
      const clause = paragraphText(locale, measure.id);
      const clauseStart = item.querySelectorAll('p:not(.summary)').find((p) => p.textContent.includes(clause.slice(0, 12)))!;
      expect(html.indexOf(summary.toString())).toBeLessThan(html.indexOf(clauseStart.toString()));
    });
  });
});

describe('status', () => {
  it('shows no banner while the document is in force', () => {
    expect(distFiles().filter((f) => f.path.endsWith('.html') && f.text.includes('class="status-banner"')).map((f) => f.path)).toEqual([]);
  });
});

describe('English pages', () => {
  it('say on every page that the English is unofficial and the Chinese text prevails', () => {
    const english = distFiles().filter((f) => /^en\/.*index\.html$/.test(f.path));
    expect(english.length).toBeGreaterThan(40);
    for (const { path } of english) expect(page(path).querySelector('footer')!.textContent, path).toMatch(/unofficial translation.*Chinese text.*prevails/s);
  });
});
