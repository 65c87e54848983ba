/**
 * Text conversion between editions: an edition whose text source is a conversion (src/lib/locales.ts)
 * gets every text of its source edition through OpenCC, at build time. OpenCC's cn → tw conversion
 * (characters in their Taiwan/Hong Kong standard forms, no vocabulary replacement) keeps the length
 * of a text, so the converted text stays the same document, character for character.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { type Locale, localeInfo } from './locales.ts';

export type Convert = (text: string) => string;

const CONVERTERS = { 'opencc-cn-tw': () => OpenCC.Converter({ from: 'cn', to: 'tw' }) } as const;
const made = new Map<string, Convert>();

/** The converter that makes a converted edition's text from its source edition's text. */
export function converterFor(locale: Locale): Convert {
  const { text } = localeInfo(locale);
  if (text.from !== 'conversion') throw new Error(`Locale "${locale}" is not converted from another edition`);
  let convert = made.get(text.converter);
  if (!convert) {
    convert = CONVERTERS[text.converter]();
    made.set(text.converter, convert);
  }
  return convert;
}

/**
 * A character map for converting what a reader types (a Simplified query on a Traditional edition),
 * learned from the site's own text and its conversion: a query only needs to match words of the
 * site. Where a character has two forms in the text (个 → 個, 箇), the more frequent one is kept.
 * Returns [from, to] as two strings of equal length, compact enough to ship to the search page.
 */
export function characterMap(source: string, converted: string): [string, string] {
  if ([...source].length !== [...converted].length) throw new Error('characterMap: the conversion changed the length of the text');
  const counts = new Map<string, Map<string, number>>();
  const to = [...converted];
  [...source].forEach((ch, i) => {
    if (ch === to[i]) return;
    const forms = counts.get(ch) ?? new Map<string, number>();
    forms.set(to[i]!, (forms.get(to[i]!) ?? 0) + 1);
    counts.set(ch, forms);
  });
  const pairs = [...counts].map(([ch, forms]) => [ch, [...forms].sort((a, b) => b[1] - a[1])[0]![0]] as const).sort((a, b) => a[0].localeCompare(b[0]));
  return [pairs.map((p) => p[0]).join(''), pairs.map((p) => p[1]).join('')];
}
