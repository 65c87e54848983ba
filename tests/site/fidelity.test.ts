import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/publish/output-files.ts';
import { formatProblems, linkProblems, spamProblems } from '../../src/lib/publish/output-checks.ts';
import { CJK, compact } from '../../src/lib/document/text.ts';
import { POLICY_LINES, SECTORS } from '../support/expected.ts';
import { DIST, SECTOR_ROUTES, distFiles, mainText, page, pageFile } from '../support/dist.ts';
import { toTraditional } from '../support/traditional.ts';

/** Each Chinese edition and how its text relates to the seed's: the original itself, and its OpenCC conversion. */
const CHINESE_EDITIONS = [
  ['zh', (text: string) => text],
  ['zh-hant', toTraditional],
] as const;

describe.each(CHINESE_EDITIONS)('the %s text, verbatim from the seed', (locale, fromSeed) => {
  it('policy/ holds every line of the notice and the plan', () => {
    const text = compact(mainText(page(pageFile(locale, 'policy'))));
    expect(POLICY_LINES.length).toBeGreaterThan(40);
    for (const line of POLICY_LINES) expect(text, line).toContain(compact(fromSeed(line)));
  });

  it.each(SECTOR_ROUTES)('%s holds its paragraph, and its breakdown quotes it', (route) => {
    const root = page(pageFile(locale, route));
    const source = compact(root.querySelector('blockquote.source')!.textContent);
    expect(source).toBe(compact(fromSeed(SECTORS[SECTOR_ROUTES.indexOf(route)]!.line)));
    const quoted = root.querySelectorAll('[data-breakdown=quoted] li').map((li) => compact(li.textContent));
    expect(quoted.length).toBeGreaterThan(4);
    for (const item of quoted) expect(source).toContain(item);
  });
});

describe('the 繁體 edition', () => {
  const pages = distFiles().filter((f) => f.path.startsWith('zh-hant/') && f.path.endsWith('.html'));
  it('leaves no Simplified form that OpenCC converts, outside text marked with another language', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const root = parse(file.text);
      for (const marked of root.querySelectorAll('[lang]:not(html)')) if (!marked.getAttribute('lang')!.startsWith('zh-Hant')) marked.remove();
      const text = root.querySelector('body')!.textContent + root.querySelector('title')!.textContent;
      const [chars, converted] = [[...text], [...toTraditional(text)]];
      const first = chars.findIndex((ch, i) => ch !== converted[i]);
      expect(first < 0 ? '' : `${file.path}: ${chars.slice(Math.max(0, first - 10), first + 10).join('')}`).toBe('');
    }
  });

  it("carries none of OpenCC's known wrong forms here, in its pages or its data (JSON, CSV, Akoma Ntoso)", () => {
    const outputs = distFiles().filter((f) => f.path.startsWith('zh-hant/') || f.path.startsWith('data/'));
    const traps = /一箇中|制造強|請徑向|傢俱/u;
    expect(outputs.filter((f) => traps.test(f.text)).map((f) => `${f.path}: ${traps.exec(f.text)![0]}`)).toEqual([]);
    const json = distFiles().find((f) => f.path === 'data/policy.json')!.text;
    for (const right of ['一個中試', '市製造強市', '請逕向']) expect(json).toContain(right);
  });
});

describe('the English pages', () => {
  const englishPages = distFiles().filter((f) => f.path.startsWith('en/') && f.path.endsWith('.html'));

  it('contain no Chinese outside elements marked with a Chinese lang', () => {
    expect(englishPages.length).toBeGreaterThan(15);
    for (const file of englishPages) {
      const root = parse(file.text);
      for (const marked of root.querySelectorAll('[lang^=zh]')) marked.remove();
      const text = root.querySelector('body')!.textContent + root.querySelector('title')!.textContent;
      expect(CJK.test(text) ? `${file.path}: ${text.match(new RegExp(`.{0,20}${CJK.source}.{0,20}`, 'u'))![0]}` : '').toBe('');
    }
  });
});

describe('every output file', () => {
  it('is free of spam terms and page chrome', () => {
    expect(formatProblems(spamProblems(distFiles()))).toBe('');
    for (const file of distFiles()) {
      for (const chrome of ['浏览次数', '字体大小:', '打印本页', '关闭窗口', '上一条', '下一条']) {
        expect(file.text.includes(chrome) ? `${file.path}: ${chrome}` : '').toBe('');
      }
    }
  });

  it('links only to files and anchors that exist', () => {
    expect(formatProblems(linkProblems(distFiles(), process.env.BASE ?? '/', listFiles(DIST)))).toBe('');
  });
});
