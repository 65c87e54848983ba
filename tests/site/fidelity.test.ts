import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/output-files.ts';
import { formatProblems, linkProblems, spamProblems } from '../../src/lib/output-checks.ts';
import { SEED_FILE } from '../../src/lib/load-policy.ts';
import { CJK, compact } from '../../src/lib/text.ts';
import { DIST, SECTOR_ROUTES, distFiles, mainText, page, pageFile, policy } from '../support/dist.ts';

const seedLines = readFileSync(SEED_FILE, 'utf8').split('\n');
/** The policy text of the seed: the lines between the page header and the print/close links. */
const policyLines = seedLines
  .slice(seedLines.findIndex((l) => l.startsWith('字体大小')) + 1, seedLines.findIndex((l) => l.includes('【打印本页】')))
  .filter((l) => l.trim() !== '');
const sectorLine = (title: string) => seedLines.find((l) => compact(l).includes(`${compact(title)}。`))!;

describe('the Chinese text, verbatim from the seed', () => {
  it('policy/ holds every line of the notice and the plan', () => {
    const text = compact(mainText(page(pageFile('zh', 'policy'))));
    expect(policyLines.length).toBeGreaterThan(40);
    for (const line of policyLines) expect(text, line).toContain(compact(line));
  });

  it.each(SECTOR_ROUTES)('zh %s holds its paragraph, and its breakdown quotes it', (route) => {
    const root = page(pageFile('zh', route));
    const index = SECTOR_ROUTES.indexOf(route);
    const sector = policy.document.sectors[index]!;
    const source = compact(root.querySelector('blockquote.source')!.textContent);
    expect(source).toBe(compact(sectorLine(sector.title)));
    const quoted = root.querySelectorAll('[data-breakdown=quoted] li').map((li) => compact(li.textContent));
    expect(quoted.length).toBeGreaterThan(4);
    for (const item of quoted) expect(source).toContain(item);
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
