/**
 * Search quality: terms an enterprise would type, taken from the plan's text in Chinese and their
 * English renderings, must find the right page in the top 3 of Pagefind's results: technologies
 * (their sector), short forms and aliases (content/search-aliases.json), parts of words, English
 * singular and plural, two words of different kinds, clauses (measures/ and policy/ anchors). The
 * Traditional edition, converted from the Simplified one, is searched in Traditional and, through its
 * search page (which converts the query with the edition's character map), in Simplified. A query in
 * another edition's script gets an offer to search that edition.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { page as distPage } from '../support/dist.ts';

type Query = [query: string, expected: string[]];
const c = (slug: string) => `clusters/${slug}/`;
const f = (slug: string) => `future-industries/${slug}/`;
const z = (slug: string) => `zones/${slug}/`;
const d = (slug: string) => `departments/${slug}/`;
/** A measure's or the document's own paragraph, at its anchor. */
const m = (id: string) => `measures/#${id}`;
const p = (id: string) => `policy/#${id}`;
const q = (id: string) => `questions/#${id}`;

const ZH: Query[] = [
  ['碳化硅', [c('semiconductors'), c('new-materials')]],
  ['氮化镓', [c('semiconductors')]],
  ['晶圆级封装', [c('semiconductors')]],
  ['车规级半导体', [c('semiconductors')]],
  ['光刻胶', [c('new-materials')]],
  ['高温合金', [c('new-materials')]],
  ['超导磁体', [c('new-materials')]],
  ['无人机', [c('low-altitude-economy')]],
  ['eVTOL', [c('low-altitude-economy')]],
  ['飞行汽车', [c('low-altitude-economy')]],
  ['飞控系统', [c('low-altitude-economy')]],
  ['虚拟现实', [c('electronic-information')]],
  ['图像传感器', [c('electronic-information')]],
  ['智能移动终端', [c('electronic-information')]],
  ['数控机床', [c('high-end-equipment')]],
  ['工业母机', [c('high-end-equipment')]],
  ['伺服电机', [c('high-end-equipment')]],
  ['新型储能', [c('new-energy')]],
  ['氢能', [c('new-energy'), f('frontier-materials')]],
  ['液流电池', [c('new-energy')]],
  ['干细胞', [c('biomedicine')]],
  ['体外诊断', [c('biomedicine')]],
  ['医疗器械', [c('biomedicine')]],
  ['大模型', [c('artificial-intelligence')]],
  ['算力', [c('artificial-intelligence')]],
  ['卫星通信', [f('6g')]],
  ['可见光通信', [f('6g')]],
  ['纳米材料', [f('frontier-materials')]],
  ['稀土', [f('frontier-materials')]],
  ['机器视觉', [f('embodied-intelligence')]],
  ['合成生物学', [f('future-health')]],
  ['未来食品', [f('future-health')]],
  ['谢岗', [c('high-end-equipment'), c('low-altitude-economy')]],
  ['凤岗', [c('artificial-intelligence')]],
  ['茶山', [f('future-health')]],
  // Departments by their short forms, and what they lead.
  ['发改局', [d('development-reform')]],
  ['工信局', [d('industry-it')]],
  ['科技局', [d('science-technology')]],
  ['人社局', [d('human-resources')]],
  ['国资委', [d('sasac')]],
  // Sectors by what people call them.
  ['芯片', [c('semiconductors')]],
  ['人工智能', [c('artificial-intelligence')]],
  ['AI', [c('artificial-intelligence')]],
  ['电动汽车', [c('new-energy')]],
  ['机器人', [f('embodied-intelligence'), c('high-end-equipment')]],
  // Places with and without 镇/街道, and a park's longer name.
  ['长安镇', [z('changan')]],
  ['谢岗镇', [z('xiegang')]],
  ['南城街道', [z('nancheng')]],
  ['东城', [z('dongcheng')]],
  ['松山湖高新区', [z('songshan-lake')]],
  // Parts of words.
  ['氮化', [c('semiconductors')]],
  ['碳化', [c('semiconductors'), c('new-materials')]],
  ['封装', [c('semiconductors')]],
  // Two words of different kinds: a place and a sector, a place and a technology.
  ['松山湖 半导体', [c('semiconductors')]],
  ['谢岗 无人机', [c('low-altitude-economy')]],
  ['塘厦 新型储能', [c('new-energy')]],
  // Clauses: measures and the general requirements, at their anchors.
  ['基金', [m('3.2')]],
  ['反向飞地', [m('3.4')]],
  // The 问答: a question as a reader puts it.
  ['英文版是官方文本吗', [q('english-official')]],
  ['专精特新', [m('3.9')]],
  ['指导思想', [p('1.1')]],
  // An enterprise's own words, for what the plan does not say (the 问答) and the sector of a product.
  ['补贴', [q('not-in-plan')]],
  ['资金', [q('is-there-money'), q('not-in-plan')]],
  ['扶持', [q('not-in-plan')]],
  ['申报', [q('not-in-plan')]],
  ['申请', [q('not-in-plan')]],
  ['土地', [q('not-in-plan')]],
  ['用地', [q('industrial-space'), q('not-in-plan')]],
  ['厂房', [q('industrial-space'), q('not-in-plan')]],
  ['联系', [q('whom-to-contact'), q('not-in-plan')]],
  ['电话', [q('whom-to-contact'), q('not-in-plan')]],
  ['咨询', [q('whom-to-contact'), q('not-in-plan')]],
  ['SiC', [c('semiconductors')]],
];

