/** Figures of the plan as a reader expects them in each language. */
import type { Locale, Target } from './policy-model.ts';

/** 亿元 (100 million yuan) in English words: 30000 → "3 trillion yuan", 1000 → "100 billion yuan". */
export function yiYuanInEnglish(yi: number): string {
  const yuan = yi * 1e8;
  const [divisor, word] = yuan >= 1e12 ? [1e12, 'trillion'] : yuan >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return `${Number((yuan / divisor).toPrecision(6))} ${word} yuan`;
}

/** The figure of a target without its label: "30000" (the zh unit is in the locale string) or "3 trillion yuan". */
export function targetFigure(target: Target, locale: Locale): string {
  if (locale === 'en' && target.unit === '亿元') return yiYuanInEnglish(target.value);
  return String(target.value);
}
