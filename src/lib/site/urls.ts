/**
 * The public URL contract (see the brief): every page lives under its edition's segment (/zh/, /en/,
 * /zh-hant/), below the site's base. Routes are written without slashes ('' for the locale root,
 * 'clusters/semiconductors'); paths always end in '/' so that any static host serves the directory's
 * index.html.
 */
import { LOCALES, type Locale } from '../editions/locales.ts';
import type { SectorKind } from '../document/policy-model.ts';

/** Pages of the whole site, at the edition's root whatever document a reader comes from; every other page is a document's. */
const SITE_WIDE_ROUTES: readonly string[] = ['search', 'about'];
const isSiteWide = (route: string): boolean => SITE_WIDE_ROUTES.includes(route.split(/[/#?]/u)[0]!);

/**
 * Path of a page of the contract under the base ('/' or '/sub/path/'). A document other than the default
 * one has its pages under its own segment (/zh/<document>/policy/); the default document's pages and the
 * site-wide ones have none.
 */
export function pagePath(base: string, locale: Locale, route: string, document?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const [path = '', fragment] = route.split('#');
  const folder = [document && !isSiteWide(path) ? document : '', path.replace(/^\/|\/$/gu, '')].filter(Boolean).join('/');
  return `${root}${locale}/${folder ? `${folder}/` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** Path of a file outside the editions, such as data/policy.json, under the base. */
export function sitePath(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file.replace(/^\//u, '')}`;
}

/** A document's open data file (policy.json, akn/zh.xml): under data/ for the default document, under data/<document>/ (data/akn/<document>/) for another. */
export function dataFile(file: string, document?: string): string {
  if (!document) return `data/${file}`;
  const [folder, name] = file.startsWith('akn/') ? ['akn/', file.slice(4)] : ['', file];
  return `data/${folder}${document}/${name}`;
}

/** Absolute URL of a path, or undefined when the site's origin is not configured. */
export function absoluteUrl(site: URL | string | undefined, path: string): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** The URL segment of each kind of sector page: clusters/<slug>/, future-industries/<slug>/. */
export const SECTOR_KIND_SEGMENT: Record<SectorKind, string> = { cluster: 'clusters', future: 'future-industries' };
export const sectorRoute = (kind: SectorKind, slug: string): string => `${SECTOR_KIND_SEGMENT[kind]}/${slug}`;
export const zoneRoute = (slug: string): string => `zones/${slug}`;
export const departmentRoute = (slug: string): string => `departments/${slug}`;
/** Paragraph anchors are the paragraph ids themselves: policy/#2.1.3. */
export const paragraphRoute = (id: string): string => `policy/#${id}`;
/** The same paragraph on the side-by-side page, under the same anchor. */
export const PARALLEL_ROUTE = 'policy/bilingual';
export const parallelRoute = (id?: string): string => (id ? `${PARALLEL_ROUTE}/#${id}` : PARALLEL_ROUTE);
/** The Akoma Ntoso file of an edition, under data/ (dataFile). */
export const aknFile = (locale: Locale): string => `akn/${locale}.xml`;

/** getStaticPaths entries for a route that exists once per edition. */
export const localeParams = () => LOCALES.map((locale) => ({ params: { locale } }));
