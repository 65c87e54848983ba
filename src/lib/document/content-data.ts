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
 * Checks a list of entries with a unique slug and localized fields: every authored edition present,
 * no unknown edition, each text in its edition's script. Throws naming the file, entry and field.
 */
export function checkEntries<T extends { slug: string }>(list: unknown, file: string, localized: readonly (keyof T & string)[], check?: (entry: T) => string[]): T[] {
  if (!Array.isArray(list)) throwIfProblems(file, ['expected a JSON array of entries']);
  const problems: string[] = [];
  const slugs = new Set<string>();
  (list as T[]).forEach((entry, i) => {
    const where = `entry ${i + 1} (${entry?.slug || 'no slug'})`;
    if (!SLUG.test(entry?.slug ?? '')) problems.push(`${where}: "slug" must be lowercase words joined by hyphens`);
    if (slugs.has(entry.slug)) problems.push(`${where}: slug used twice`);
    slugs.add(entry.slug);
    for (const field of localized) {
      const value = entry[field] as Localized | undefined;
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
 * A department's short name, where given: one per authored edition and no other, each the end of its
 * full name and more than one character (a lone 局 would name every bureau).
 */
export function departmentShortProblems(department: DepartmentData): string[] {
  const { short } = department;
  if (short === undefined) return [];
  const unknown = Object.keys(short).filter((key) => !AUTHORED_LOCALES.includes(key as never)).map((key) => `"short.${key}": "${key}" is not an authored edition (${AUTHORED_LOCALES.join(', ')})`);
  return [
    ...unknown,
    ...AUTHORED_LOCALES.flatMap((l) => {
      const [text, name] = [short[l], department.name?.[l]];
      if (typeof text !== 'string' || [...text.trim()].length < 2) return [`"short.${l}" must be a name of two or more characters`];
      if (!name) return []; // said of the name already
      return name.endsWith(text) && text !== name ? [] : [`"short.${l}" "${text}" is not the end of "name.${l}" "${name}"`];
    }),
  ];
}

/** The ways a text names a department in an edition: its full name, and its short name where the registry gives one. */
export const departmentNameForms = (department: DepartmentData, locale: string): string[] => [department.name[locale]!, ...(department.short?.[locale] ? [department.short[locale]] : [])];

export const zoneTypeProblems = (zone: ZoneData): string[] =>
  ZONE_TYPES.includes(zone.type) ? [] : [`"type" must be one of ${ZONE_TYPES.join(', ')}`];
