/** The kinds of page search tells apart; their labels are UI strings (searchKind.*). */
export const SEARCH_KINDS = ['cluster', 'future', 'measure', 'document', 'zone', 'department', 'guide'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** Pagefind weight of the site's own explanations (解读, answers): the plan's words rank above what we say about them. */
export const EXPLANATION_WEIGHT = 0.4;

/** One word of a Latin-script language as a reader types it: letters and digits, with inner hyphens or apostrophes. */
export const LATIN_WORD = /^[\p{N}'’-]*\p{Script=Latin}[\p{Script=Latin}\p{N}'’-]*$/u;

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

/** Languages whose words Pagefind finds with Intl.Segmenter at query time (as pagefind.js decides it). */
const SEGMENTED_LANGUAGES = ['zh', 'ja', 'th'];
const WORD_MARK = '\u200b';
const HAN = /\p{Script=Han}/u;

/**
 * The page as Pagefind should index it, for a language it segments: a zero-width space between the
 * words that Intl.Segmenter finds in each text, where two words of Chinese characters meet. Pagefind
 * splits the query with Intl.Segmenter but the indexed text with its own segmenter, and where the
 * two disagree a word on the page cannot be found (飛地: 反向|飛|地 in the query, 反向飛地 in the
 * index). Marked in advance, the index holds the query's words. The mark is invisible, and the
 * search interface removes it from excerpts and titles. Tags, attributes and scripts are untouched.
 */
export function markWords(html: string, lang: string): string {
  if (!SEGMENTED_LANGUAGES.includes(lang.toLowerCase().split('-')[0]!)) return html;
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let inScript = false;
  return html
    .split(/(<[^>]*>)/u)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(script|style)\b/iu.test(part)) inScript = true;
        else if (/^<\/(script|style)\b/iu.test(part)) inScript = false;
        return part;
      }
      if (inScript || !HAN.test(part)) return part;
      let out = '';
      let previous = '';
      for (const { segment } of segmenter.segment(part)) {
        if (HAN.test(previous.slice(-1)) && HAN.test(segment[0] ?? '')) out += WORD_MARK;
        out += segment;
        previous = segment;
      }
      return out;
    })
    .join('');
}
