/**
 * UI strings, one JSON resource per edition in src/locales/<code>.json, through i18next. A key
 * missing in an edition fails the build instead of rendering the raw key.
 */
import i18next, { type TOptions } from 'i18next';
import { LOCALES, type Locale, ORIGINAL, TRANSLATED_LOCALES, localeInfo } from './locales.ts';
import { throwIfProblems } from '../checks/problems.ts';
import { spellingProblemsIn } from './spelling.ts';

const files = import.meta.glob<Record<string, object>>('../../locales/*.json', { eager: true, import: 'default' });
const resources = Object.fromEntries(Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/|\.json$/gu, ''), { translation: strings }]));
const missing = LOCALES.filter((l) => !resources[l]);
if (missing.length) throw new Error(`No UI strings for ${missing.map((l) => `src/locales/${l}.json`).join(', ')}`);

/** Every string of a locale file with its key path, e.g. `home.title`. */
function strings(tree: object, path = ''): { where: string; text: string }[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ where: `${path}${key}`, text: value }] : strings(value as object, `${path}${key}.`),
  );
}
/**
 * The i18next contexts the UI strings use: `group`, a subject that is several bodies (有关镇街(园区),
 * "the towns … concerned"), which English makes plural and gives no article of its own.
 */
const CONTEXTS = ['group'] as const;
const PLURAL = '_(?:zero|one|two|few|many|other)';
const SUFFIXES = new RegExp(`(?:_(?:${CONTEXTS.join('|')}))?(?:${PLURAL})?$`, 'u');
/** A key without its plural form (key_one → key). */
const withoutPlural = (key: string) => key.replace(new RegExp(`${PLURAL}$`, 'u'), '');
/** Dotted keys of a resource, context and plural forms (key_group_zero, key_one) as their key. */
const keysOf = (tree: object): string[] => strings(tree).map(({ where }) => where.replace(SUFFIXES, ''));
/** Keys only translations need: the words for figures that the original writes as its text does. */
const TRANSLATION_ONLY = /^figure\./u;

/**
 * Every edition has the original's keys, no more, and a translation the figure words besides: a key in
 * one file and not another is a typo or a string not yet translated, and the build stops.
 */
export function keyProblems(strings: Record<string, object>): string[] {
  const expected = new Set(keysOf(strings[ORIGINAL]!).filter((k) => !TRANSLATION_ONLY.test(k)));
  return Object.entries(strings).flatMap(([locale, tree]) => {
    const own = new Set(keysOf(tree).filter((k) => !TRANSLATION_ONLY.test(k)));
    const figureKeys = keysOf(tree).filter((k) => TRANSLATION_ONLY.test(k));
    return [
      ...[...expected].filter((k) => !own.has(k)).map((k) => `src/locales/${locale}.json: key "${k}" is missing (src/locales/${ORIGINAL}.json has it)`),
      ...[...own].filter((k) => !expected.has(k)).map((k) => `src/locales/${locale}.json: key "${k}" is not in src/locales/${ORIGINAL}.json`),
      ...(TRANSLATED_LOCALES.includes(locale as Locale) && figureKeys.length === 0 ? [`src/locales/${locale}.json: no "figure" words for the figures of the translation`] : []),
    ];
  });
}
throwIfProblems('UI strings', keyProblems(Object.fromEntries(LOCALES.map((l) => [l, resources[l]!.translation]))));

/** Every quotation mark an edition might use, the typewriter's included. */
const QUOTE_MARKS = /['"“”‘’「」『』]/gu;
/**
 * Quotes and apostrophes of one kind in an edition's UI strings: its own marks (src/lib/editions/locales.ts),
 * never the typewriter's ' and ", nor another edition's (“” in a Taiwan or Hong Kong text).
 */
export function quoteProblems(locale: string, texts: readonly { where: string; text: string }[]): string[] {
  const { quotes } = localeInfo(locale);
  return texts.flatMap(({ where, text }) => {
    const wrong = [...new Set(text.match(QUOTE_MARKS) ?? [])].filter((mark) => !quotes.includes(mark));
    return wrong.length ? [`${where}: ${wrong.join(' ')} in "${text.slice(0, 40)}": this edition quotes with ${[...quotes].join(' ')}`] : [];
  });
}

// The UI strings keep their edition's spelling convention (src/lib/editions/spelling.ts), as its content does,
// and its typographic quotes.
for (const locale of LOCALES) {
  const texts = strings(resources[locale]!.translation).map(({ where, text }) => ({ where: `src/locales/${locale}.json: ${where}`, text }));
  throwIfProblems(`Spelling of src/locales/${locale}.json`, spellingProblemsIn(locale, texts));
  throwIfProblems(`Quotes in src/locales/${locale}.json`, quoteProblems(locale, texts));
}

/**
 * Each UI string of a translated edition beside the original's string under the same key (a plural
 * form beside the original's one form), for the term check: one rendering in the UI as in the text.
 */
export function uiStringPairs(locale: Locale): { where: string; original: string; translated: string }[] {
  const originals = strings(resources[ORIGINAL]!.translation);
  const exact = new Map(originals.map(({ where, text }) => [where, text]));
  const byKey = new Map(originals.map(({ where, text }) => [withoutPlural(where), text]));
  return strings(resources[locale]!.translation).flatMap(({ where, text }) => {
    // The same plural form where the original has it (key_zero beside key_zero), else the key's form.
    const source = exact.get(where) ?? byKey.get(withoutPlural(where));
    return source === undefined ? [] : [{ where: `src/locales/${locale}.json: ${where}`, original: source, translated: text }];
  });
}

const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: LOCALES[0],
  supportedLngs: [...LOCALES],
  // Each edition has its own file: zh-hant must not fall back to zh, and codes keep their case.
  load: 'currentOnly',
  lowerCaseLng: true,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output.
  returnNull: false,
});

export function t(locale: Locale, key: string, options?: TOptions): string {
  // With a count, i18next looks up the plural form (key_one, key_other) for the language.
  if (!i18n.exists(key, { ...options, lng: locale })) throw new Error(`Missing UI string "${key}" in src/locales/${locale}.json`);
  return i18n.t(key, { ...options, lng: locale }) as string;
}

/** A translator bound to one locale, for a page or component. */
export const translator = (locale: Locale) => (key: string, options?: TOptions) => t(locale, key, options);

/** A string with one slot left open, split around it: the parts either side of an element put there. */
export function around(locale: Locale, key: string, slot: string): [string, string] {
  const [before = '', after = ''] = t(locale, key, { [slot]: '\u0000' }).split('\u0000');
  return [before, after];
}
