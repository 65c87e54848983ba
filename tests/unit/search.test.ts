/** Search's pure parts: the aliases file, the word marks of indexed Chinese text, the records a page makes, the preload hints, readable excerpts. */
import { describe, expect, it } from 'vitest';
import { readableExcerpt } from '../../src/components/search-results.ts';
import { pageRecords, preloadHints } from '../../src/integrations/pagefind.ts';
import { aliasesOf, checkSearchAliases } from '../../src/lib/search/search-aliases.ts';
import { markWords } from '../../src/lib/search/search.ts';

const KNOWN = { zones: ['changan', 'nancheng'], departments: ['development-reform'], sectors: ['semiconductors'], needs: ['funding'], pages: ['for-enterprises'] };
const LOCALES = ['zh', 'en'];

describe('search aliases', () => {
  const aliases = checkSearchAliases(
    {
      placeNames: { town: { zh: ['{{name}}镇'], en: ['{{name}} Town'] } },
      departments: { 'development-reform': { zh: ['发改局', '发改局'] } },
      zones: { changan: { en: ['Changan'] } },
      sectors: { semiconductors: { zh: ['芯片'], en: ['chips'] } },
    },
    'aliases.json',
    KNOWN,
    LOCALES,
  );

  it('has no whole words unless the file lists them', () => {
    expect(aliases.wholeWords).toEqual({});
  });

  it('gives an entity its words in a locale, without repeats, and a zone its other written forms', () => {
    expect(aliasesOf(aliases, 'departments', 'development-reform', 'zh')).toEqual(['发改局']);
    expect(aliasesOf(aliases, 'departments', 'development-reform', 'en')).toEqual([]);
    expect(aliasesOf(aliases, 'zones', 'changan', 'en', { name: "Chang'an", type: 'town' })).toEqual(['Changan', "Chang'an Town"]);
    expect(aliasesOf(aliases, 'zones', 'nancheng', 'zh', { name: '南城', type: 'subdistrict' })).toEqual([]);
  });

  it('names the file and every bad field', () => {
    const bad = { departments: { nobody: { zh: ['x'] } }, zones: { changan: { fr: ['y'], zh: [''] } }, sectors: { semiconductors: ['chips'] }, wholeWords: { en: ['subsidy', 'research and development', '补贴'] } };
    const message = (() => {
      try {
        checkSearchAliases(bad, 'aliases.json', KNOWN, LOCALES);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('aliases.json: 6 problem(s)');
    expect(message).toContain('wholeWords.en: "research and development" is not one word of Latin letters');
    expect(message).toContain('wholeWords.en: "补贴" is not one word of Latin letters');
    expect(message).toContain('departments.nobody: no such slug');
    expect(message).toContain('zones.changan.fr: not a locale of the site');
    expect(message).toContain('zones.changan.zh: expected a list of non-empty strings');
    expect(message).toContain('sectors.semiconductors: expected an object of word lists by locale');
  });
});

describe('page records', () => {
  const html = (parts: string) =>
    `<html lang="zh-CN"><main data-pagefind-body><span data-search-facets="page"><span data-pagefind-filter="kind:A"></span></span><h1>T</h1>${parts}</main></html>`;

  it('keeps a page without parts whole, at its URL', () => {
    expect(pageRecords('zh/x/index.html', html('<p>text</p>'))).toEqual([{ url: '/zh/x/', content: html('<p>text</p>') }]);
  });

  it('makes each marked part a record at its anchor, left out of the page and of the other parts', () => {
    const parts = '<div data-search-record="3.1"><h2 id="3.1">a</h2></div><div data-search-record="3.2"><h2 id="3.2">b</h2></div>';
    const [page, first, second] = pageRecords('zh/measures/index.html', html(parts));
    expect(page!.url).toBe('/zh/measures/');
    expect(page!.content).toContain('data-pagefind-ignore="all" data-search-record="3.1"');
    expect(page!.content).toContain('data-pagefind-ignore="all" data-search-record="3.2"');
    expect(first!.url).toBe('/zh/measures/#3.1');
    // Only the part is indexed: the page's own body mark is gone from <main>.
    expect(first!.content).toMatch(/<main(?![^>]*data-pagefind-body)[^>]*>/u);
    expect(first!.content).toContain('data-pagefind-body data-search-record="3.1"');
    expect(first!.content).toContain('data-pagefind-ignore="all" data-search-record="3.2"');
    expect(first!.content).toContain('data-pagefind-ignore="all" data-search-facets="page"');
    expect(second!.url).toBe('/zh/measures/#3.2');
  });

  it('fails on a part whose anchor is not on the page', () => {
    expect(() => pageRecords('zh/m/index.html', html('<div data-search-record="9"></div>'))).toThrow('zh/m/index.html: search records: no element with id="9"');
  });
});

describe('preload hints', () => {
  const entry = { languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null }, en: { hash: 'en_2', wasm: 'en' } } };
  it("name the engine, its worker and the page language's WASM and metadata", () => {
    expect(preloadHints('/sub/pagefind/', entry, 'zh-CN')).toBe(
      '<link rel="modulepreload" href="/sub/pagefind/pagefind.js"><link rel="preload" href="/sub/pagefind/pagefind-worker.js" as="fetch" crossorigin><link rel="preload" href="/sub/pagefind/pagefind.zh-cn_1.pf_meta" as="fetch" crossorigin><link rel="preload" href="/sub/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin>',
    );
    expect(preloadHints('/pagefind/', entry, 'en')).toContain('wasm.en.pagefind');
    expect(() => preloadHints('/pagefind/', entry, 'fr')).toThrow('no index for <html lang="fr">');
  });
});

describe('readable excerpts', () => {
  it('separates Chinese blocks with the stop and drops the spaces Pagefind adds between Chinese words', () => {
    expect(readableExcerpt('封测\u200b. \u200b集成\u200b电路\u200b设备\u200b. \u200b<mark>碳化硅</mark>\u200b。 \u200b发展', '。')).toBe('封测。集成电路设备。<mark>碳化硅</mark>。发展');
  });
  it('leaves English as it is, and starts at a word', () => {
    expect(readableExcerpt('Key points. <mark>Robots</mark> and drones.', '.')).toBe('Key points. <mark>Robots</mark> and drones.');
    expect(readableExcerpt('、高端靶材', '。')).toBe('高端靶材');
  });
});

describe('word marks for the index', () => {
  const Z = '\u200b';
  it('marks where Intl.Segmenter splits Chinese text, as pagefind.js splits a query, and nothing else', () => {
    const html = '<html lang="zh-Hant"><p class="反向">設立反向飛地</p><script>var a = "反向飛地";</script><p>AI 晶片</p></html>';
    const marked = markWords(html, 'zh-Hant');
    // The same words as the browser's segmenter finds, whatever they are in this ICU version.
    const words = [...new Intl.Segmenter('zh-Hant', { granularity: 'word' }).segment('設立反向飛地')].map((s) => s.segment);
    expect(words.length).toBeGreaterThan(1);
    expect(marked).toContain(`<p class="反向">${words.join(Z)}</p>`);
    expect(marked).toContain('<script>var a = "反向飛地";</script>');
    expect(marked).toContain('<p>AI 晶片</p>');
    expect(marked.replaceAll(Z, '')).toBe(html);
  });
  it('leaves languages Pagefind does not segment as they are', () => {
    const html = '<html lang="en"><p>反向飛地 reverse enclaves</p></html>';
    expect(markWords(html, 'en')).toBe(html);
  });
});