const EN: Query[] = [
  ['silicon carbide', [c('semiconductors'), c('new-materials')]],
  ['gallium nitride', [c('semiconductors'), c('new-materials')]],
  ['wafer-level packaging', [c('semiconductors')]],
  ['photoresists', [c('new-materials')]],
  ['drones', [c('low-altitude-economy')]],
  ['flying cars', [c('low-altitude-economy')]],
  ['virtual reality', [c('electronic-information')]],
  ['CNC machine tools', [c('high-end-equipment')]],
  ['servo motors', [c('high-end-equipment')]],
  ['hydrogen', [c('new-energy'), f('frontier-materials')]],
  ['energy storage', [c('new-energy')]],
  ['stem cells', [c('biomedicine')]],
  ['in vitro diagnostics', [c('biomedicine')]],
  ['large models', [c('artificial-intelligence')]],
  ['computing power', [c('artificial-intelligence')]],
  ['satellite communications', [f('6g')]],
  ['nanomaterials', [f('frontier-materials')]],
  ['machine vision', [f('embodied-intelligence')]],
  ['synthetic biology', [f('future-health')]],
  ['Xiegang', [c('high-end-equipment'), c('low-altitude-economy')]],
  // Singular and plural.
  ['drone', [c('low-altitude-economy')]],
  ['robot', [f('embodied-intelligence'), c('high-end-equipment')]],
  ['robots', [f('embodied-intelligence'), c('high-end-equipment')]],
  ['battery', [c('new-energy')]],
  ['batteries', [c('new-energy')]],
  ['chip', [c('semiconductors')]],
  ['chips', [c('semiconductors')]],
  // Short forms and aliases.
  ['AI', [c('artificial-intelligence')]],
  ['EV', [c('new-energy')]],
  ['electric vehicles', [c('new-energy')]],
  ['SASAC', [d('sasac')]],
  ['Xiegang Town', [z('xiegang')]],
  ['Nancheng Subdistrict', [z('nancheng')]],
  // Parts of words.
  ['semicond', [c('semiconductors')]],
  ['nitri', [c('semiconductors'), c('new-materials')]],
  // Two words of different kinds.
  ['Songshan Lake semiconductors', [c('semiconductors')]],
  ['Xiegang drones', [c('low-altitude-economy')]],
  // Clauses.
  ['industry fund', [m('3.2')]],
  ['reverse enclaves', [m('3.4')]],
  ['guiding thought', [p('1.1')]],
  ['Is the English version official', [q('english-official')]],
  // An enterprise's own words.
  ['subsidy', [q('not-in-plan')]],
  ['grant', [q('not-in-plan')]],
  ['land', [q('industrial-space'), q('not-in-plan')]],
  ['contact', [q('whom-to-contact'), q('not-in-plan')]],
  ['SiC', [c('semiconductors')]],
];

