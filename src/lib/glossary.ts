/**
 * The bilingual glossary (content/glossary.json) and the linking of a term's first use on a page.
 * Linking splits text into plain and term segments without changing a character, so the Chinese
 * text stays verbatim.
 */
import type { Locale } from './policy-model.ts';
import { CJK, compact } from './text.ts';

export interface GlossaryTerm {
  slug: string;
  zh: string;
  en: string;
  zhNote: string;
  enNote: string;
  /** Other accepted English forms of the rendering: inflections, the term without its abbreviation. */
  enForms?: string[];
  /** English that must not render the term (a tempting but wrong rendering). */
  enAvoid?: string[];
}

export type Segment = { text: string; term?: GlossaryTerm };

export class GlossaryError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'GlossaryError';
  }
}

/** Each term must be used in the plan as written (so a page can link it), in both languages. */
export function checkGlossary(terms: GlossaryTerm[], planText: string, file: string): GlossaryTerm[] {
  const problems: string[] = [];
  const plan = compact(planText);
  const seen = new Set<string>();
  terms.forEach((term, i) => {
    const where = `entry ${i + 1} (${term.slug || 'no slug'})`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(term.slug)) problems.push(`${where}: "slug" must be lowercase words joined by hyphens`);
    if (seen.has(term.slug)) problems.push(`${where}: slug used twice`);
    seen.add(term.slug);
    for (const field of ['zh', 'en', 'zhNote', 'enNote'] as const) {
      if (!term[field]?.trim()) problems.push(`${where}: "${field}" is empty`);
    }
    if (term.zh && !plan.includes(compact(term.zh))) problems.push(`${where}: "${term.zh}" does not occur in the plan`);
    for (const field of ['enForms', 'enAvoid'] as const) {
      const list = term[field];
      if (list !== undefined && (!Array.isArray(list) || list.some((form) => typeof form !== 'string' || !form.trim()))) {
        problems.push(`${where}: "${field}" must be a list of non-empty strings`);
      }
    }
    const english = [term.en, term.enNote, ...(term.enForms ?? []), ...(term.enAvoid ?? [])].join('\n');
    if (CJK.test(english)) problems.push(`${where}: the English fields contain Chinese characters`);
  });
  if (problems.length) throw new GlossaryError(file, problems);
  return terms;
}

/** Curly and straight quotes compare equal, and English compares case-insensitively; lengths are kept. */
const searchable = (text: string, locale: Locale) =>
  locale === 'zh' ? text.normalize('NFKC') : text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").toLowerCase();

/**
 * Splits text so that the first use on the page of each glossary term not yet in `used` becomes a
 * term segment; `used` is updated. Longer terms win where two start at the same place.
 */
export function linkTerms(text: string, terms: readonly GlossaryTerm[], locale: Locale, used: Set<string>): Segment[] {
  const haystack = searchable(text, locale);
  // NFKC may change a string's length; only link when it did not, so indices stay true.
  if (haystack.length !== text.length) return [{ text }];
  const hits = terms
    .filter((term) => !used.has(term.slug))
    .map((term) => ({ term, at: haystack.indexOf(searchable(term[locale], locale)), length: term[locale].length }))
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
