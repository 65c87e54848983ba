/**
 * The glossary (content/glossary.json): each term and a short note in every authored edition, and
 * the linking of a term's first use on a page. Linking splits text into plain and term segments
 * without changing a character, so the Chinese text stays verbatim.
 */
import type { Localized } from '../document/content-data.ts';
import { type Locale, TRANSLATED_LOCALES, localeInfo, scriptProblem } from './locales.ts';
import { compact } from '../document/text.ts';

export interface GlossaryData {
  slug: string;
  term: Localized;
  /** Per translated edition: other accepted forms of the rendering (inflections, the term without its abbreviation). */
  forms?: Record<string, string[]>;
  /** Per translated edition: renderings that must not stand for the term (tempting but wrong). */
  avoid?: Record<string, string[]>;
  note: Localized;
}

/** A glossary term as pages use it: its words in one edition. */
export interface LinkableTerm {
  slug: string;
  words: string;
}

export type Segment = { text: string; term?: LinkableTerm };

/** Problems of the optional lists of forms: one list of non-empty strings per translated edition, in its script. */
export function glossaryFormProblems(term: GlossaryData): string[] {
  return (['forms', 'avoid'] as const).flatMap((field) =>
    Object.entries(term[field] ?? {}).flatMap(([locale, list]) => {
      if (!TRANSLATED_LOCALES.includes(locale as Locale)) return [`"${field}.${locale}": "${locale}" is not a translated edition (${TRANSLATED_LOCALES.join(', ')})`];
      if (!Array.isArray(list) || list.some((form) => typeof form !== 'string' || !form.trim())) return [`"${field}.${locale}" must be a list of non-empty strings`];
      return list.flatMap((form) => {
        const problem = scriptProblem(form, localeInfo(locale).script);
        return problem ? [`"${field}.${locale}": "${form}" ${problem}`] : [];
      });
    }),
  );
}

/** Problems of a term that the plan does not use as written (a page could never link it). */
export function glossaryUseProblems(terms: readonly GlossaryData[], original: string, planText: string): string[] {
  const plan = compact(planText);
  return terms.flatMap((term, i) =>
    term.term[original] && !plan.includes(compact(term.term[original])) ? [`entry ${i + 1} (${term.slug}): "${term.term[original]}" does not occur in the plan`] : [],
  );
}

/** Curly and straight quotes compare equal, and letters compare case-insensitively; lengths are kept. */
const searchable = (text: string) => text.normalize('NFKC').replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").toLowerCase();

/**
 * Splits text so that the first use on the page of each glossary term not yet in `used` becomes a
 * term segment; `used` is updated. Longer terms win where two start at the same place.
 */
export function linkTerms(text: string, terms: readonly LinkableTerm[], used: Set<string>): Segment[] {
  const haystack = searchable(text);
  // NFKC may change a string's length; only link when it did not, so indices stay true.
  if (haystack.length !== text.length) return [{ text }];
  const hits = terms
    .filter((term) => !used.has(term.slug))
    .map((term) => ({ term, at: haystack.indexOf(searchable(term.words)), length: term.words.length }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at || b.length - a.length);

  const segments: Segment[] = [];
  let cursor = 0;
  for (const hit of hits) {
    if (hit.at < cursor || used.has(hit.term.slug)) continue;
    if (hit.at > cursor) segments.push({ text: text.slice(cursor, hit.at) });
    segments.push({ text: text.slice(hit.at, hit.at + hit.length), term: hit.term });
    used.add(hit.term.slug);
    cursor = hit.at + hit.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
