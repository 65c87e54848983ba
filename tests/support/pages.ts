/** The pages the browser suites visit: every page of the URL contract in both languages, and the 404 pages. */
import { allContractPages } from './dist.ts';

export const SUITE_PAGES = [
  ...allContractPages().map(({ locale, route }) => ({ path: `${locale}/${route ? `${route}/` : ''}`, locale })),
  { path: '404.html', locale: 'zh' as const },
  { path: 'zh/404.html', locale: 'zh' as const },
  { path: 'en/404.html', locale: 'en' as const },
];

/** Reading settings as the settings script stores them, for a context's localStorage. */
export const READING_MODES = {
  default: {},
  'large text': { 'text-size': 'larger' },
  'extra-large text': { 'text-size': 'largest' },
  'high contrast': { scheme: 'contrast' },
  dark: { scheme: 'dark' },
} as const;
