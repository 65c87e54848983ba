/**
 * The 政策解读 and 政策问答 pages in every edition, read from dist/: the six standard sections in
 * order, every item and answer with links to the paragraphs it cites (which exist on policy/), the
 * label that this is the site's unofficial reading, and at least 15 answered questions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, ORIGINAL } from '../../src/lib/editions/locales.ts';
import { page, pageFile } from '../support/dist.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

/** The sections government 解读 use, as issue 20 names them, and their English headings. */
const SECTIONS = ['背景依据', '目标任务', '主要内容', '适用范围', '关键词注释', '注意事项'];
const SECTION_IDS = ['background', 'goals', 'contents', 'scope', 'terms', 'notes'];
const UNOFFICIAL: Record<string, RegExp> = { zh: /非官方解读[\s\S]*以官方解读为准/u, 'zh-hant': /非官方解讀[\s\S]*以官方解讀為準/u, en: /unofficial reading[\s\S]*that explanation prevails/u };
const explained = JSON.parse(readFileSync(`${DEFAULT_DOCUMENT}/explained.json`, 'utf8')) as { id: string; items: { clauses: string[] }[] }[];
const questions = JSON.parse(readFileSync(`${DEFAULT_DOCUMENT}/questions.json`, 'utf8')) as { id: string; answer: { clauses: string[] } }[];

/** The paragraph ids a block of citations links to: …/policy/#2.1.3 → 2.1.3. */
const citedIds = (citation: ReturnType<typeof page>) => citation.querySelectorAll('a').map((a) => decodeURIComponent(a.getAttribute('href')!.split('#')[1] ?? ''));

describe.each(LOCALES)('政策解读 and 政策问答 (%s)', (locale) => {
  const policyIds = new Set(page(pageFile(locale, 'policy')).querySelectorAll('[id]').map((e) => e.id));

  it('explains the plan in the six standard sections, every item citing paragraphs that exist', () => {
    const root = page(pageFile(locale, 'explained'));
    expect(root.querySelectorAll('main section').map((s) => s.getAttribute('aria-labelledby'))).toEqual(SECTION_IDS);
    if (locale === ORIGINAL) expect(root.querySelectorAll('main section h2').map((h) => h.textContent.trim())).toEqual(SECTIONS);
    expect(root.querySelector('main [data-unofficial]')!.textContent).toMatch(UNOFFICIAL[locale]!);
    explained.forEach((section, i) => {
      const citations = root.querySelectorAll('main section')[i]!.querySelectorAll('.citation');
      expect(citations, section.id).toHaveLength(section.items.length);
      for (const citation of citations) {
        const ids = citedIds(citation);
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(policyIds.has(id), `${section.id} cites #${id}`).toBe(true);
      }
    });
  });

  it('answers at least 15 questions, each citing paragraphs that exist, listed at the top', () => {
    const root = page(pageFile(locale, 'questions'));
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(root.querySelector('main [data-unofficial]')!.textContent).toMatch(UNOFFICIAL[locale]!);
    const sections = root.querySelectorAll('main section');
    expect(sections.map((s) => s.getAttribute('aria-labelledby'))).toEqual(questions.map((q) => q.id));
    expect(root.querySelectorAll('main nav a').map((a) => a.getAttribute('href'))).toEqual(questions.map((q) => `#${q.id}`));
    sections.forEach((section, i) => {
      expect(section.querySelector('h2')!.textContent.trim().length).toBeGreaterThan(3);
      expect(section.querySelector('p')!.textContent.trim().length).toBeGreaterThan(10);
      const ids = citedIds(section.querySelector('.citation')!);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(policyIds.has(id), `${questions[i]!.id} cites #${id}`).toBe(true);
    });
  });

  it('is linked from the navigation and the home page', () => {
    for (const route of ['explained', 'questions']) {
      const href = `/${locale}/${route}/`;
      expect(page(pageFile(locale, 'glossary')).querySelectorAll('.primary-nav a').map((a) => a.getAttribute('href'))).toContain(href);
      expect(page(pageFile(locale, '')).querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(href);
    }
  });
});

it('the answers say plainly where the plan does not say, in every edition', () => {
  const silent = { zh: /方案没有写明|没有写明|未作规定/u, 'zh-hant': /方案沒有寫明|沒有寫明|未作規定/u, en: /the plan does not say|does not say/u } as Record<string, RegExp>;
  for (const locale of LOCALES) {
    const answers = page(pageFile(locale, 'questions')).querySelectorAll('main section p:not(.citation)').map((p) => p.textContent);
    expect(answers.filter((a) => silent[locale]!.test(a)).length, locale).toBeGreaterThanOrEqual(6);
  }
});