/** Traditional queries, written out here rather than converted by the code under test. */
const ZH_HANT: Query[] = [
  ['碳化硅', [c('semiconductors'), c('new-materials')]],
  ['氮化鎵', [c('semiconductors')]],
  ['晶圓級封裝', [c('semiconductors')]],
  ['無人機', [c('low-altitude-economy')]],
  ['飛行汽車', [c('low-altitude-economy')]],
  ['數控機床', [c('high-end-equipment')]],
  ['新型儲能', [c('new-energy')]],
  ['幹細胞', [c('biomedicine')]],
  ['機器視覺', [f('embodied-intelligence')]],
  ['合成生物學', [f('future-health')]],
  ['發改局', [d('development-reform')]],
  ['工信局', [d('industry-it')]],
  ['電動汽車', [c('new-energy')]],
  ['長安鎮', [z('changan')]],
  ['南城街道', [z('nancheng')]],
  ['松山湖高新區', [z('songshan-lake')]],
  ['松山湖 半導體', [c('semiconductors')]],
  ['謝崗 無人機', [c('low-altitude-economy')]],
  ['專精特新', [m('3.9')]],
  ['指導思想', [p('1.1')]],
  ['補貼', [q('not-in-plan')]],
  ['資金', [q('is-there-money'), q('not-in-plan')]],
  ['申報', [q('not-in-plan')]],
  ['土地', [q('not-in-plan')]],
  ['廠房', [q('industrial-space'), q('not-in-plan')]],
  ['聯繫', [q('whom-to-contact'), q('not-in-plan')]],
  ['諮詢', [q('whom-to-contact'), q('not-in-plan')]],
  ['SiC', [c('semiconductors')]],
];

/** Simplified queries on the Traditional edition's search page: what a reader used to the original types. */
const ZH_HANT_FROM_SIMPLIFIED: Query[] = [
  ['碳化硅', [c('semiconductors'), c('new-materials')]],
  ['无人机', [c('low-altitude-economy')]],
  ['松山湖 半导体', [c('semiconductors')]],
  ['氮化镓', [c('semiconductors')]],
  ['数控机床', [c('high-end-equipment')]],
  ['发改局', [d('development-reform')]],
  ['长安镇', [z('changan')]],
  ['谢岗 无人机', [c('low-altitude-economy')]],
  ['专精特新', [m('3.9')]],
  ['补贴', [q('not-in-plan')]],
  ['厂房', [q('industrial-space'), q('not-in-plan')]],
];

/** content/search-aliases.json's whole words of the English edition, as editors list them. */
const wholeWords = (JSON.parse(readFileSync('content/search-aliases.json', 'utf8')) as { wholeWords: { en: string[] } }).wholeWords.en;

const site = siteInBrowser();
const pages: Record<string, Page> = {};
const outcomes: boolean[] = [];

