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

/** getStaticPaths entries for a route that exists once per locale. */
export const localeParams = () => LOCALES.map((locale) => ({ params: { locale } }));
