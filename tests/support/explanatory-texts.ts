/**
 * The site's explanatory texts read from content/ as the build reads them, for unit tests without
 * Astro: the sector pages' title, summary and body, the measure summaries, the 解读 and the 问答.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXPLAINED_FILE, QUESTIONS_FILE, checkExplained, checkQuestions } from '../../src/lib/explanations.ts';
import { AUTHORED_LOCALES, ORIGINAL } from '../../src/lib/locales.ts';
import { source } from './model.ts';

const SECTORS_DIR = 'content/sectors';

/** A one-line scalar of the front matter: plain, "double-quoted" (JSON escapes) or 'single-quoted'. */
function scalar(front: string, key: string, file: string): string {
  const value = new RegExp(`^${key}: (.*)$`, 'mu').exec(front)?.[1]?.trim();
  if (value === undefined) throw new Error(`${file}: no "${key}" in the front matter`);
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  return value;
}

/** Each sector page per authored edition: its file, front matter and body. */
export function sectorFiles() {
  const slugs = readdirSync(join(SECTORS_DIR, ORIGINAL)).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/u, ''));
  return slugs.map((slug) => {
    const page = Object.fromEntries(
      AUTHORED_LOCALES.map((locale) => {
        const file = join(SECTORS_DIR, locale, `${slug}.mdx`);
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(readFileSync(file, 'utf8')) ?? [];
        const data = { paragraph: scalar(front, 'paragraph', file), title: scalar(front, 'title', file), summary: scalar(front, 'summary', file) };
        return [locale, { file, data, body }];
      }),
    );
    return { slug, page };
  });
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

export function explanatoryTexts() {
  const sectors = sectorFiles().map(({ page }) => {
    const per = <T>(f: (p: (typeof page)[string]) => T) => Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, f(page[l]!)]));
    return { file: per((p) => p.file), paragraph: page[ORIGINAL]!.data.paragraph, summary: per((p) => p.data.summary), body: per((p) => p.body), name: per((p) => p.data.title) };
  });
  return {
    measureSummaries: source.measureSummaries,
    sectors,
    explained: checkExplained(readJson(EXPLAINED_FILE), AUTHORED_LOCALES),
    questions: checkQuestions(readJson(QUESTIONS_FILE), AUTHORED_LOCALES),
  };
}
