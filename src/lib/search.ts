/** The kinds of page search tells apart; their labels are UI strings (searchKind.*). */
export const SEARCH_KINDS = ['cluster', 'future', 'measure', 'document', 'zone', 'department', 'guide'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** URL parameters of the search page: the query, and one repeated parameter per facet. */
export const SEARCH_PARAMS = { query: 'q', facets: ['kind', 'zone', 'department'] } as const;
