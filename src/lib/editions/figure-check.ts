/**
 * Figures must agree across languages: every figure of a Chinese text (digits, percentages, years,
 * dates, ranges such as 5至10年, amounts in 亿元, counts such as 7个 or 三大) has to appear in its
 * translation in the form a reader of that language expects (30000亿元 → "3 trillion yuan"). A
 * translation that drops or changes a figure fails the build, naming the paragraph and the figure.
 * So does one that changes the word carrying a figure's meaning (不少于 "no fewer than" into "no more than").
 */
import { type Locale, localeInfo } from './locales.ts';
import { chineseNumeral, nfkc } from '../document/text.ts';

export interface Figure {
  /** As the Chinese text writes it: "30000亿元". */
  source: string;
  /** The forms any one of which the translation must contain: ["3 trillion yuan"]. */
  forms: string[];
}

/** 亿元 (100 million yuan) in English words: 30000 → "3 trillion yuan", 1000 → "100 billion yuan". */
function yiYuanInEnglish(yi: number): string {
  const yuan = yi * 1e8;
  const [divisor, word] = yuan >= 1e12 ? [1e12, 'trillion'] : yuan >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return `${Number((yuan / divisor).toPrecision(6))} ${word} yuan`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Amounts without digits: 千亿元 is 1000 亿元. */
const UNIT_AMOUNTS: Record<string, number> = { 千亿元: 1000, 万亿元: 10000 };

const countForms = (n: number) => [String(n), ...(NUMBER_WORDS[n] ? [NUMBER_WORDS[n]!] : [])];

/**
 * The kinds of figure, most specific first: a part of the text matched by one is not read again by
 * the ones after it. Each gives the English forms of what it matched.
 */
const KINDS: { pattern: RegExp; english: (m: RegExpExecArray) => string[] }[] = [
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/u, english: (m) => [`${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`, `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`] },
  { pattern: /(\d+)至(\d+)年/u, english: (m) => [`${m[1]} to ${m[2]} years`, `${m[1]}–${m[2]} years`, `${m[1]}-${m[2]} years`] },
  { pattern: /(\d+(?:\.\d+)?)亿元/u, english: (m) => [yiYuanInEnglish(Number(m[1]))] },
  { pattern: /[千万]亿元/u, english: (m) => [yiYuanInEnglish(UNIT_AMOUNTS[m[0]]!)] },
  { pattern: /(\d+(?:\.\d+)?)%/u, english: (m) => [`${m[1]}%`, `${m[1]} per cent`, `${m[1]} percent`] },
  { pattern: /(\d{4})年/u, english: (m) => [m[1]!] },
  { pattern: /(\d+)(?:个|项|家|类|条|大)/u, english: (m) => countForms(Number(m[1])) },
  // 一类创新药 "Class 1 innovative drugs": a class of the drug register, not a count.
  { pattern: /([一二三])类/u, english: (m) => [`class ${chineseNumeral(m[1]!)}`, `category ${chineseNumeral(m[1]!)}`] },
  // Chinese numerals counting things: 三大 "three major", 十个 "ten". 一个/一批 ("a", "a number of") are not figures.
  { pattern: /(?<![一二两三四五六七八九十])([两二三四五六七八九十]+)(?:大|个|项)/u, english: (m) => countForms(m[1] === '两' ? 2 : (chineseNumeral(m[1]!) ?? 0)) },
  { pattern: /\d+(?:\.\d+)?/u, english: (m) => [m[0]] },
];

/** Every figure of a Chinese text, in order. */
export function figuresOf(chinese: string): Figure[] {
  let text = nfkc(chinese);
  const found: { at: number; figure: Figure }[] = [];
  for (const kind of KINDS) {
    const global = new RegExp(kind.pattern.source, 'gu');
    text = text.replace(global, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args.at(-2) as number;
      found.push({ at, figure: { source: match[0], forms: kind.english(match) } });
      // Blank out what was read, keeping offsets, so that no later kind reads it again.
      return '\u0000'.repeat(match[0].length);
    });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.figure);
}

/** "30,000" and "30000" alike; any run of spaces as one. */
const normalize = (text: string) => nfkc(text).replace(/(\d),(\d{3})/gu, '$1$2').replace(/\s+/gu, ' ').toLowerCase();

