import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../src/lib/document/site-model.ts';
import { siteLinks } from '../../src/lib/site/links.ts';
import { pageFacets, pageFrame } from '../../src/lib/site/page-model.ts';
import { hasPage } from '../../src/lib/site/routes.ts';
import { dataFile, pagePath } from '../../src/lib/site/urls.ts';
import { clauseLinksOf, partTitleOf, sectorGroupsOf } from '../../src/lib/site/view.ts';
import { testSite } from '../support/model.ts';

/** The test model without its 解读, 问答 and glossary: a document that has no such pages. */
const bare: SiteModel = { ...testSite, explained: [], questions: [], glossary: [] };

describe('the URLs of a document', () => {
  it('puts a document other than the default under its own segment, and the site-wide pages at the edition root', () => {
    expect(pagePath('/', 'zh', 'clusters/semiconductors')).toBe('/zh/clusters/semiconductors/');
    expect(pagePath('/', 'zh', 'clusters/semiconductors', 'other-plan')).toBe('/zh/other-plan/clusters/semiconductors/');
    expect(pagePath('/sub/', 'en', '', 'other-plan')).toBe('/sub/en/other-plan/');
    expect(pagePath('/', 'en', 'policy/#2.1.3', 'other-plan')).toBe('/en/other-plan/policy/#2.1.3');
    expect(pagePath('/', 'zh', 'search', 'other-plan')).toBe('/zh/search/');
    expect(pagePath('/', 'zh', 'about', 'other-plan')).toBe('/zh/about/');
  });

  it('keeps the default document’s data files where they are and puts another’s in its own folder', () => {
    expect(dataFile('policy.json')).toBe('data/policy.json');
    expect(dataFile('akn/zh.xml')).toBe('data/akn/zh.xml');
    expect(dataFile('policy.json', 'other-plan')).toBe('data/other-plan/policy.json');
    expect(dataFile('akn/zh.xml', 'other-plan')).toBe('data/akn/other-plan/zh.xml');
    const links = siteLinks('/', 'zh', 'other-plan');
    expect([links.data('sectors.csv'), links.paragraph('3.1'), links.edition('en', 'zones/songshan-lake')]).toEqual([
      '/data/other-plan/sectors.csv',
      '/zh/other-plan/policy/#3.1',
      '/en/other-plan/zones/songshan-lake/',
    ]);
  });
});

describe('links to the finder', () => {
  it('carry the choice in the address, under the document’s segment', () => {
    expect(siteLinks('/', 'zh').finder({ zone: 'xiegang' })).toBe('/zh/for-enterprises/?zone=xiegang');
    expect(siteLinks('/sub/', 'en', 'other-plan').finder({ sectors: ['semiconductors', 'biomedicine'], needs: ['talent'] })).toBe(
      '/sub/en/other-plan/for-enterprises/?sector=semiconductors&sector=biomedicine&need=talent',
    );
    expect(siteLinks('/', 'zh-hant').finder()).toBe('/zh-hant/for-enterprises/');
  });
});

describe('search facets', () => {
  it('file every measure under every zone: they apply citywide', () => {
    const measure = testSite.measures[0]!;
    expect(pageFacets.measure(testSite, measure)).toEqual({ kind: 'measure', zones: testSite.zones, departments: measure.departments });
    expect(pageFacets.measures(testSite).zones).toEqual(testSite.zones);
    expect(testSite.zones.length).toBeGreaterThan(1);
  });
});

describe('the pages of a document', () => {
  it('has a page for a part of the model only when the document has that part', () => {
    expect(['', 'policy', 'explained', 'questions', 'glossary', 'zones/songshan-lake'].map((r) => hasPage(testSite, r))).toEqual([true, true, true, true, true, true]);
    expect(['', 'policy', 'explained', 'questions', 'glossary', 'measures'].map((r) => hasPage(bare, r))).toEqual([true, true, false, false, false, true]);
  });

  it('links in the navigation only the pages the document has, and marks the current section', () => {
    const frame = (site: SiteModel, route: string) =>
      pageFrame({ site, locale: 'zh', links: siteLinks('/', 'zh', 'other-plan'), route, title: 'T', description: 'D', origin: undefined });
    const nav = frame(bare, 'zones/songshan-lake').header.nav;
    expect(nav.map((item) => item.href)).not.toContain('/zh/other-plan/glossary/');
    expect(nav.map((item) => item.href)).toContain('/zh/search/');
    expect(nav.filter((item) => item.current).map((item) => [item.href, item.current])).toEqual([['/zh/other-plan/zones/', 'true']]);
    expect(frame(testSite, 'glossary').header.nav.find((item) => item.current)).toMatchObject({ href: '/zh/other-plan/glossary/', current: 'page' });
    expect(frame(testSite, 'policy').breadcrumbs).toEqual({ items: [{ href: '/zh/other-plan/', label: '首页' }], current: 'T' });
  });

  it('names the document’s own publisher in the footer, in each edition', () => {
    const name = { zh: '示例市人民政府', en: 'Shili Municipal People’s Government', 'zh-hant': '示例市人民政府' };
    const other: SiteModel = { ...testSite, facts: { ...testSite.facts, publisher: { ...testSite.facts.publisher, name } } };
    const footer = (locale: 'zh' | 'en') => pageFrame({ site: other, locale, links: siteLinks('/', locale, 'other-plan'), route: '', title: 'T', description: 'D', origin: undefined }).footer;
    expect(footer('zh').disclaimer).toBe('本站为政策阅读工具，内容以示例市人民政府发布的中文原文为准。');
    expect(footer('en').disclaimer).toMatch(/the Chinese text published by the Shili Municipal People’s Government prevails\.$/u);
  });
});

describe('the view of an edition', () => {
  it('names the parts of the plan from the document, in each edition', () => {
    expect(partTitleOf(testSite, '3.1', 'zh')).toBe(testSite.paragraph('3').in.zh.title);
    expect(partTitleOf(testSite, '2.1.3', 'en')).toBe(testSite.paragraph('2').in.en.title);
    const groups = sectorGroupsOf(testSite, 'zh');
    expect(groups.map((g) => g.kind)).toEqual(['cluster', 'future']);
    expect(groups[0]!.intro).toContain(testSite.paragraph('2').in.zh.title);
    expect(sectorGroupsOf({ ...testSite, sectors: testSite.sectors.filter((s) => s.kind === 'cluster') }, 'zh').map((g) => g.kind)).toEqual(['cluster']);
  });

  it('cites the notice once, however many of its paragraphs an explanation rests on', () => {
    const links = siteLinks('/', 'zh');
    const notice = testSite.paragraphs.filter((p) => p.id.startsWith('notice.')).slice(0, 2);
    const cited = clauseLinksOf([...notice, testSite.paragraph('3.1')], 'zh', links);
    expect(cited.map((c) => c.href)).toEqual([links.paragraph(notice[0]!.id), '/zh/policy/#3.1']);
  });
});
