/**
 * Search quality: terms an enterprise would type, taken from the plan's text in Chinese and their
 * English renderings, must find the right sector page in the top 3 of Pagefind's results.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';

type Query = [query: string, expected: string[]];
const c = (slug: string) => `clusters/${slug}/`;
const f = (slug: string) => `future-industries/${slug}/`;

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
];

const site = siteInBrowser();
const pages: Record<string, Page> = {};
const outcomes: boolean[] = [];

beforeAll(async () => {
  for (const locale of ['zh', 'en']) {
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
const top3 = (page: Page, query: string): Promise<string[]> =>
  page.evaluate(`(async () => {
    const bundle = document.querySelector('[data-search-form]').dataset.bundle;
    const pagefind = await import(bundle + 'pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname);
  })()`);

describe.each([
  ['zh', ZH],
  ['en', EN],
] as const)('%s search', (locale, queries) => {
  it.each(queries)('"%s" finds its sector in the top 3', async (query, expected) => {
    const found = await top3(pages[locale]!, query);
    const hit = found.some((path) => expected.some((e) => path.endsWith(`/${locale}/${e}`)));
    outcomes.push(hit);
    expect(hit, `${query} → ${found.join(', ')}`).toBe(true);
  });
});

it('has at least 40 queries', () => {
  expect(ZH.length + EN.length).toBeGreaterThanOrEqual(40);
});
