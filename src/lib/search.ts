/** The kinds of page search tells apart; their labels are UI strings (searchKind.*). */
export const SEARCH_KINDS = ['cluster', 'future', 'measure', 'document', 'zone', 'department', 'guide'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** Pagefind weight of the site's own explanations (解读, answers): the plan's words rank above what we say about them. */
export const EXPLANATION_WEIGHT = 0.4;

/** URL parameters of the search page: the query, and one repeated parameter per facet. */
export const SEARCH_PARAMS = { query: 'q', facets: ['kind', 'zone', 'department'] } as const;

/** pagefind-entry.json as Pagefind writes it: per language (a page's lang, lowercased), its metadata hash and WebAssembly build. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * What Pagefind loads before it can search in a page's language, relative to its bundle: its
 * script first, its worker, the language's metadata and WebAssembly build ("unknown" for a language
 * it has no stemmer for). A lang with no index of its own falls back to its primary subtag's, as
 * Pagefind does; undefined when there is neither.
 */
export function pagefindStartFiles(entry: PagefindEntry, lang: string): string[] | undefined {
  const language = entry.languages[lang.toLowerCase()] ?? entry.languages[lang.toLowerCase().split('-')[0]!];
  return language && ['pagefind.js', 'pagefind-worker.js', `pagefind.${language.hash}.pf_meta`, `wasm.${language.wasm ?? 'unknown'}.pagefind`];
}
