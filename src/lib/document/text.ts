/** Text helpers shared by the parser, the checks and the tests. */

/** Unicode NFKC: the capture mixes ASCII and fullwidth punctuation, so texts are compared in this form. */
export const nfkc = (text: string): string => text.normalize('NFKC');

/** NFKC with all whitespace removed: the form in which "verbatim" is checked. */
export const compact = (text: string): string => nfkc(text).replace(/\s+/gu, '');

/** Han characters and CJK punctuation (an English page must not contain them outside marked names). */
export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

const CHINESE_DIGITS = '一二三四五六七八九';

/** 一 → 1 … 十 → 10 … 十九 → 19: enough for a document's section numbers. */
export function chineseNumeral(text: string): number | undefined {
  const m = /^(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return undefined;
  const tens = m[2] ? (m[1] ? CHINESE_DIGITS.indexOf(m[1]) + 1 : 1) : 0;
  const units = m[3] ? CHINESE_DIGITS.indexOf(m[3]) + 1 : 0;
  return tens * 10 + units;
}

/** 1 → 一, 10 → 十, 12 → 十二: the inverse of chineseNumeral, for citations. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`No Chinese numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : CHINESE_DIGITS[tens - 1]}十`;
  return tensPart + (units ? CHINESE_DIGITS[units - 1] : '');
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** 1 → I, 10 → X: how a translated edition numbers the plan's sections. */
export function toRomanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > ROMAN.length) throw new RangeError(`No Roman numeral for ${n}`);
  return ROMAN[n - 1]!;
}

/**
 * The capture sets Chinese text with ASCII , : ; ( ) ! ?. Chinese typesetting wants the fullwidth
 * forms, which NFKC maps back to ASCII, so the result still compares equal to the seed.
 */
export function typesetChinese(text: string): string {
  const FULLWIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
  return text.replace(/[,:;()!?]/gu, (ch) => FULLWIDTH[ch] ?? ch);
}

/** Longest <title> we emit: longer ones are cut off in search results and tabs (html-validate's long-title). */
export const MAX_TITLE_LENGTH = 70;

/** "Page · Site name", else "Page · short name", else the page title alone: the first that fits. */
export function documentTitle(title: string, siteName: string, shortName: string): string {
  const candidates = [`${title} · ${siteName}`, `${title} · ${shortName}`];
  return candidates.find((c) => c.length <= MAX_TITLE_LENGTH) ?? title;
}
