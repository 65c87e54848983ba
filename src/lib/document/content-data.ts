/**
 * The shapes of the data files in content/ (zones, departments, glossary) and their checks. A
 * localized field holds one text per authored edition (src/lib/editions/locales.ts), keyed by locale code;
 * converted editions get theirs at build time.
 */
import { AUTHORED_LOCALES, localeInfo, scriptProblem } from '../editions/locales.ts';
import { throwIfProblems } from '../checks/problems.ts';

/** One text per authored edition, keyed by locale code. */
export type Localized = Record<string, string>;

export const ZONE_TYPES = ['park', 'new-area', 'town', 'subdistrict', 'area', 'base'] as const;
export interface ZoneData {
  slug: string;
  type: (typeof ZONE_TYPES)[number];
  name: Localized;
  about: Localized;
}
export interface DepartmentData {
  slug: string;
  name: Localized;
  /** The name without the city, as texts also write it (科技局 for 市科技局): the end of `name` in every authored edition. */
  short?: Localized;
  /** Several bodies named together (有关镇街(园区)), not one department: sentences take it as plural, with no article added. */
  group?: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * Checks a list of entries with a unique slug and localized fields (`optional` ones only where given):
 * every authored edition present, no unknown edition, each text in its edition's script. Throws naming
 * the file, entry and field.
 */
export function checkEntries<T extends { slug: string }>(list: unknown, file: string, localized: readonly (keyof T & string)[], check?: (entry: T) => string[], optional: readonly (keyof T & string)[] = []): T[] {
  if (!Array.isArray(list)) throwIfProblems(file, ['expected a JSON array of entries']);
  const problems: string[] = [];
  const slugs = new Set<string>();
  (list as T[]).forEach((entry, i) => {
    const where = `entry ${i + 1} (${entry?.slug || 'no slug'})`;
    if (!SLUG.test(entry?.slug ?? '')) problems.push(`${where}: "slug" must be lowercase words joined by hyphens`);
    if (slugs.has(entry.slug)) problems.push(`${where}: slug used twice`);
    slugs.add(entry.slug);
    for (const field of [...localized, ...optional]) {
      const value = entry[field] as Localized | undefined;
      if (value === undefined && optional.includes(field)) continue;
      if (!value || typeof value !== 'object') {
        problems.push(`${where}: "${field}" must be an object with one text per edition (${AUTHORED_LOCALES.join(', ')})`);
        continue;
      }
      for (const locale of AUTHORED_LOCALES) {
        const text = value[locale];
        if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: "${field}.${locale}" is missing`);
        else {
          const problem = scriptProblem(text, localeInfo(locale).script);
          if (problem) problems.push(`${where}: "${field}.${locale}" ${problem}`);
        }
      }
      for (const key of Object.keys(value)) {
        if (!AUTHORED_LOCALES.includes(key as never)) problems.push(`${where}: "${field}.${key}": "${key}" is not an authored edition (${AUTHORED_LOCALES.join(', ')})`);
      }
    }
    problems.push(...(check?.(entry) ?? []).map((p) => `${where}: ${p}`));
  });
  throwIfProblems(file, problems);
  return list as T[];
}

/**
 * A department's short name, where given (checkEntries checks its editions): each the end of its full
 * name and more than one character (a lone 局 would name every bureau).
 */
export const departmentShortProblems = ({ short, name }: DepartmentData): string[] =>
  AUTHORED_LOCALES.flatMap((l) => {
    const [text, full] = [short?.[l], name?.[l]];
    if (typeof text !== 'string' || !full) return []; // said by checkEntries already
    if ([...text.trim()].length < 2) return [`"short.${l}" must be a name of two or more characters`];
    return full.endsWith(text) && text !== full ? [] : [`"short.${l}" "${text}" is not the end of "name.${l}" "${full}"`];
  });

/** The ways a text names a department in an edition: its full name, and its short name where the registry gives one. */
export const departmentNameForms = (department: DepartmentData, locale: string): string[] => [department.name[locale]!, ...(department.short?.[locale] ? [department.short[locale]] : [])];

export const zoneTypeProblems = (zone: ZoneData): string[] =>
  ZONE_TYPES.includes(zone.type) ? [] : [`"type" must be one of ${ZONE_TYPES.join(', ')}`];
