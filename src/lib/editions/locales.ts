/**
 * The site's languages, as data. Adding an edition means adding an entry here, its UI strings
 * (src/locales/<code>.json) and, for a translated edition, its content; nothing else branches on a
 * language. The first entry is the original: the language of the seed, which prevails.
 */

/** Where an edition's text comes from. */
export type TextSource =
  /** The seed itself (the original Chinese). */
  | { from: 'seed' }
  /** A translation kept in content/: policy.<code>.json, sectors/<code>/, and the <code> fields of the data files. */
  | { from: 'translation' }
  /** Converted at build time from another edition's text, never kept by hand. */
  | { from: 'conversion'; of: string; converter: 'opencc-cn-tw' };

/** How the plan's headings are numbered: as printed (一、 (一) 1.) or with Roman and Arabic numerals (I. (1) 1.). */
export type Numbering = 'chinese' | 'roman';

/** The writing system of an edition's running text, for the checks that a text is in its language. */
export type Script = 'Han' | 'Latin';

export interface LocaleInfo {
  /** Path segment and key of this edition everywhere in the project: /zh-hant/, src/locales/zh-hant.json. */
  readonly code: string;
  /** BCP 47 tag: <html lang>, hreflang, lang on mixed-language spans. */
  readonly tag: string;
  /** The language's name in itself, for the language switch. */
  readonly name: string;
  /** Locale for Intl dates and collation (en-GB writes 14 September 2024). */
  readonly intl: string;
  /** The language of its Akoma Ntoso expression: ISO 639-2 as the AKN naming convention spells it, with the script where two editions share a language. */
  readonly akn: string;
  /** Open Graph locale. */
  readonly ogLocale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly script: Script;
  readonly numbering: Numbering;
  readonly text: TextSource;
  /** The edition shown beside this one on policy/bilingual/. */
  readonly partner: string;
  /** For a translation: how it writes the original's figures (src/lib/editions/figure-check.ts), so they can be checked. */
  readonly figures?: 'en';
  /** The spelling convention its text is checked against (src/lib/editions/spelling.ts), if any. */
  readonly spelling?: 'en-GB-oxendict';
  /** Voices for read-aloud, in order of preference (BCP 47 prefixes). */
  readonly voices: readonly string[];
  /** The quotation marks its UI strings use, outer then inner pair: “”‘’, or 「」『』 for Hong Kong and Taiwan. */
  readonly quotes: string;
}

export const LOCALE_LIST = [
  {
    code: 'zh',
    tag: 'zh-CN',
    name: '简体中文',
    intl: 'zh-CN',
    akn: 'zho',
    ogLocale: 'zh_CN',
    dir: 'ltr',
    script: 'Han',
    numbering: 'chinese',
    text: { from: 'seed' },
    partner: 'en',
    voices: ['zh-CN', 'zh'],
    quotes: '“”‘’',
  },
  {
    code: 'en',
    tag: 'en',
    name: 'English',
    intl: 'en-GB',
    akn: 'eng',
    ogLocale: 'en_GB',
    dir: 'ltr',
    script: 'Latin',
    numbering: 'roman',
    text: { from: 'translation' },
    figures: 'en',
    spelling: 'en-GB-oxendict',
    partner: 'zh',
    voices: ['en'],
    quotes: '“”‘’',
  },
  {
    code: 'zh-hant',
    tag: 'zh-Hant',
    name: '繁體中文',
    intl: 'zh-Hant-TW',
    akn: 'zho-Hant',
    ogLocale: 'zh_TW',
    dir: 'ltr',
    script: 'Han',
    numbering: 'chinese',
    text: { from: 'conversion', of: 'zh', converter: 'opencc-cn-tw' },
    partner: 'en',
    voices: ['zh-HK', 'zh-TW', 'zh-Hant'],
    quotes: '「」『』',
  },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALE_LIST)[number]['code'];
export const LOCALES: readonly Locale[] = LOCALE_LIST.map((l) => l.code);

const BY_CODE = new Map<string, LocaleInfo>(LOCALE_LIST.map((l) => [l.code, l]));
export function localeInfo(code: string): LocaleInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`Unknown locale "${code}" (not in src/lib/editions/locales.ts)`);
  return info;
}
export const isLocale = (code: string): code is Locale => BY_CODE.has(code);

/** The original edition: its text is the seed's, and it prevails. */
export const ORIGINAL: Locale = LOCALE_LIST.find((l) => l.text.from === 'seed')!.code;
/** Editions whose text is kept in content/ (the original's sector pages and the translations). */
export const AUTHORED_LOCALES: readonly Locale[] = LOCALE_LIST.filter((l) => l.text.from !== 'conversion').map((l) => l.code);
/** Editions translated by people, whose text is checked against the original's. */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALE_LIST.filter((l) => l.text.from === 'translation').map((l) => l.code);
export const languageTag = (code: string): string => localeInfo(code).tag;
/** The other editions, for the language switch, in the list's order. */
export const otherLocales = (code: string): Locale[] => LOCALES.filter((l) => l !== code);

const SCRIPT_LETTER: Record<Script, RegExp> = { Han: /\p{Script=Han}/u, Latin: /\p{Script=Latin}/u };
/** CJK punctuation and fullwidth forms: part of Chinese typesetting, out of place in a Latin edition. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;

/**
 * Why a text is not written in an edition's script, or undefined when it is. Every letter of a Latin
 * edition is Latin, with no CJK punctuation; a Han edition has no letters of a third script (Latin
 * abbreviations such as 6G, AI or eVTOL are part of Chinese text).
 */
export function scriptProblem(text: string, script: Script): string | undefined {
  const allowed = script === 'Han' ? [SCRIPT_LETTER.Han, SCRIPT_LETTER.Latin] : [SCRIPT_LETTER.Latin];
  const foreign = [...new Set([...text.matchAll(/\p{L}/gu)].map((m) => m[0]))].filter((ch) => !allowed.some((re) => re.test(ch)));
  if (foreign.length) return `contains letters outside the ${script} script: ${foreign.slice(0, 8).join('')}`;
  if (script !== 'Han' && CJK_PUNCTUATION.test(text)) return `contains Chinese punctuation: ${CJK_PUNCTUATION.exec(text)![0]}`;
  return undefined;
}

/** An ISO 8601 date (2024-09-14) written out as an edition's readers expect (2024年9月14日, 14 September 2024). */
export const formatDate = (iso: string, locale: string, style: 'long' | 'month' = 'long'): string =>
  new Intl.DateTimeFormat(localeInfo(locale).intl, style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(iso));

/** What joins a heading's number to its words: 一、发展目标 as printed, but I. Development Targets. */
export const labelSeparator = (locale: string): string => (localeInfo(locale).numbering === 'chinese' ? '' : ' ');
