/** The pages the browser suites visit: every page of the URL contract in every edition, and the 404 pages. */
import { LOCALES, ORIGINAL } from '../../src/lib/locales.ts';
import { allContractPages } from './dist.ts';

export const SUITE_PAGES = [
  ...allContractPages().map(({ locale, route }) => ({ path: `${locale}/${route ? `${route}/` : ''}`, locale })),
  { path: '404.html', locale: ORIGINAL },
  ...LOCALES.map((locale) => ({ path: `${locale}/404.html`, locale })),
];

/** Reading settings as the settings script stores them, for a context's localStorage. */
export const READING_MODES = {
  default: {},
  'large text': { 'text-size': 'larger' },
  'high contrast': { scheme: 'contrast' },
  dark: { scheme: 'dark' },
} as const;
