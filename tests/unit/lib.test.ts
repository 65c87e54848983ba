import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/editions/i18n.ts';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { LOCALES, localeInfo, scriptProblem } from '../../src/lib/editions/locales.ts';
import { linkProblems, spamProblems } from '../../src/lib/publish/output-checks.ts';
import { findSpam } from '../../src/lib/checks/spam.ts';
import { chineseNumeral, compact, documentTitle, toChineseNumeral, typesetChinese } from '../../src/lib/document/text.ts';
import { ProblemsError } from '../../src/lib/checks/problems.ts';
import { checkTranslation } from '../../src/lib/editions/translation.ts';
import { absoluteUrl, pagePath } from '../../src/lib/site/urls.ts';

const source = loadPolicy();
const { document, translations } = source;
const english = translations.en!;

describe('text', () => {
  it('reads and writes Chinese numerals', () => {
    expect(['一', '九', '十', '十一', '二十'].map(chineseNumeral)).toEqual([1, 9, 10, 11, 20]);
    expect(chineseNumeral('百')).toBeUndefined();
    expect([1, 10, 12, 20].map(toChineseNumeral)).toEqual(['一', '十', '十二', '二十']);
  });

  it('typesets Chinese punctuation without changing the NFKC text', () => {
    const seedText = '各镇人民政府(街道办事处),市府直属各单位:';
    expect(typesetChinese(seedText)).toBe('各镇人民政府（街道办事处），市府直属各单位：');
    expect(compact(typesetChinese(seedText))).toBe(compact(seedText));
  });
});

describe('spam terms', () => {
  it('are found with their line, whatever the width or case', () => {
    expect(findSpam('ok\n３６５体育\nEUROPEAN CUP')).toEqual([
      { line: 2, term: '365体育' },
      { line: 3, term: 'European Cup' },
    ]);
    expect(spamProblems([{ path: 'a.html', text: '<p>唯一入口</p>' }])).toEqual([{ file: 'a.html', line: 1, message: 'spam term "唯一入口"', evidence: '唯一入口' }]);
  });
});

describe('URLs', () => {
  it('put every page under its locale and the base, with a trailing slash', () => {
    expect(pagePath('/', 'zh', '')).toBe('/zh/');
    expect(pagePath('/policy/', 'en', 'clusters/6g')).toBe('/policy/en/clusters/6g/');
    expect(pagePath('/sub', 'zh', 'policy/#2.1.3')).toBe('/sub/zh/policy/#2.1.3');
    expect(absoluteUrl('https://example.gov.cn', '/sub/zh/')).toBe('https://example.gov.cn/sub/zh/');
    expect(absoluteUrl(undefined, '/zh/')).toBeUndefined();
  });
});

describe('internal link check', () => {
  const files = [
    { path: 'zh/index.html', text: '<a href="/zh/policy/#1.1">x</a><a href="/zh/nope/">y</a><img src="/_astro/a.css"><a href="https://other.example/">z</a>' },
    { path: 'zh/policy/index.html', text: '<h3 id="1.1">x</h3><a href="#missing">m</a><a href="../">up</a>' },
  ];
  it('names each reference to a missing file or anchor, and only those', () => {
    expect(linkProblems(files, '/').map((p) => `${p.file}: ${p.message}`)).toEqual([
      'zh/index.html: link "/zh/nope/" names no file (zh/nope/index.html)',
      'zh/index.html: link "/_astro/a.css" names no file (_astro/a.css)',
      'zh/policy/index.html: link "#missing" names no id "missing" in zh/policy/index.html',
    ]);
  });
  it('resolves under a base path and rejects links that leave it', () => {
    const based = [{ path: 'zh/index.html', text: '<a href="/policy/zh/">self</a><a href="/zh/">out</a>' }];
    expect(linkProblems(based, '/policy/').map((p) => p.message)).toEqual(['link "/zh/" leaves the base path /policy/']);
  });
});

