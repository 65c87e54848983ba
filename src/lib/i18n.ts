/**
 * UI strings, one JSON resource per language in src/locales/, through i18next. A key missing in a
 * language fails the build instead of rendering the raw key.
 */
import i18next, { type TOptions } from 'i18next';
import en from '../locales/en.json' with { type: 'json' };
import zh from '../locales/zh.json' with { type: 'json' };
import type { Locale } from './policy-model.ts';
import { checkSpelling } from './spelling.ts';

const resources = { zh: { translation: zh }, en: { translation: en } };

/** Every string of a locale file with its key path, e.g. `home.title`. */
function strings(tree: object, path = ''): { where: string; text: string }[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ where: `${path}${key}`, text: value }] : strings(value as object, `${path}${key}.`),
  );
}
// The English UI strings keep the English content's spelling convention (src/lib/spelling.ts).
for (const [lng, { translation }] of Object.entries(resources)) {
  if (lng.split('-')[0] === 'en') checkSpelling(strings(translation).map(({ where, text }) => ({ where: `src/locales/${lng}.json: ${where}`, text })));
}

const i18n = i18next.createInstance();
void i18n.init({
  resources,
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
