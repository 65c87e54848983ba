/**
 * One term, one rendering: wherever the original's text uses a glossary term, a key area or a
 * department, a translation must use the rendering kept for that name in its edition (or one of its
 * accepted forms) and none of the renderings the glossary rules out. Names and renderings come only
 * from content/glossary.json, content/zones.json and content/departments.json.
 */
import type { DepartmentData, ZoneData } from '../document/content-data.ts';
import type { GlossaryData } from './glossary.ts';
import { type Locale, ORIGINAL } from './locales.ts';
import { ProblemsError } from '../checks/problems.ts';
import { compact } from '../document/text.ts';

export interface Rendering {
  /** Where the rendering is kept, for messages: `glossary "hub"`, `content/zones.json "binhaiwan"`. */
  source: string;
  /** The name in the original. */
  original: string;
  /** The forms that render it in the translation; a text must contain one of them. */
  forms: string[];
  /** What must not stand for it. */
  avoid: string[];
}

/** One text in the original and a translation, named for messages: `content/documents/<id>/policy.en.json: paragraph "2.1.5" text`. */
export interface TextPair {
  where: string;
  original: string;
  translated: string;
}

/** The renderings of every glossary term, zone and department in one translated edition. */
export function renderingsOf(
  { glossary, zones, departments }: { glossary: readonly GlossaryData[]; zones: readonly ZoneData[]; departments: readonly DepartmentData[] },
  locale: Locale,
  files: { zones: string; departments: string },
): Rendering[] {
  const entity = (file: string) => (e: ZoneData | DepartmentData) => ({ source: `${file} "${e.slug}"`, original: e.name[ORIGINAL]!, forms: [e.name[locale]!], avoid: [] });
  return [
    ...glossary.map((t) => ({ source: `glossary "${t.slug}"`, original: t.term[ORIGINAL]!, forms: [t.term[locale]!, ...(t.forms?.[locale] ?? [])], avoid: t.avoid?.[locale] ?? [] })),
    ...zones.map(entity(files.zones)),
    ...departments.map(entity(files.departments)),
  ];
}

/** Quotes and apostrophes compare equal whether curly or straight; case is ignored. */
const comparable = (text: string) => text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when `phrase` occurs in `text` as whole words (not inside a longer word). */
export function containsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(comparable(phrase))}(?![\\p{L}\\p{N}])`, 'u').test(comparable(text));
}

const quoted = (forms: readonly string[]) => forms.map((f) => `"${f}"`).join(' or ');

/** Every pair whose original uses a name and whose translation lacks its rendering, or uses a ruled-out one. */
export function termProblems(pairs: readonly TextPair[], renderings: readonly Rendering[]): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    const original = compact(pair.original);
    for (const r of renderings) {
      if (!original.includes(compact(r.original))) continue;
      if (!r.forms.some((form) => containsPhrase(pair.translated, form))) {
        problems.push(`${pair.where}: the original has ${r.original} but the translation lacks ${quoted(r.forms)} (${r.source})`);
      }
      for (const wrong of r.avoid.filter((w) => containsPhrase(pair.translated, w))) {
        problems.push(`${pair.where}: "${wrong}" must not render ${r.original}; use ${quoted(r.forms)} (${r.source})`);
      }
    }
  }
  return problems;
}

/** Throws a ProblemsError naming every problem. */
export function checkTerms(pairs: readonly TextPair[], renderings: readonly Rendering[]): void {
  const problems = termProblems(pairs, renderings);
  if (problems.length) throw new ProblemsError('One term, one rendering', problems);
}