/** True when the form stands in the text as a whole: "10%" is not found in "110%", nor "ten" in "often". */
function contains(text: string, form: string): boolean {
  const f = normalize(form).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${f}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'u').test(text) || (/^[\d.]+$/u.test(form) && new RegExp(`(?<!\\d)${f}(?!\\d)`, 'u').test(text));
}

/** The numbers written in digits in a text: "5G and 2.5D/3D" → ["5", "2.5", "3"]. */
export const digitsOf = (text: string): string[] => [...normalize(text).matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]);

/** The figures of the Chinese text that the translation lacks. */
export function missingFigures(chinese: string, translation: string): Figure[] {
  const text = normalize(translation);
  return figuresOf(chinese).filter((figure) => !figure.forms.some((form) => contains(text, form)));
}

/**
 * The words that carry a figure's meaning: 不少于7个 is a floor, not a ceiling. Each Chinese comparison
 * needs as many English renderings; an English bound the other way ("no more than") needs a Chinese
 * ceiling (不超过, 以下 …) to stand for.
 */
const COMPARISONS: { chinese: RegExp; name: string; english: string[] }[] = [
  { chinese: /不少于/gu, name: '不少于', english: ['no fewer than', 'not fewer than', 'at least'] },
  { chinese: /不低于/gu, name: '不低于', english: ['no less than', 'not less than', 'no lower than', 'not lower than', 'at least'] },
  { chinese: /超过|超(?=[\d千万百])/gu, name: '超过', english: ['more than', 'exceeds', 'exceeding', 'exceed', 'over', 'above'] },
  { chinese: /力争/gu, name: '力争', english: ['strive', 'striving', 'endeavour'] },
];
const CEILING_ENGLISH = /\b(?:no more than|not more than|no greater than|not greater than|no higher than|at most|a maximum of|not exceeding|(?<!\b(?:no|not) )(?:fewer|less|lower) than)\b/giu;
const CEILING_CHINESE = /不超过|不高于|不多于|以下|以内|(?<!不)低于|(?<!不)少于|最多|至多|未满|不足/u;

const countOf = (text: string, phrases: readonly string[]) =>
  phrases.reduce((n, phrase) => n + [...text.matchAll(new RegExp(`\\b${phrase}\\b`, 'giu'))].length, 0);

/** The comparison words of a Chinese text that its English translation lacks or turns around. */
export function comparisonProblems(where: string, chinese: string, translation: string): string[] {
  const text = normalize(translation);
  // A ceiling where the Chinese has none is the one fault to name; the floor it replaced is then missing too.
  if (!CEILING_CHINESE.test(nfkc(chinese))) {
    const ceilings = [...text.matchAll(CEILING_ENGLISH)].map((m) => `${where}: "${m[0]}" sets a ceiling the Chinese does not (it has no 不超过, 不高于, 以下 or 以内): check the comparison word`);
    if (ceilings.length) return ceilings;
  }
  return COMPARISONS.flatMap(({ chinese: pattern, name, english }) => {
    const wanted = [...nfkc(chinese).matchAll(pattern)].length;
    const found = countOf(text, english);
    return found < wanted ? [`${where}: ${name} occurs ${wanted} time(s) in the Chinese but its English (${english.map((e) => `"${e}"`).join(', ')}) ${found} time(s): the figure's meaning is lost`] : [];
  });
}

/** A problem line for each figure a translation lacks ("paragraph "1.2": 30000亿元 (expected "3 trillion yuan")") or whose comparison word it changes. */
export const figureProblems = (where: string, chinese: string, translation: string): string[] => [
  ...missingFigures(chinese, translation).map((f) => `${where}: the figure ${f.source} is not in the English (expected ${f.forms.map((x) => `"${x}"`).join(' or ')})`),
  ...comparisonProblems(where, chinese, translation),
];

/**
 * The figures of an original text that its translation into an edition lacks. The forms above are
 * English ones: an edition whose locale entry says its figures are written in English words is
 * checked with them; a translated edition with no rules here stops the build, so no translation goes
 * unchecked.
 */
export function figureProblemsIn(locale: Locale, where: string, original: string, translated: string): string[] {
  const { figures, text } = localeInfo(locale);
  if (figures === 'en') return figureProblems(where, original, translated);
  if (text.from === 'translation') throw new Error(`src/lib/editions/figure-check.ts: no rules for the figures of the "${locale}" edition: add them, and name them in its entry in src/lib/editions/locales.ts`);
  return [];
}