beforeAll(async () => {
  for (const locale of ['zh', 'en', 'zh-hant']) {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${locale}/search/`);
    pages[locale] = page;
  }
});

afterAll(() => {
  const hits = outcomes.filter(Boolean).length;
  console.log(`search quality: ${hits}/${outcomes.length} queries found their sector page in the top 3 (${((100 * hits) / outcomes.length).toFixed(1)}%)`);
});

/**
 * The top 3 result paths for a query, straight from Pagefind's JS API in the page's language. The
 * code is passed as a string: vitest would otherwise rewrite its dynamic import for Node.
 */
const resultPaths = (page: Page, query: string, count: number): Promise<string[]> =>
  page.evaluate(`(async () => {
    const bundle = document.querySelector('[data-search-form]').dataset.bundle;
    const pagefind = await import(bundle + 'pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, ${count}).map((r) => r.data()));
    return data.map((d) => { const url = new URL(d.url, location.href); return url.pathname + url.hash; });
  })()`);
const top3 = (page: Page, query: string) => resultPaths(page, query, 3);

/**
 * The top 3 results the search page shows for a query typed into its box: the query goes through
 * the page's own code (on the Traditional edition, its conversion of Simplified characters).
 */
const top3Shown = async (page: Page, query: string): Promise<string[]> => {
  await page.fill('#search-query', '');
  await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent);
  await page.fill('#search-query', query);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent);
  return page.$$eval('[data-search-results] > li h2 a', (links) =>
    links.slice(0, 3).map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
};

/** A found path is the expected page: at its anchor when one is expected, else anywhere on it. */
const isExpected = (path: string, locale: string, expected: string[]) =>
  expected.some((e) => (e.includes('#') ? path : path.split('#')[0]!).endsWith(`/${locale}/${e}`));

describe.each([
  ['zh', ZH],
  ['en', EN],
  ['zh-hant', ZH_HANT],
] as const)('%s search', (locale, queries) => {
  it.each(queries)('"%s" finds its page in the top 3', async (query, expected) => {
    const found = await top3(pages[locale]!, query);
    const hit = found.some((path) => isExpected(path, locale, expected));
    outcomes.push(hit);
    expect(hit, `${query} → ${found.join(', ')}`).toBe(true);
  });
});

/** Every result the search page shows for a query typed into its box ("more" pressed until all are there), with its excerpt's marked words, and the count it announces. */
async function allShown(page: Page, query: string): Promise<{ paths: string[]; marked: string[]; announced: string }> {
  await page.fill('#search-query', '');
  await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent);
  await page.fill('#search-query', query);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  const paths = await page.$$eval('[data-search-results] > li h2 a', (links) => links.map((a) => { const url = new URL((a as HTMLAnchorElement).href); return url.pathname + url.hash; }));
  const marked = await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent ?? ''));
  return { paths, marked, announced: await page.locator('[data-search-status]').innerText() };
}

/** The text a result path stands for in dist/: its search record where the anchor names one, else its page. */
function recordText(path: string): string {
  const [file, anchor] = decodeURIComponent(path).split('#') as [string, string?];
  const page = distPage(`${file.slice(1)}index.html`);
  return ((anchor && page.querySelector(`[data-search-record="${anchor}"]`)) || page).structuredText;
}

/** A word and its English inflections, in any case: subsidy, subsidies (from either); EV, EVs. */
const inflections = (word: string) => {
  const singular = word.replace(/ies$/iu, 'y');
  return singular.endsWith('y') ? `${singular.slice(0, -1)}(?:y|ies)` : `${singular}(?:s|es|ed|ing)?`;
};
/** The word or an inflection standing whole in a text. */
const inflected = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${inflections(word)}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Pagefind takes every query word as the beginning of longer words (it stems subsidy to subsidi, which
 * begins "subsidiaries"; EV begins "every"). The words of content/search-aliases.json wholeWords keep to
 * themselves on the search page: the engine alone lists a record without the word (so each entry is
 * needed), the page shows only records that have it, marks only it in the excerpts, and announces the
 * count it shows. Other words still find the words they begin.
 */
describe('a whole word typed into the search page', () => {
  it.each(wholeWords)('"%s" finds that word and its inflections, not longer words beginning with it', async (query) => {
    const word = inflected(query);
    const raw = await resultPaths(pages.en!, query, 100);
    expect(raw.some((path) => !word.test(recordText(path))), `${query}: the engine alone lists a record without the word`).toBe(true);
    const { paths, marked, announced } = await allShown(pages.en!, query);
    expect(paths.length, query).toBeGreaterThan(0);
    for (const path of paths) expect(word.test(recordText(path)), `${query} → ${path}`).toBe(true);
    // Pagefind marks a word with the stops next to it.
    for (const mark of marked) expect(mark.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), query).toMatch(new RegExp(`^${inflections(query)}$`, 'iu'));
    expect(announced, query).toMatch(new RegExp(`(?<!\\d)${paths.length}(?!\\d)`, 'u'));
  });

  it('lists the answers on subsidies first and not the measure that speaks only of subsidiaries', async () => {
    expect(recordText('/en/measures/#3.9')).toMatch(/subsidiar/iu);
    const { paths } = await allShown(pages.en!, 'subsidy');
    expect(paths[0]).toBe('/en/questions/#not-in-plan');
    expect(paths).not.toContain('/en/measures/#3.9');
  });

  it.each(['semicond', 'biomedical', 'tech'])('"%s", not in the list, still finds the words it begins', async (query) => {
    const { paths } = await allShown(pages.en!, query);
    expect(paths.some((path) => !inflected(query).test(recordText(path))), paths.join(', ')).toBe(true);
  });
});

/**
 * An enterprise's words lead to the finder as well as to the clauses and answers above: it is among the
 * first five results for each, in every edition (its words: content/search-aliases.json, needs and pages).
 */
const ENTERPRISE_WORDS = {
  zh: ['补贴', '资金', '扶持', '申报', '申请', '土地', '用地', '厂房', '联系', '电话', '咨询'],
  en: ['subsidy', 'grant', 'land', 'contact'],
  'zh-hant': ['補貼', '資金', '扶持', '申報', '申請', '土地', '用地', '廠房', '聯繫', '電話', '諮詢'],
} as const;
describe.each(Object.entries(ENTERPRISE_WORDS))('%s: an enterprise’s words', (locale, words) => {
  it.each(words)('"%s" lists the finder among the first five results', async (query) => {
    const found = await resultPaths(pages[locale as keyof typeof pages]!, query, 5);
    expect(found.some((path) => path.startsWith(`/${locale}/for-enterprises/`)), `${query} → ${found.join(', ')}`).toBe(true);
  });
});

/** 用地 (land for use) is what a company asks about; the About page only mentions it in passing and must not come first. */
it.each([
  ['zh', '用地'],
  ['zh-hant', '用地'],
  ['en', 'land'],
] as const)('on the %s edition, "%s" finds the plan before the About page', async (locale, query) => {
  const found = await resultPaths(pages[locale]!, query, 5);
  expect(found.length).toBeGreaterThan(0);
  expect(found[0], found.join(', ')).not.toMatch(/\/about\//u);
});

describe('zh-hant search page, Simplified query', () => {
  it.each(ZH_HANT_FROM_SIMPLIFIED)('"%s" finds its Traditional page in the top 3', async (query, expected) => {
    const found = await top3Shown(pages['zh-hant']!, query);
    const hit = found.some((path) => isExpected(path, 'zh-hant', expected));
    outcomes.push(hit);
    expect(hit, `${query} → ${found.join(', ')}`).toBe(true);
  });

  it('fetches the character map only once a query has a Chinese character', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/characters.json')) fetched.push(request.url());
    });
    await page.goto(`${site.server.url}zh-hant/search/?q=drones`);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent);
    expect(fetched).toEqual([]);
    await page.fill('#search-query', '无人机');
    await page.waitForFunction(() => document.querySelector('[data-search-results] a'));
    expect(fetched).toEqual([`${site.server.url}zh-hant/search/characters.json`]);
    await page.close();
  });
});

it('has at least 40 queries', () => {
  expect(ZH.length + EN.length).toBeGreaterThanOrEqual(40);
});

describe('a query in another edition\'s script', () => {
  const searchOf = (locale: string, query: string) => `/${locale}/search/?q=${encodeURIComponent(query)}`;
  it.each([
    ['zh', 'drones', [searchOf('en', 'drones')]],
    ['zh-hant', 'drones', [searchOf('en', 'drones')]],
    ['en', '无人机', [searchOf('zh', '无人机'), searchOf('zh-hant', '无人机')]],
  ] as const)('on the %s search page, "%s" gets an offer to search the editions written in its script', async (locale, query, targets) => {
    const page = pages[locale]!;
    await page.fill('#search-query', '');
    await page.fill('#search-query', query);
    const offers = page.locator('[data-search-offers] a');
    await offers.first().waitFor();
    const links = await offers.evaluateAll((links) =>
      links.map((a) => ({ href: (a as HTMLAnchorElement).href, hreflang: a.getAttribute('hreflang'), text: a.textContent ?? '', langs: [...a.querySelectorAll('span[lang]')].map((s) => s.getAttribute('lang')) })),
    );
    expect(links.map((l) => new URL(l.href).pathname + new URL(l.href).search)).toEqual(targets);
    for (const link of links) {
      expect(link.text).toContain(query);
      // The edition's name and the query are in the edition's language.
      expect(link.langs).toEqual([link.hreflang, link.hreflang]);
    }
  });

  it.each([
    ['zh', '無人機'],
    ['zh-hant', '无人机'],
  ] as const)('makes no offer on the %s page for a query in its own script (%s)', async (locale, query) => {
    const page = pages[locale]!;
    await page.fill('#search-query', '');
    await page.fill('#search-query', query);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent);
    expect(await page.locator('[data-search-offers] a').count()).toBe(0);
  });
});
