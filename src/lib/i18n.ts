/**
 * UI strings, one JSON resource per language in src/locales/, through i18next. A key missing in a
 * language fails the build instead of rendering the raw key.
 */
import i18next, { type TOptions } from 'i18next';
import en from '../locales/en.json' with { type: 'json' };
import zh from '../locales/zh.json' with { type: 'json' };
import type { Locale } from './policy-model.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
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

/** A string with one slot left open, split around it: the parts either side of an element put there. */
export function around(locale: Locale, key: string, slot: string): [string, string] {
  const [before = '', after = ''] = t(locale, key, { [slot]: '\u0000' }).split('\u0000');
  return [before, after];
}
