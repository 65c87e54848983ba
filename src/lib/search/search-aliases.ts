/**
 * content/search-aliases.json: what people type for a zone, department or sector besides the names
 * its page shows (发改局, chips, 长安镇). Checked and resolved per entity and edition by the site model.
 */
import { throwIfProblems } from '../checks/problems.ts';
import { LATIN_WORD } from './search.ts';

export const SEARCH_ALIASES_FILE = 'content/search-aliases.json';

/** Words per language (keys are locales such as "zh", "en"). */
export type AliasWords = Record<string, string[]>;
/** Entities with pages, the finder's needs (funding: 补贴, subsidy …), and site pages by route (for-enterprises: 联系, contact …). */
export type AliasGroup = 'departments' | 'zones' | 'sectors' | 'needs' | 'pages';
const ALIAS_GROUPS: readonly AliasGroup[] = ['departments', 'zones', 'sectors', 'needs', 'pages'];
const OPTIONAL_GROUPS: readonly AliasGroup[] = ['needs', 'pages'];
/** The site pages that may have words of their own: the finder, which readers look for with 联系, 申报, "contact" … */
export const ALIASED_PAGES = ['for-enterprises'] as const;

/** content/search-aliases.json: what people type for an entity, besides the names its page uses. */
export interface SearchAliases {
  /** More ways to write a zone's name, by zone type, with {{name}} for the name: 长安 is also typed 长安镇. */
  placeNames: Record<string, AliasWords>;
  departments: Record<string, AliasWords>;
  zones: Record<string, AliasWords>;
  sectors: Record<string, AliasWords>;
  needs: Record<string, AliasWords>;
  pages: Record<string, AliasWords>;
  /**
   * Words that begin longer words of another meaning in the site's text (subsidy: subsidiaries; EV:
   * every): typed alone, each finds itself and its inflections, not every word it begins.
   */
  wholeWords: AliasWords;
}

/**
 * Checks the aliases file against the known slugs of each group and the site's locales; throws one
 * error naming the file and every bad field.
 */
export function checkSearchAliases(raw: unknown, file: string, known: Record<AliasGroup, readonly string[]>, locales: readonly string[]): SearchAliases {
  const problems: string[] = [];
  const data = (raw ?? {}) as Partial<SearchAliases>;
  const checkWords = (where: string, words: unknown) => {
    if (typeof words !== 'object' || words === null || Array.isArray(words)) return problems.push(`${where}: expected an object of word lists by locale`);
    for (const [locale, list] of Object.entries(words)) {
      if (!locales.includes(locale)) problems.push(`${where}.${locale}: not a locale of the site (${locales.join(', ')})`);
      if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !w.trim())) problems.push(`${where}.${locale}: expected a list of non-empty strings`);
    }
  };
  for (const [type, words] of Object.entries(data.placeNames ?? {})) checkWords(`placeNames.${type}`, words);
  if (data.wholeWords !== undefined) {
    checkWords('wholeWords', data.wholeWords);
    for (const [locale, list] of Object.entries(data.wholeWords ?? {})) {
      for (const word of Array.isArray(list) ? list : []) if (typeof word === 'string' && !LATIN_WORD.test(word)) problems.push(`wholeWords.${locale}: "${word}" is not one word of Latin letters (Pagefind matches other scripts' words as it segments them)`);
    }
  }
  for (const group of ALIAS_GROUPS) {
    const entries = data[group] ?? (OPTIONAL_GROUPS.includes(group) ? {} : undefined);
    if (typeof entries !== 'object' || entries === null) {
      problems.push(`"${group}": missing`);
      continue;
    }
    for (const [slug, words] of Object.entries(entries)) {
      if (!known[group].includes(slug)) problems.push(`${group}.${slug}: no such slug (known: ${known[group].join(', ')})`);
      checkWords(`${group}.${slug}`, words);
    }
  }
  throwIfProblems(file, problems);
  return { placeNames: data.placeNames ?? {}, departments: data.departments!, zones: data.zones!, sectors: data.sectors!, needs: data.needs ?? {}, pages: data.pages ?? {}, wholeWords: data.wholeWords ?? {} };
}

/** The aliases of one entity in one locale, without repeats; a zone also gets the ways of writing names of its type. */
export function aliasesOf(aliases: SearchAliases, group: AliasGroup, slug: string, locale: string, zone?: { name: string; type: string }): string[] {
  const words = [...(aliases[group][slug]?.[locale] ?? [])];
  if (zone) for (const pattern of aliases.placeNames[zone.type]?.[locale] ?? []) words.push(pattern.replace('{{name}}', zone.name));
  return [...new Set(words)];
}