describe('the English translation', () => {
  it('keeps every figure of the Chinese text', () => {
    // 亿 is 10^8 yuan: the plan's amounts, in the words the English uses.
    const amounts: Record<string, string> = { '30000亿元': '3 trillion yuan', 千亿元: '100 billion yuan' };
    for (const b of document.blocks) {
      const zhText = `${b.title} ${b.text}`.normalize('NFKC');
      const enText = `${english[b.id]!.title ?? ''} ${english[b.id]!.text ?? ''}`;
      const words = Object.entries(amounts).filter(([zh]) => zhText.includes(zh)).map(([, en]) => en);
      const numbers = [...zhText.replace(/\d+亿元/g, '').replace(/\d{4}年\d+月\d+日/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
      for (const figure of [...words, ...numbers]) expect(enText, `${b.id}: ${figure}`).toContain(figure);
    }
    expect(english['notice.date']!.text).toBe('14 September 2024');
  });

  it('uses the brief’s terms', () => {
    const all = Object.values(english).map((e) => `${e.title ?? ''} ${e.text ?? ''}`).join('\n');
    for (const term of ['new quality productive forces', 'future industries', 'low-altitude economy', 'embodied intelligence', 'pilot-scale testing', 'reverse enclaves', 'industry above designated size', 'Guangdong–Hong Kong–Macao Greater Bay Area', 'chain-leading enterprises', 'Ten Ones']) {
      expect(all).toContain(term);
    }
  });

  it('is rejected when a paragraph lacks its translation, a key is unknown, Chinese is left in or a target has no label', () => {
    const broken = { ...english, 'plan.preamble': { text: '为深入贯彻' }, '9.9': { text: 'x' }, '1.2': { ...english['1.2']!, targets: {} } } as typeof english;
    delete broken['3.10'];
    expect(() => checkTranslation(broken, document, 'en', source.files.translation.en!)).toThrow(ProblemsError);
    try {
      checkTranslation(broken, document, 'en', source.files.translation.en!);
    } catch (error) {
      expect((error as Error).message).toMatch(/^content\/documents\/dong-fu-ban-2024-18\/policy\.en\.json: /);
      expect((error as Error).message).toMatch(/key "9\.9" is not a paragraph id/);
      expect((error as Error).message).toMatch(/paragraph "3\.10" has no translation/);
      expect((error as Error).message).toMatch(/paragraph "plan\.preamble" text contains letters outside the Latin script: 为深入贯彻/);
      expect((error as Error).message).toMatch(/paragraph "1\.2" field "targets": no label for target "output"/);
    }
  });
});

describe('scripts of the editions', () => {
  it('tell a text in its script from one that is not', () => {
    expect(scriptProblem('Songshan Lake, “Ten Ones”', 'Latin')).toBeUndefined();
    expect(scriptProblem('Café Zürich', 'Latin')).toBeUndefined();
    expect(scriptProblem('Songshan Lake（松山湖）', 'Latin')).toMatch(/outside the Latin script: 松山湖/);
    expect(scriptProblem('Songshan Lake，Binhaiwan', 'Latin')).toMatch(/Chinese punctuation/);
    expect(scriptProblem('电动垂直起降航空器(eVTOL)、6G', 'Han')).toBeUndefined();
    expect(scriptProblem('松山湖 Москва', 'Han')).toMatch(/outside the Han script: Москва/);
  });
});

describe('UI strings', () => {
  const files = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(`src/locales/${l}.json`, 'utf8')) as object]));
  it('are in the edition’s script', () => {
    for (const locale of LOCALES) {
      const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [String(v)]));
      expect(values(files[locale]!).map((v) => scriptProblem(v, localeInfo(locale).script)).filter(Boolean), locale).toEqual([]);
    }
  });
  it('fail loudly when missing', () => {
    expect(t('en', 'nav.home')).toBe('Home');
    expect(() => t('zh', 'nav.nothing')).toThrow(/Missing UI string "nav.nothing" in src\/locales\/zh.json/);
  });
});

describe('documentTitle', () => {
  it('keeps the full site name when it fits, else the short one, else the page title alone, never over 70 characters', () => {
    expect(documentTitle('Glossary', 'Dongguan Emerging and Future Industries Policy', 'Dongguan Industries Policy')).toBe('Glossary · Dongguan Emerging and Future Industries Policy');
    expect(documentTitle('Semiconductors and integrated circuits', 'Dongguan Emerging and Future Industries Policy', 'Dongguan Industries Policy')).toBe(
      'Semiconductors and integrated circuits · Dongguan Industries Policy',
    );
    const long = 'Talent Work Office of the CPC Dongguan Municipal Committee and more words';
    expect(documentTitle(long, 'Dongguan Emerging and Future Industries Policy', 'Dongguan Industries Policy')).toBe(long);
  });
});
