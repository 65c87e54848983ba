/**
 * UI strings, one JSON resource per language in src/locales/, through i18next. A key missing in a
 * language fails the build instead of rendering the raw key.
 */
import i18next, { type TOptions } from 'i18next';
import en from '../locales/en.json' with { type: 'json' };
import zh from '../locales/zh.json' with { type: 'json' };
import type { Locale } from './policy-model.ts';

const STRINGS: Record<Locale, object> = { zh, en };

/** Dotted keys of a resource, plural forms (key_one, key_other) as their key. */
const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`.replace(/_(?:zero|one|two|few|many|other)$/u, '')]));

/** A key in one language file and not in another is a typo or a string not yet translated: the build stops. */
export function checkKeys(strings: Record<string, object>): void {
  const keys = Object.fromEntries(Object.entries(strings).map(([locale, o]) => [locale, new Set(keysOf(o))]));
  const problems = Object.entries(keys).flatMap(([locale, own]) =>
    Object.entries(keys)
      .filter(([other]) => other !== locale)
      .flatMap(([other, theirs]) => [...own].filter((key) => !theirs.has(key)).map((key) => `src/locales/${locale}.json: key "${key}" is missing from src/locales/${other}.json`)),
  );
  if (problems.length) throw new Error(`UI strings: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
}
checkKeys(STRINGS);

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(Object.entries(STRINGS).map(([locale, translation]) => [locale, { translation }])),
  lng: 'zh',
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
