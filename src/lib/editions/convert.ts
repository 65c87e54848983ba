/**
 * Text conversion between editions: an edition whose text source is a conversion (src/lib/editions/locales.ts)
 * gets every text of its source edition through OpenCC, at build time. OpenCC's cn → tw conversion
 * (characters in their Taiwan/Hong Kong standard forms, no vocabulary replacement) keeps the length
 * of a text, so the converted text stays the same document, character for character.
 *
 * OpenCC picks a form for a character with several Traditional forms (个 → 個 or 箇, 制 → 制 or 製)
 * from the longest phrase of its dictionary that matches, and some matches are wrong here (一个中试:
 * 个中 → 箇中). So a conversion is trusted only as far as it is reviewed: CONVERSION_FILE holds
 * phrase overrides, applied over OpenCC's output at the same positions, and the review list of every
 * context in which such a character occurs in the site's text, with the form chosen for it. A context
 * not in the list, or converted to another form than the list says, fails the build and is named.
 */
import * as OpenCC from 'opencc-js/cn2t';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import conversionFile from '../../../content/zh-hant-conversion.json' with { type: 'json' };
import { type Locale, localeInfo } from './locales.ts';
import { ProblemsError } from '../checks/problems.ts';

export type Convert = (text: string) => string;

export const CONVERSION_FILE = 'content/zh-hant-conversion.json';

/** The reviewed parts of a conversion: phrase overrides and the form chosen in each context. */
export interface ConversionReview {
  /** Simplified phrase → its Traditional form (same length) where OpenCC's phrase match is wrong, and why. */
  phrases: Record<string, { form: string; why: string }>;
  /** A context (the character in brackets, up to CONTEXT Han characters either side: 一[个]中试) → the chosen form. */
  contexts: Record<string, string>;
}

/** Han characters either side of a one-to-many character that make its context. */
const CONTEXT = 2;

/**
 * The characters OpenCC converts to more than one form: those its phrase table gives a form other
 * than its character table's (个 → 個, but 个中 → 箇中). Computed from OpenCC's own dictionaries,
 * so a newer dictionary brings its new cases to review.
 */
export const ONE_TO_MANY: ReadonlySet<string> = (() => {
  const single = new Map(STCharacters.split('|').map((entry) => entry.split(' ') as [string, string]));
  const found = new Set<string>();
  for (const entry of STPhrases.split('|')) {
    const [from = '', to = ''] = entry.split(' ');
    const forms = [...to];
    [...from].forEach((ch, i) => {
      if (forms[i] !== undefined && forms[i] !== (single.get(ch) ?? ch)) found.add(ch);
    });
  }
  return found;
})();

const HAN = /\p{Script=Han}/u;

/** The context of chars[i]: up to CONTEXT Han characters either side, not across punctuation or markup. */
export function contextAt(chars: readonly string[], i: number): string {
  let start = i;
  while (start > 0 && i - start < CONTEXT && HAN.test(chars[start - 1]!)) start--;
  let end = i + 1;
  while (end < chars.length && end - i - 1 < CONTEXT && HAN.test(chars[end]!)) end++;
  return `${chars.slice(start, i).join('')}[${chars[i]}]${chars.slice(i + 1, end).join('')}`;
}

/** One occurrence of a one-to-many character that the review list does not cover as converted. */
export interface Unreviewed {
  context: string;
  form: string;
  /** The form the list gives for the context, when it gives another. */
  listed?: string;
}

/**
 * A converter from OpenCC's conversion and a review: overrides applied, then every one-to-many
 * character checked. `onUnreviewed` receives what the list lacks; by default it throws, naming it,
 * or during a build hands it to the build guard (collectUnreviewed).
 */
export function reviewedConverter(opencc: Convert, review: ConversionReview, onUnreviewed: (found: Unreviewed[], text: string) => void = throwUnreviewed): Convert {
  const phrases = Object.entries(review.phrases).map(([from, { form }]) => [from, form] as const);
  for (const [from, to] of phrases) {
    if ([...from].length !== [...to].length) throw new Error(`${CONVERSION_FILE}: phrase "${from}" → "${to}" changes the length; a conversion is character for character`);
  }
  return (text) => {
    const source = [...text];
    const converted = [...opencc(text)];
    if (converted.length !== source.length) throw new Error(`OpenCC changed the length of a text, which must stay character for character: ${text.slice(0, 40)}`);
    for (const [from, to] of phrases) {
      for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
        converted.splice([...text.slice(0, at)].length, [...to].length, ...to);
      }
    }
    const found: Unreviewed[] = [];
    source.forEach((ch, i) => {
      if (!ONE_TO_MANY.has(ch)) return;
      const context = contextAt(source, i);
      const listed = review.contexts[context];
      if (listed !== converted[i]) found.push({ context, form: converted[i]!, ...(listed === undefined ? {} : { listed }) });
    });
    if (found.length) onUnreviewed(found, text);
    return converted.join('');
  };
}

/** The line that names a context the review list lacks or contradicts, with what to do about it. */
const unreviewedProblem = ({ context, form, listed }: Unreviewed, text: string): string =>
  listed === undefined
    ? `"${context}" → ${form} is not in the review list: check the form in this context and add "${context}": "${form}" under "contexts" (or a phrase override) — first in: ${text.slice(0, 60).replace(/\s+/gu, ' ')}`
    : `"${context}" is converted to ${form}, but the review list chose ${listed}: add a phrase override or correct the list`;

/**
 * Where a build collects what the review list lacks, by context (src/integrations/build-guard.ts), so
 * that one build names every such context once, after the output checks (spam, links) have had their
 * say; shared through globalThis because the pages are rendered from bundled copies of this module.
 */
const COLLECTED = Symbol.for('dongguan-policy.unreviewed-conversions');
type Collector = { [COLLECTED]?: Map<string, string> };

/** Starts collecting, for a build: until then, a context not in the list throws where it is converted. */
export function collectUnreviewed(): Map<string, string> {
  return ((globalThis as Collector)[COLLECTED] = new Map());
}

function throwUnreviewed(found: Unreviewed[], text: string): void {
  const collected = (globalThis as Collector)[COLLECTED];
  if (!collected) throw new ProblemsError(`Traditional conversion (${CONVERSION_FILE})`, found.map((f) => unreviewedProblem(f, text)));
  for (const f of found) if (!collected.has(f.context)) collected.set(f.context, unreviewedProblem(f, text));
}

const OPENCC = { 'opencc-cn-tw': () => OpenCC.Converter({ from: 'cn', to: 'tw' }) } as const;
const made = new Map<string, Convert>();

/** The converter that makes a converted edition's text from its source edition's text. */
export function converterFor(locale: Locale): Convert {
  const { text } = localeInfo(locale);
  if (text.from !== 'conversion') throw new Error(`Locale "${locale}" is not converted from another edition`);
  let convert = made.get(text.converter);
  if (!convert) {
    convert = reviewedConverter(OPENCC[text.converter](), conversionFile);
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
