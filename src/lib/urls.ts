/**
 * The public URL contract (see the brief): every page lives under /zh/ or /en/, below the site's base.
 * Routes are written without slashes ('' for the locale root, 'clusters/semiconductors'); paths always
 * end in '/' so that any static host serves the directory's index.html.
 */
import type { Locale, SectorKind } from './policy-model.ts';

export const LOCALES: readonly Locale[] = ['zh', 'en'];
/** The value of <html lang> and hreflang for each locale. */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');
/** The edition whose text is the original; every other edition is a translation of it. */
export const ORIGINAL_LOCALE: Locale = 'zh';
/** The language read beside each edition's own on policy/bilingual/ (a Traditional edition pairs with English too). */
export const PARALLEL_LOCALE: Record<Locale, Locale> = { zh: 'en', en: 'zh' };
/** ISO 639-2 code of each edition, as Akoma Ntoso's FRBRlanguage and its IRIs spell it. */
export const AKN_LANGUAGE: Record<Locale, string> = { zh: 'zho', en: 'eng' };
/** What joins a heading's number to its words: 一、总体要求, but I. General Requirements. */
export const LABEL_SEPARATOR: Record<Locale, string> = { zh: '', en: ' ' };
/** The Intl locale that writes dates as each edition's readers expect (2024年9月14日, 14 September 2024). */
export const DATE_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** An ISO 8601 date (2024-09-14) written out for a locale. */
export const formatDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/** Path of a page of the contract under the base ('/' or '/sub/path/'). */
export function pagePath(base: string, locale: Locale, route: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const [path = '', fragment] = route.split('#');
  const folder = path.replace(/^\/|\/$/gu, '');
  return `${root}${locale}/${folder ? `${folder}/` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** Path of a file outside the locales, such as data/policy.json, under the base. */
export function sitePath(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file.replace(/^\//u, '')}`;
}

/** Absolute URL of a path, or undefined when the site's origin is not configured. */
export function absoluteUrl(site: URL | string | undefined, path: string): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

export const SECTOR_SECTION: Record<SectorKind, string> = { cluster: 'clusters', future: 'future-industries' };
export const sectorRoute = (kind: SectorKind, slug: string): string => `${SECTOR_SECTION[kind]}/${slug}`;
export const zoneRoute = (slug: string): string => `zones/${slug}`;
export const departmentRoute = (slug: string): string => `departments/${slug}`;
/** Paragraph anchors are the paragraph ids themselves: policy/#2.1.3. */
export const paragraphRoute = (id: string): string => `policy/#${id}`;
/** The same paragraph on the side-by-side page, under the same anchor. */
export const PARALLEL_ROUTE = 'policy/bilingual';
export const parallelRoute = (id?: string): string => (id ? `${PARALLEL_ROUTE}/#${id}` : PARALLEL_ROUTE);
/** The Akoma Ntoso file of an edition. */
export const aknFile = (locale: Locale): string => `data/akn/${locale}.xml`;

/** getStaticPaths entries for a route that exists once per locale. */
export const localeParams = () => LOCALES.map((locale) => ({ params: { locale } }));
