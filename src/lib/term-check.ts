/**
 * One term, one rendering: wherever the Chinese of a text uses a glossary term, a key area or a
 * department, its English must use the English rendering kept for that name (or one of its accepted
 * forms) and none of the renderings the glossary rules out. Names and renderings come only from
 * content/glossary.json, content/zones.json and content/departments.json.
 */
import type { GlossaryTerm } from './glossary.ts';
import type { NamedEntity } from './policy-model.ts';
import { compact } from './text.ts';

export interface Rendering {
  /** Where the rendering is kept, for messages: `glossary "hub"`, `content/zones.json "binhaiwan"`. */
  source: string;
  zh: string;
  /** The English forms that render it; a text must contain one of them. */
  en: string[];
  /** English that must not stand for it. */
  avoid: string[];
}

/** One text in both languages, named for messages: `content/policy.en.json: paragraph "2.1.5" text`. */
export interface TextPair {
  where: string;
  zh: string;
  en: string;
}

export function renderingsOf(
  { glossary, zones, departments }: { glossary: readonly GlossaryTerm[]; zones: readonly NamedEntity[]; departments: readonly NamedEntity[] },
  files: { zones: string; departments: string },
): Rendering[] {
  const entity = (file: string) => (e: NamedEntity) => ({ source: `${file} "${e.slug}"`, zh: e.zh, en: [e.en], avoid: [] });
  return [
    ...glossary.map((t) => ({ source: `glossary "${t.slug}"`, zh: t.zh, en: [t.en, ...(t.enForms ?? [])], avoid: t.enAvoid ?? [] })),
    ...zones.map(entity(files.zones)),
    ...departments.map(entity(files.departments)),
  ];
}

/** Quotes and apostrophes compare equal whether curly or straight; case is ignored. */
const englishForm = (text: string) => text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when `phrase` occurs in `text` as whole words (not inside a longer word). */
export function containsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(englishForm(phrase))}(?![\\p{L}\\p{N}])`, 'u').test(englishForm(text));
}

const quoted = (forms: readonly string[]) => forms.map((f) => `"${f}"`).join(' or ');

/** Every pair whose Chinese uses a name and whose English lacks its rendering, or uses a ruled-out one. */
export function termProblems(pairs: readonly TextPair[], renderings: readonly Rendering[]): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    const zh = compact(pair.zh);
    for (const r of renderings) {
      if (!zh.includes(compact(r.zh))) continue;
      if (!r.en.some((form) => containsPhrase(pair.en, form))) {
        problems.push(`${pair.where}: the Chinese has ${r.zh} but the English lacks ${quoted(r.en)} (${r.source})`);
      }
      for (const wrong of r.avoid.filter((w) => containsPhrase(pair.en, w))) {
        problems.push(`${pair.where}: "${wrong}" must not render ${r.zh}; use ${quoted(r.en)} (${r.source})`);
      }
    }
  }
  return problems;
}

export class TermError extends Error {
  constructor(problems: string[]) {
    super(`One term, one rendering: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'TermError';
  }
}

/** Throws a TermError naming every problem. */
export function checkTerms(pairs: readonly TextPair[], renderings: readonly Rendering[]): void {
  const problems = termProblems(pairs, renderings);
  if (problems.length) throw new TermError(problems);
}
