/** The pages the browser suites visit: every page of the URL contract in every edition, and the 404 pages. */
import { LOCALES, ORIGINAL } from '../../src/lib/editions/locales.ts';
import { allContractPages } from './dist.ts';

export const SUITE_PAGES = [
  ...allContractPages().map(({ locale, route }) => ({ path: `${locale}/${route ? `${route}/` : ''}`, locale })),
  { path: '404.html', locale: ORIGINAL },
  ...LOCALES.map((locale) => ({ path: `${locale}/404.html`, locale })),
];

/**
 * One page of each template in every edition, its 404 page included: where the slower checks (every
 * reading mode, every width) run. (The site-wide 404.html has no reading settings and no navigation.)
 */
const TEMPLATE_ROUTES = ['', 'clusters/semiconductors', 'future-industries/6g', 'measures', 'policy', 'policy/bilingual', 'zones', 'zones/songshan-lake', 'departments', 'departments/finance', 'glossary', 'search', 'about', 'at-a-glance'];
export const TEMPLATE_PAGES = LOCALES.flatMap((locale) => [...TEMPLATE_ROUTES.map((route) => ({ path: `${locale}/${route ? `${route}/` : ''}`, locale })), { path: `${locale}/404.html`, locale }]);

/** A list cut into parts of at most `size`, so that each part can be its own test well inside its timeout. */
export const chunks = <T>(list: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
