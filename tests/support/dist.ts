/** Reading the built site in tests: its files, its pages as DOM trees, and the URL contract. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { readOutput } from '../../src/lib/publish/output-files.ts';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { LOCALES, type Locale } from '../../src/lib/editions/locales.ts';

export const DIST = process.env.DIST_DIR ?? 'dist';
export const policy = loadPolicy();

/** Sector slugs in the document's order, as the brief fixes them. */
export const CLUSTER_SLUGS = ['electronic-information', 'high-end-equipment', 'semiconductors', 'new-materials', 'new-energy', 'biomedicine', 'artificial-intelligence', 'low-altitude-economy'];
export const FUTURE_SLUGS = ['6g', 'frontier-materials', 'embodied-intelligence', 'future-health'];
export const SECTOR_ROUTES = [
  ...CLUSTER_SLUGS.map((s) => `clusters/${s}`),
  ...FUTURE_SLUGS.map((s) => `future-industries/${s}`),
];

/** Every route of the URL contract, which exists in every edition. */
export const ZONE_SLUGS = ['songshan-lake', 'binhaiwan', 'changan', 'tangxia', 'houjie', 'xiegang', 'shuixiang', 'liaobu', 'dalang', 'nancheng', 'fenggang', 'shilong', 'chashan', 'dongcheng', 'linshen-electronics-base'];
export const DEPARTMENT_ROUTES = policy.departments.map((d) => `departments/${d.slug}`);
export const CONTRACT_ROUTES = [
  '',
  ...SECTOR_ROUTES,
  'measures',
  'policy',
  'policy/bilingual',
  'zones',
  ...ZONE_SLUGS.map((z) => `zones/${z}`),
  'departments',
  ...DEPARTMENT_ROUTES,
  'explained',
  'questions',
  'glossary',
  'search',
  'about',
  'at-a-glance',
  'for-enterprises',
];

export const pageFile = (locale: Locale, route: string) => join(locale, route, 'index.html');
export const exists = (path: string) => existsSync(join(DIST, path));

const pages = new Map<string, HTMLElement>();
export function page(path: string): HTMLElement {
  const cached = pages.get(path);
  if (cached) return cached;
  const root = parse(readFileSync(join(DIST, path), 'utf8'));
  pages.set(path, root);
  return root;
}

let files: ReturnType<typeof readOutput> | undefined;
export const distFiles = () => (files ??= readOutput(DIST));

export const allContractPages = () => LOCALES.flatMap((locale) => CONTRACT_ROUTES.map((route) => ({ locale, route, file: pageFile(locale, route) })));

/** The visible text of the main landmark. */
export const mainText = (root: HTMLElement) => root.querySelector('main')!.textContent;
