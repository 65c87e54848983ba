import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { cacheVersion, editionList, kilobytes, pageAssets, urlPathOf, withImports } from '../../src/lib/publish/offline.ts';
import { qrPath } from '../../src/lib/formats/qr.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('qrPath', () => {
  it('draws exactly the dark modules of the code, row by row', () => {
    const url = 'https://www.example.gov.cn/policy/zh/clusters/semiconductors/';
    const { size, d } = qrPath(url);
    const drawn = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    // Replay the path: M x y.5 starts a row, m dx 0 skips, h n draws n modules.
    let x = 0;
    let y = 0;
    for (const [, op, a, b] of d.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/gu)) {
      if (op === 'M') [x, y] = [Number(a), Number(b) - 0.5];
      else if (op === 'm') x += Number(a);
      else for (let i = 0; i < Number(a); i += 1) drawn[y]![x++] = true;
    }
    expect(drawn).toEqual(encode(url, { ecc: 'M', border: 0 }).data);
  });
});

describe('offline editions', () => {
  const page = (extra = '') =>
    bytes(`<html lang="zh-CN"><head><script src="/reading-settings.js"></script><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/zh/"><link rel="alternate" href="/en/"></head><body>${extra}</body></html>`);
  const files = new Map<string, Uint8Array>([
    ['zh/index.html', page('<button data-tool="read-aloud"></button>')],
    ['zh/policy/index.html', page()],
    ['zh/search/index.html', page('<script type="module" src="/_astro/search.js"></script>')],
    ['en/index.html', page()],
    ['zh-hant/index.html', page()],
    ['zh-hant/search/index.html', page()],
    ['zh-hant/search/characters.json', bytes('{}')],
    ['reading-settings.js', bytes('x'.repeat(100))],
    ['read-aloud.js', bytes('y'.repeat(50))],
    ['favicon.svg', bytes('<svg/>')],
    ['_astro/search.js', bytes('s'.repeat(30))],
    ['pagefind/pagefind.js', bytes('p')],
    ['pagefind/pagefind-worker.js', bytes('w')],
    ['pagefind/pagefind-entry.json', bytes(JSON.stringify({ languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null }, en: { hash: 'en_2', wasm: 'en' }, 'zh-hant': { hash: 'zh-hant_3', wasm: null } } }))],
    ['pagefind/pagefind.zh-hant_3.pf_meta', bytes('m')],
    ['pagefind/index/zh-hant_c.pf_index', bytes('i')],
    ['pagefind/pagefind.zh-cn_1.pf_meta', bytes('m')],
    ['pagefind/pagefind.en_2.pf_meta', bytes('m')],
    ['pagefind/wasm.unknown.pagefind', bytes('u')],
    ['pagefind/wasm.en.pagefind', bytes('e')],
    ['pagefind/index/zh-cn_a.pf_index', bytes('i')],
    ['pagefind/index/en_b.pf_index', bytes('i')],
    ['pagefind/fragment/f1.pf_fragment', bytes('f')],
  ]);

  it('lists the pages of one language with what they load, and search apart', () => {
    const list = editionList(files, 'zh', 'zh-CN', '/');
    expect(new Set(list.files)).toEqual(new Set(['zh/', 'zh/policy/', 'reading-settings.js', 'favicon.svg', 'read-aloud.js']));
    expect(new Set(list.search)).toEqual(
      new Set(['zh/search/', '_astro/search.js', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.zh-cn_1.pf_meta', 'pagefind/wasm.unknown.pagefind', 'pagefind/index/zh-cn_a.pf_index', 'pagefind/fragment/f1.pf_fragment']),
    );
    const size = (paths: string[]) => paths.reduce((sum, p) => sum + files.get(p)!.byteLength, 0);
    expect(list.bytes).toBe(size(['zh/index.html', 'zh/policy/index.html', 'reading-settings.js', 'favicon.svg', 'read-aloud.js']));
    expect(kilobytes(1025)).toBe(2);
  });

  it('keeps an edition whose code extends another’s (zh-hant beside zh) apart, with its search data', () => {
    const list = editionList(files, 'zh-hant', 'zh-Hant', '/');
    expect(new Set(list.files)).toEqual(new Set(['zh-hant/', 'reading-settings.js', 'favicon.svg']));
    expect(list.search).toContain('zh-hant/search/characters.json');
    expect(list.search).toContain('pagefind/index/zh-hant_c.pf_index');
    expect(list.search.filter((p) => p.includes('zh-cn') || p.startsWith('zh/'))).toEqual([]);
  });

  it('reads assets under a sub-path base and names pages by their folder', () => {
    expect(pageAssets('<script src="/policy/page-tools.js"></script><img src="https://elsewhere.example/x.png">', '/policy/')).toEqual(['page-tools.js']);
    expect(urlPathOf('zh/policy/index.html')).toBe('zh/policy/');
    expect(urlPathOf('index.html')).toBe('');
  });

  it('follows what pages load on use: an inline script’s import(), data-module, and what those modules import', () => {
    const html = '<script type="module">el.addEventListener(`focus`,()=>import(`/policy/_astro/box.A1.js`))</script><button data-module="/policy/_astro/qr.B2.js"></button><script>import(x)</script>';
    expect(pageAssets(html, '/policy/')).toEqual(['_astro/qr.B2.js', '_astro/box.A1.js']);
    const modules = new Map([
      ['_astro/box.A1.js', bytes('import{a as e}from"./shared.C3.js";import("./later.D4.js")')],
      ['_astro/shared.C3.js', bytes('import"../elsewhere/deep.js";export const a=1')],
      ['_astro/later.D4.js', bytes('export default 1')],
      ['elsewhere/deep.js', bytes('')],
    ]);
    expect(withImports(['_astro/box.A1.js'], modules)).toEqual(['_astro/box.A1.js', '_astro/shared.C3.js', '_astro/later.D4.js', 'elsewhere/deep.js']);
  });

  it('fails with the file named when a page links a file the build did not write', () => {
    const broken = new Map(files).set('zh/index.html', page('<script src="/missing.js"></script>'));
    expect(() => editionList(broken, 'zh', 'zh-CN', '/')).toThrow(/missing\.js/u);
  });

  it('versions the cache by every file but the service worker', () => {
    const list = [...files].map(([path, b]) => ({ path, bytes: b }));
    const version = cacheVersion(list);
    expect(version).toMatch(/^[0-9a-f]{16}$/u);
    expect(cacheVersion([...list, { path: 'sw.js', bytes: bytes('anything') }])).toBe(version);
    expect(cacheVersion(list.map((f) => (f.path === 'zh/policy/index.html' ? { ...f, bytes: bytes('changed') } : f)))).not.toBe(version);
  });
});
