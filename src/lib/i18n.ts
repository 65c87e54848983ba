/**
 * UI strings, one JSON resource per edition in src/locales/<code>.json, through i18next. A key
 * missing in an edition fails the build instead of rendering the raw key.
 */
import i18next, { type TOptions } from 'i18next';
import { LOCALES, type Locale } from './locales.ts';
import { throwIfProblems } from './problems.ts';
import { spellingProblemsIn } from './spelling.ts';

const files = import.meta.glob<Record<string, object>>('../locales/*.json', { eager: true, import: 'default' });
const resources = Object.fromEntries(Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/|\.json$/gu, ''), { translation: strings }]));
const missing = LOCALES.filter((l) => !resources[l]);
if (missing.length) throw new Error(`No UI strings for ${missing.map((l) => `src/locales/${l}.json`).join(', ')}`);

/** Every string of a locale file with its key path, e.g. `home.title`. */
function strings(tree: object, path = ''): { where: string; text: string }[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ where: `${path}${key}`, text: value }] : strings(value as object, `${path}${key}.`),
  );
}
// The UI strings keep their edition's spelling convention (src/lib/spelling.ts), as its content does.
for (const locale of LOCALES) {
  const texts = strings(resources[locale]!.translation).map(({ where, text }) => ({ where: `src/locales/${locale}.json: ${where}`, text }));
  throwIfProblems(`Spelling of src/locales/${locale}.json`, spellingProblemsIn(locale, texts));
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
export type Translate = ReturnType<typeof translator>;
