/**
 * Content carries text, never code: the rules of the content check (src/lib/checks/content-guard.ts, the
 * strict JSON reader, the public/ manifest, the comparison words), the output guard's script and head
 * checks, and the escaping of the open data, each rule with the input that trips it and one that must
 * not. The whole check is then run over copies of the project's content with one mistake each.
 * Builds that fail on these mistakes are tried in tests/site/content-mistakes.test.ts.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readableExcerpt } from '../../src/components/search-results.ts';
import { contentProblems } from '../../src/cli/check-content.ts';
import { aknEdition } from '../../src/lib/formats/akn-edition.ts';
import { characterFindings, codeFindings, isIssuerUrl, markupFindings, mdxCodeFindings } from '../../src/lib/checks/content-guard.ts';
import { isCalendarDate } from '../../src/lib/document/document-status.ts';
import { comparisonProblems } from '../../src/lib/editions/figure-check.ts';
import { checkSeedPin, loadPolicy } from '../../src/lib/document/load-policy.ts';
import { jsonFile, toCsv } from '../../src/lib/formats/open-data.ts';
import { cspFirst, cspHash, cspOwnHashes, headOrderProblems, scriptProblems } from '../../src/lib/publish/output-checks.ts';
import { IMAGE_BUDGET, PUBLIC_FILES, publicFileProblems } from '../../src/lib/publish/public-files.ts';
import { parseJsonStrict, scanJson } from '../../src/lib/checks/strict-json.ts';
import { testSite } from '../support/model.ts';
import { lineOf } from '../support/lines.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe('code in content', () => {
  it.each([
    ['<script>alert(1)</script>', '<script> element'],
    ['<SCRIPT src="/analytics.js"></SCRIPT>', '<script> element'],
    ['<iframe src="/zh/"></iframe>', '<iframe> element'],
    ['<object data="x"></object>', '<object> element'],
    ['<embed src="x">', '<embed> element'],
    ['<form action="/x"><input name="q"></form>', '<form> element'],
    ['<img src="a.png" onerror="alert(1)">', 'onerror= event handler'],
    ['<span style="color:red">x</span>', 'style= attribute'],
    ['[click](javascript:alert(1))', 'javascript: URL'],
    ['![x](data:image/png;base64,AAAA)', 'data: URL'],
    ['<a href="data:text/html,x">x</a>', 'data: URL'],
    ['![chart](http://img.example.com/chart.png)', 'address on another origin "http://img.example.com/chart.png"'],
    ['see //cdn.example.net/x.js', 'address on another origin "//cdn.example.net/x.js"'],
    ['<HTTP://localhost:8080/x>', 'address on another origin "HTTP://localhost:8080/x"'],
  ])('%s is found', (text, expected) => {
    expect(messages(codeFindings(text)).join('\n')).toContain(expected);
  });

  it('prose that looks like code is not: "data:", "on=", a slash, a less-than sign', () => {
    expect(codeFindings('Open data: JSON and CSV. Growth on = target. 2.5D/3D packaging. Share < 10% and http is a protocol.')).toEqual([]);
  });

  it('an issuer source is allowed only where the caller allows it, and only on the issuer\'s site', () => {
    const url = 'https://www.dg.gov.cn/gkmlpt/content/1/1.html';
    expect(codeFindings(url)).toHaveLength(1);
    const hosts = loadPolicy().profile.issuer.hosts;
    expect(codeFindings(url, (u) => isIssuerUrl(hosts, u))).toEqual([]);
    expect(isIssuerUrl(hosts, 'https://dg.gov.cn.evil.example/')).toBe(false);
    expect(isIssuerUrl(hosts, 'https://www.dg.gov.cn')).toBe(true);
    expect(isIssuerUrl(hosts, 'https://dg.gov.cn:8443/a')).toBe(true);
    expect(isIssuerUrl(['example.gov.cn'], 'https://www.dg.gov.cn/')).toBe(false);
  });

  it('offsets point at the fault', () => {
    const text = 'ok text <span style="x">';
    expect(codeFindings(text)[0]!.index).toBe(text.indexOf('style'));
  });

  it('markup and entities in a plain string, one finding per tag pair', () => {
    expect(messages(markupFindings('Guiding <b>Thought</b>'))).toEqual(['markup "<b>" in a text string: write plain text (the site escapes it and would show it as typed)']);
    expect(markupFindings('a &amp; b')).toHaveLength(1);
    expect(markupFindings('stray </i>')).toHaveLength(1);
    expect(markupFindings('less than < 10% and 《方案》')).toEqual([]);
  });

  it('MDX bodies: imports, exports, expressions and elements', () => {
    expect(messages(mdxCodeFindings('import X from "y"\n\nText {1 + 1}.\n\n<Chart />'))).toEqual([
      'MDX import statement: a sector page is Markdown text, never code',
      'MDX expression "{…}": a sector page is Markdown text, never code (write the text itself)',
      'element "<Chart />": a sector page is Markdown text, without HTML or components',
    ]);
    expect(mdxCodeFindings('Plain **Markdown** with a [link](../6g/), R&D and 5 < 6.')).toEqual([]);
    expect(messages(mdxCodeFindings('[x](&#106;avascript:alert(1)) &amp;'))).toEqual(['character reference "&#106;": write the character itself', 'character reference "&amp;": write the character itself']);
  });
});

describe('characters', () => {
  it.each([
    ['\u200b', 'zero-width character U+200B (ZERO WIDTH SPACE)'],
    ['\u2060', 'zero-width character U+2060 (WORD JOINER)'],
    ['\u202e', 'BIDI control U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    ['\u2066', 'BIDI control U+2066 (LEFT-TO-RIGHT ISOLATE)'],
    ['😀', 'emoji U+1F600'],
    ['\u2764\ufe0f', 'emoji U+2764'],
    ['\ue000', 'private-use character U+E000'],
    ['\u0007', 'control character U+0007'],
  ])('%j is found at its offset', (ch, expected) => {
    const found = characterFindings(`集群${ch}发展`);
    expect(found[0]!.message).toContain(expected);
    expect(found[0]!.index).toBe(2);
  });

  it('text signs and ordinary CJK text pass', () => {
    expect(characterFindings('© ® ™ 东莞 “quotes” — 30000亿元 2.5D/3D\tand\r\nlines')).toEqual([]);
  });
});

describe('strict JSON', () => {
  it('names a BOM as a BOM', () => {
    expect(() => parseJsonStrict('\uFEFF{}', 'content/zones.json')).toThrow('content/zones.json:1:1: starts with a byte order mark (BOM, U+FEFF)');
  });

  it('a key written twice fails with both lines, at any depth', () => {
    expect(() => parseJsonStrict('{\n  "a": {\n    "x": 1,\n    "x": 2\n  }\n}', 'f.json')).toThrow('f.json:4:5: key "x" is written twice in one object (first on line 3)');
    expect(() => parseJsonStrict('[{"x": 1}, {"x": 2}]', 'f.json')).not.toThrow();
  });

  it('keeps the syntax error\'s line and column', () => {
    expect(() => parseJsonStrict('{\n  "a": 1\n  "b": 2\n}', 'f.json')).toThrow(/^f\.json:3:3: not valid JSON/u);
  });

  it('walks strings with their paths', () => {
    const strings = scanJson('{"a": [{"b": "x\\u200b"}], "c": "y"}').strings.filter((s) => !s.isKey);
    expect(strings.map((s) => [s.path, s.value])).toEqual([['a.0.b', 'x\u200b'], ['c', 'y']]);
  });

  it('dates must be on the calendar', () => {
    expect(['2024-02-29', '2026-11-28'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2026-02-30', '2023-02-29', '2026-13-01', '2026-1-1', 20261128].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});

describe('public/ manifest', () => {
  const listed = PUBLIC_FILES.map((f) => ({ path: f.path, size: 100 }));

  it('the project\'s public/ passes, and every listed file has a purpose and a budget', () => {
    expect(publicFileProblems(listed)).toEqual([]);
    for (const file of PUBLIC_FILES) expect(file.purpose.length > 10 && file.budget > 0, file.path).toBe(true);
  });

  it('an unlisted script, an unlisted image with its size, a file over budget, a listed file gone', () => {
    const problems = publicFileProblems([...listed.filter((f) => f.path !== 'share.js'), { path: 'analytics.js', size: 300 }, { path: 'img/chart.png', size: 6 * 1024 * 1024 }]);
    expect(problems).toEqual([
      expect.stringMatching(/^public\/analytics\.js: a script this site does not ship \(300 bytes\), not listed in src\/lib\/publish\/public-files\.ts/u),
      expect.stringMatching(/^public\/img\/chart\.png: a file \(6\.0 MB\), not listed/u),
      'public/share.js: listed in src/lib/publish/public-files.ts but missing',
    ]);
    const image = { path: 'map.png', purpose: 'a map', budget: 10 * 1024 * 1024 };
    expect(publicFileProblems([{ path: 'map.png', size: IMAGE_BUDGET + 1 }], [image])).toEqual([
      `public/map.png: 300.0 KB (${IMAGE_BUDGET + 1} bytes), over its budget of 300.0 KB (images: at most 300 KB; compress or resize it)`,
    ]);
  });
});

describe('comparison words beside figures', () => {
  const chinese = '力争到2027年底,全市规模超千亿元的产业集群不少于7个,规上工业总产值超过30000亿元,工业投资年均增速不低于10%。';
  const english = 'We will strive to ensure that by the end of 2027 there are no fewer than 7 clusters each exceeding 100 billion yuan, output exceeds 3 trillion yuan and investment grows by no less than 10%.';

  it('a faithful translation passes', () => {
    expect(comparisonProblems('p', chinese, english)).toEqual([]);
  });

  it('"no more than" for 不少于 is one problem, naming the words', () => {
    expect(comparisonProblems('paragraph "1.2"', chinese, english.replace('no fewer than', 'no more than'))).toEqual([
      'paragraph "1.2": "no more than" sets a ceiling the Chinese does not (it has no 不超过, 不高于, 以下 or 以内): check the comparison word',
    ]);
  });

  it('a lost 力争 or 不低于 is named', () => {
    expect(comparisonProblems('p', chinese, english.replace('We will strive to ensure', 'We ensure')).join()).toContain('力争 occurs 1 time(s)');
    expect(comparisonProblems('p', chinese, english.replace('no less than 10%', '10%')).join()).toContain('不低于 occurs 1 time(s)');
  });

  it('a ceiling the Chinese states may be translated as one', () => {
    expect(comparisonProblems('p', '占比不超过10%', 'a share of no more than 10%')).toEqual([]);
  });
});

describe('escaped where they land', () => {
  it('CSV cells that a spreadsheet would run as formulas are neutralised', () => {
    const csv = toCsv(['a', 'b'], [['=HYPERLINK("http://x")', '+1'], ['-2', '@SUM(A1)'], ['plain, text', 7]]);
    expect(csv).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""http://x"")",\'+1\r\n\'-2,\'@SUM(A1)\r\n"plain, text",7\r\n');
  });

  it('Akoma Ntoso XML escapes a paragraph\'s markup characters', () => {
    const text = '<script>alert("x")</script> R&D';
    const [first, ...rest] = testSite.paragraphs.filter((p) => p.in.en.text);
    const xml = aknEdition({ ...testSite, paragraphs: [{ ...first!, in: { ...first!.in, en: { ...first!.in.en, text } } }, ...rest] }, 'en');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; R&amp;D');
    expect(xml).not.toContain('<script');
  });

  it('a search excerpt keeps Pagefind\'s <mark> and nothing else as markup', () => {
    expect(readableExcerpt('<mark>碳化硅</mark> <img src=x onerror=alert(1)> &lt;b&gt;', '。')).toBe('<mark>碳化硅</mark> &lt;img src=x onerror=alert(1)> &lt;b&gt;');
  });

  it('JSON files carry no raw < >, and read back the same', () => {
    const value = { text: '</script><b>R&D</b>\u2028' };
    const text = jsonFile(value);
    expect(text).not.toMatch(/[<>\u2028]/u);
    expect(text).toContain('R&D');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('scripts and head in the output', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('base64');
  const own = (path: string) => path.startsWith('_astro/') || path === 'reading-settings.js';
  const page = (head: string, body: string, hashes: string[] = []) => ({
    path: 'zh/index.html',
    text: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(' ')}">${head}</head><body>${body}</body></html>`,
  });

  it('accepts hashed inline scripts, JSON-LD and the build\'s own files', () => {
    const inline = 'console.log(1)';
    const files = [page('<script src="/reading-settings.js"></script><script type="application/ld+json">{"a":1}</script>', `<script type="module">${inline}</script><script type="module" src="../_astro/a.js"></script>`, [sha(inline)])];
    expect(scriptProblems(files, '/', own)).toEqual([]);
  });

  it('names an unhashed inline script, a stray file, another origin and broken JSON-LD', () => {
    const files = [page('<script type="application/ld+json">{oops</script>', '<script>alert(1)</script><script src="/analytics.js"></script><script src="https://cdn.example/x.js"></script>')];
    expect(scriptProblems(files, '/', own).map((p) => p.message)).toEqual([
      'JSON-LD script that is not JSON',
      "inline script whose hash the build did not put in the page's Content-Security-Policy: not one the build wrote",
      'script "/analytics.js" is not one the build wrote',
      'script "https://cdn.example/x.js" is not one the build wrote',
    ]);
  });

  it('the CSP <meta> is moved to directly after <meta charset>, and a head where it is not is named', () => {
    const late = '<html><head><meta charset="utf-8"><title>x</title><script src="/a.js"></script><meta http-equiv="content-security-policy" content="default-src \'self\'"></head></html>';
    const fixed = cspFirst(late);
    expect(fixed).toBe('<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>x</title><script src="/a.js"></script></head></html>');
    expect(cspFirst(fixed)).toBe(fixed);
    expect(headOrderProblems([{ path: 'a.html', text: late }, { path: 'b.html', text: fixed }]).map((p) => p.file)).toEqual(['a.html']);
  });

  it('the CSP keeps only the hashes of the page\'s own inline blocks, and never gains one', () => {
    const script = 'go()';
    const style = 'p{color:red}';
    const csp = `script-src 'self' ${cspHash(script)} ${cspHash('elsewhere()')}; style-src 'self' ${cspHash(style)} ${cspHash('q{}')};`;
    const html = (policy: string, body: string) => `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body>`;
    const narrowed = cspOwnHashes(html(csp, `<script>${script}</script><script>unhashed()</script>`));
    expect(narrowed).toBe(html(`script-src 'self' ${cspHash(script)}; style-src 'self' ${cspHash(style)};`, `<script>${script}</script><script>unhashed()</script>`));
    expect(scriptProblems([{ path: 'a.html', text: narrowed }], '/', () => true).map((p) => p.evidence)).toEqual(['<script>unhashed()</script>']);
  });
});

describe('the seed pin on a Windows checkout', () => {
  it('a seed with CRLF line endings names core.autocrlf and says how to restore it', () => {
    const { file, pins } = loadPolicy().capture;
    const seed = readFileSync(file);
    const crlf = Buffer.from(seed.toString('utf8').replace(/\n/gu, '\r\n'));
    expect(() => checkSeedPin(crlf, readFileSync(pins, 'utf8'), file, pins)).toThrow(/CRLF line endings: git converted them at checkout \(core\.autocrlf=true[\s\S]*rm -r seeds && git checkout -- seeds[\s\S]*rmdir \/s \/q seeds/u);
    expect(() => checkSeedPin(seed, readFileSync(pins, 'utf8').replace(/\n/gu, '\r\n'), file, pins)).not.toThrow();
  });
});

describe('the content check over the project', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** The problems after `edit` changed one file in a copy of the project's content, UI strings, public/ and seeds/. */
  function problemsAfter(file: string, edit: (text: string) => string): string[] {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    roots.push(root);
    for (const folder of ['content', 'seeds', 'public', 'src/locales']) cpSync(folder, join(root, folder), { recursive: true });
    const before = readFileSync(join(root, file), 'utf8');
    const after = edit(before);
    expect(after, `the edit of ${file}`).not.toBe(before);
    writeFileSync(join(root, file), after);
    return contentProblems(root);
  }
  const lineIn = (file: string, needle: string) => lineOf(readFileSync(file, 'utf8'), needle);

  it('passes as it is', () => {
    expect(contentProblems('.')).toEqual([]);
  });

  it('an issuer source URL in status.json passes; another origin there fails, naming the field', () => {
    const status = `${DEFAULT_DOCUMENT}/status.json`;
    expect(problemsAfter(status, (t) => t.replace('"status": "in-force",', '"status": "in-force",\n  "originalUrl": "https://www.dg.gov.cn/gkmlpt/content/10/10340/post_10340881.html",'))).toEqual([]);
    expect(problemsAfter(status, (t) => t.replace('"status": "in-force",', '"status": "in-force",\n  "originalUrl": "https://mirror.example.com/post.html",'))).toEqual([
      expect.stringMatching(/^content\/documents\/dong-fu-ban-2024-18\/status\.json:4:\d+: address on another origin "https:\/\/mirror\.example\.com\/post\.html".*\(field "originalUrl"\)$/u),
    ]);
  });

  it('a frontmatter key written twice fails with its line', () => {
    const file = `${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`;
    const problems = problemsAfter(file, (t) => t.replace(/^(title: .*)$/mu, '$1\n$1'));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${file}:${lineIn(file, 'title: ') + 1}:1: frontmatter is not valid YAML: Map keys must be unique`, 'u'))]);
  });

  it('a misspelt frontmatter key is one message with its line and the allowed keys', () => {
    const file = `${DEFAULT_DOCUMENT}/sectors/en/6g.mdx`;
    expect(problemsAfter(file, (t) => t.replace(/^title: /mu, 'titel: '))).toEqual([
      `${file}:${lineIn(file, 'title: ')}:1: unknown frontmatter key "titel" (the keys are paragraph, title, icon, summary, priorities, technologies)`,
    ]);
  });

  it('markup in a glossary note is one message naming the glossary line, nothing else', () => {
    const file = 'content/glossary.json';
    const problems = problemsAfter(file, (t) => t.replace('"en": "', '"en": "<b>bold</b> '));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${file}:${lineIn(file, '"en": "')}:\\d+: markup "<b>"`, 'u'));
  });

  it('a translated UI string with a script is named as code, once', () => {
    const problems = problemsAfter('src/locales/en.json', (t) => t.replace('"title": "About this site"', '"title": "About this site<script>alert(1)</script>"'));
    expect(problems).toEqual([expect.stringMatching(/^src\/locales\/en\.json:\d+:\d+: <script> element: content carries text, never code \(field "about\.title"\)$/u)]);
  });

  it('a date that is not on the calendar, and a comparison turned around, come from the data checks', () => {
    expect(problemsAfter(`${DEFAULT_DOCUMENT}/status.json`, (t) => t.replace(/"lastChecked": "[^"]+"/u, '"lastChecked": "2026-02-30"'))).toEqual([
      `${DEFAULT_DOCUMENT}/status.json: "lastChecked": "2026-02-30" is not a calendar date (YYYY-MM-DD)`,
    ]);
    expect(problemsAfter(`${DEFAULT_DOCUMENT}/policy.en.json`, (t) => t.replace('no fewer than', 'no more than'))).toEqual([
      expect.stringMatching(/^Figures in content\/documents\/dong-fu-ban-2024-18\/policy\.en\.json: paragraph "1\.2": "no more than" sets a ceiling/u),
    ]);
  });
});
