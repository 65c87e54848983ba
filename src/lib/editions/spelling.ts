/**
 * The English follows British spelling in its Oxford form: -ize and -ization (as in the brief's
 * "specialized"), with -re, -our, -ll- and -ae- (centre, labour, modelling, orthopaedic). This lists
 * the spellings of the other conventions that must not appear in English content or UI strings; it
 * applies to every edition whose locale entry names this convention (`spelling: 'en-GB-oxendict'`).
 */
import { type Locale, localeInfo } from './locales.ts';
import { throwIfProblems } from '../checks/problems.ts';

/** Stems that take -ise in the -ise convention; we write them with -ize (organize, commercialization). */
const IZE_STEMS = [
  'author', 'capital', 'categor', 'central', 'character', 'commercial', 'custom', 'digit', 'digital', 'emphas',
  'final', 'global', 'harmon', 'industrial', 'internation', 'legal', 'local', 'maxim', 'minim', 'mobil',
  'modern', 'normal', 'optim', 'organ', 'priorit', 'real', 'recogn', 'revital', 'special', 'stabil',
  'standard', 'subsid', 'summar', 'synerg', 'util', 'visual',
];

/** Whole words of American spelling, each with the spelling we use. */
const AMERICAN: [RegExp, string][] = [
  [/\bcenter(s|ed|ing)?\b/giu, 'centre'],
  [/\bfiber(s)?\b/giu, 'fibre'],
  [/\bliter(s)?\b/giu, 'litre'],
  [/\btheater(s)?\b/giu, 'theatre'],
  [/\blabor(s|ed|ing)?\b/giu, 'labour'],
  [/\bcolor(s|ed|ful)?\b/giu, 'colour'],
  [/\bfavor(s|ed|able|ite)?\b/giu, 'favour'],
  [/\bhonor(s|ed)?\b/giu, 'honour'],
  [/\bneighbor(s|ing|hood)?\b/giu, 'neighbour'],
  [/\bbehavior(s|al)?\b/giu, 'behaviour'],
  [/\bharbor(s)?\b/giu, 'harbour'],
  [/\baluminum\b/giu, 'aluminium'],
  [/\borthopedic(s)?\b/giu, 'orthopaedic'],
  [/\bpediatric(s)?\b/giu, 'paediatric'],
  [/\bmold(s|ed|ing)?\b/giu, 'mould'],
  [/\bcatalog(s|ed|ing)?\b/giu, 'catalogue'],
  [/\bfulfill(s|ment)?\b/giu, 'fulfil'],
  [/\benroll(s|ment)?\b/giu, 'enrol'],
  [/\b(model|label|travel|cancel|signal|fuel)(ed|ing)\b/giu, 'doubled l (modelling, labelled)'],
  [/\banalyz(e|es|ed|ing)\b/giu, 'analyse'],
  [/\bdefense\b/giu, 'defence'],
  [/\baging\b/giu, 'ageing'],
  [/\bgray\b/giu, 'grey'],
  [/\btoward\b/giu, 'towards'],
];
const ISE = new RegExp(`\\b(?:${IZE_STEMS.join('|')})is(?:e|es|ed|ing|ation|ations)\\b`, 'giu');

export interface EnglishText {
  /** File and field, for messages. */
  where: string;
  text: string;
}

/** Each other-convention spelling found, with where it is and what to write instead. */
export function spellingProblems(texts: readonly EnglishText[]): string[] {
  const problems: string[] = [];
  for (const { where, text } of texts) {
    for (const word of text.match(ISE) ?? []) problems.push(`${where}: "${word}" (write -ize: "${word.replace(/is(?=e|ation|ing)/iu, 'iz')}")`);
    for (const [pattern, ours] of AMERICAN) {
      for (const word of text.match(pattern) ?? []) problems.push(`${where}: "${word}" (British spelling: ${ours})`);
    }
  }
  return problems;
}

/** The problems of an edition's texts: none for an edition whose locale entry names no spelling convention. */
export const spellingProblemsIn = (locale: Locale, texts: readonly EnglishText[]): string[] =>
  localeInfo(locale).spelling === 'en-GB-oxendict' ? spellingProblems(texts) : [];

/** Throws a ProblemsError naming every other-convention spelling in the texts. */
export function checkSpelling(texts: readonly EnglishText[]): void {
  throwIfProblems('Spelling (British, -ize)', spellingProblems(texts));
}
