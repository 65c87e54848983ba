/**
 * The glossary (content/glossary.json): each term and a short note in every authored edition, and
 * the linking of a term's first use on a page. Linking splits text into plain and term segments
 * without changing a character, so the Chinese text stays verbatim.
 */
import type { Localized } from './content-data.ts';
import { compact } from './text.ts';

export interface GlossaryData {
  slug: string;
  term: Localized;
  note: Localized;
}

/** A glossary term as pages use it: its words in one edition. */
export interface LinkableTerm {
  slug: string;
  words: string;
}

export type Segment = { text: string; term?: LinkableTerm };

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
