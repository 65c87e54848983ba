/**
 * The site's explanations of the plan, as data: the 政策解读 (explained.json in the document's folder: the standard
 * sections, each a list of items citing paragraphs) and the 政策问答 (questions.json beside it: each
 * question with its answer and the paragraphs the answer rests on). Together with the measure
 * summaries and the sector overviews they are the claims that src/lib/explain/claim-check.ts checks against
 * their paragraphs, and the pairs that src/lib/editions/term-check.ts checks for one rendering per term.
 */
import type { Claim, ClaimContext, NamedEntity } from './claim-check.ts';
import { type DepartmentData, type Localized, type ZoneData, departmentNameForms } from '../document/content-data.ts';
import type { GlossaryData } from '../editions/glossary.ts';
import { type Locale, ORIGINAL, localeInfo, scriptProblem } from '../editions/locales.ts';
import { throwIfProblems } from '../checks/problems.ts';
import type { TextPair } from '../editions/term-check.ts';

/** The sections of a government 政策解读, in their usual order. */
const EXPLAINED_SECTIONS = ['background', 'goals', 'contents', 'scope', 'terms', 'notes'] as const;
export type ExplainedSectionId = (typeof EXPLAINED_SECTIONS)[number];

/** A text in every authored edition and the paragraph ids it explains. */
export interface CitedText {
  clauses: string[];
  text: Localized;
}
export interface ExplainedSection {
  id: ExplainedSectionId;
  items: CitedText[];
}
export interface Question {
  id: string;
  /** The answer that says what the plan leaves to the departments (amounts, procedures): the finder links it. At most one. */
  notInPlan?: boolean;
  question: Localized;
  answer: CitedText;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function citedTextProblems(value: unknown, where: string, locales: readonly Locale[]): string[] {
  const item = value as Partial<CitedText> | undefined;
  const problems: string[] = [];
  if (!Array.isArray(item?.clauses) || !item.clauses.length || item.clauses.some((c) => typeof c !== 'string')) problems.push(`${where}: "clauses" must list the paragraph ids it explains`);
  problems.push(...localizedProblems(item?.text, `${where}.text`, locales));
  return problems;
}

function localizedProblems(value: unknown, where: string, locales: readonly Locale[]): string[] {
  if (typeof value !== 'object' || value === null) return [`${where}: expected one text per edition (${locales.join(', ')})`];
  return locales.flatMap((locale) => {
    const text = (value as Record<string, unknown>)[locale];
    if (typeof text !== 'string' || !text.trim()) return [`${where}.${locale}: missing`];
    const script = scriptProblem(text, localeInfo(locale).script);
    return script ? [`${where}.${locale}: ${script}`] : [];
  });
}

/** content/documents/<id>/explained.json: every standard section once, in order, each with at least one cited item. */
export function checkExplained(raw: unknown, locales: readonly Locale[], file: string): ExplainedSection[] {
  const sections = raw as ExplainedSection[];
  if (!Array.isArray(sections)) throwIfProblems(file, ['expected a JSON array of sections']);
  const problems: string[] = [];
  const ids = sections.map((s) => s?.id);
  if (ids.join() !== EXPLAINED_SECTIONS.join()) problems.push(`the sections must be, in this order: ${EXPLAINED_SECTIONS.join(', ')} (found ${ids.join(', ')})`);
  sections.forEach((section, i) => {
    if (!Array.isArray(section?.items) || !section.items.length) problems.push(`section ${i + 1} (${section?.id}): "items" must list at least one cited text`);
    else section.items.forEach((item, j) => problems.push(...citedTextProblems(item, `section ${i + 1} (${section.id}) item ${j + 1}`, locales)));
  });
  throwIfProblems(file, problems);
  return sections;
}

/** content/documents/<id>/questions.json: questions with unique slugs, each with a question and a cited answer in every edition. */
export function checkQuestions(raw: unknown, locales: readonly Locale[], file: string): Question[] {
  const questions = raw as Question[];
  if (!Array.isArray(questions)) throwIfProblems(file, ['expected a JSON array of questions']);
  const problems: string[] = [];
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    const where = `question ${i + 1} (${q?.id ?? 'no id'})`;
    if (!SLUG.test(q?.id ?? '') || seen.has(q.id)) problems.push(`${where}: "id" must be a unique lowercase slug`);
    seen.add(q?.id);
    if (q?.notInPlan !== undefined && q.notInPlan !== true) problems.push(`${where}: "notInPlan" is true or absent`);
    problems.push(...localizedProblems(q?.question, `${where}.question`, locales), ...citedTextProblems(q?.answer, `${where}.answer`, locales));
  });
  if (questions.filter((q) => q?.notInPlan).length > 1) problems.push('"notInPlan" marks more than one question');
  throwIfProblems(file, problems);
  return questions;
}

/** What the claims and term checks read: every explanatory text of the site with where it is kept. */
export interface ExplanatoryTexts {
  /** Where the measure summaries, the 解读 and the 问答 are kept, for messages. */
  files: { measures: string; explained: string; questions: string };
  measureSummaries: Record<string, Localized>;
  sectors: readonly { file: Record<string, string>; paragraph: string; summary: Localized; body: Localized }[];
  explained: readonly ExplainedSection[];
  questions: readonly Question[];
}

/** A sector overview's body, paragraph by paragraph (blank lines separate them). */
const bodyParagraphs = (body: string) => body.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);

/** Every explanatory text as a claim in each authored edition. */
export function explanationClaims(texts: ExplanatoryTexts, locales: readonly Locale[]): Claim[] {
  const claims: Claim[] = [];
  for (const locale of locales) {
    for (const [id, summary] of Object.entries(texts.measureSummaries)) {
      if (id !== '$schema') claims.push({ where: `${texts.files.measures} "${id}.${locale}"`, locale, text: summary[locale]!, clauses: [id] });
    }
    for (const sector of texts.sectors) {
      const file = sector.file[locale]!;
      claims.push({ where: `${file}: field "summary"`, locale, text: sector.summary[locale]!, clauses: [sector.paragraph] });
      bodyParagraphs(sector.body[locale]!).forEach((text, i) => claims.push({ where: `${file}: body paragraph ${i + 1}`, locale, text, clauses: [sector.paragraph] }));
    }
    for (const section of texts.explained) {
      section.items.forEach((item, i) => claims.push({ where: `${texts.files.explained}: section "${section.id}" item ${i + 1} (${locale})`, locale, text: item.text[locale]!, clauses: item.clauses }));
    }
    for (const q of texts.questions) claims.push({ where: `${texts.files.questions}: "${q.id}" answer (${locale})`, locale, text: q.answer.text[locale]!, clauses: q.answer.clauses });
  }
  return claims;
}

/** The original and a translation of every explanatory text, questions included, for the term check. */
export function explanationPairs(texts: ExplanatoryTexts, locale: Locale): TextPair[] {
  const pair = (where: string, text: Localized) => ({ where, original: text[ORIGINAL]!, translated: text[locale]! });
  return [
    ...Object.entries(texts.measureSummaries).filter(([id]) => id !== '$schema').map(([id, s]) => pair(`${texts.files.measures} "${id}.${locale}"`, s)),
    ...texts.explained.flatMap((section) => section.items.map((item, i) => pair(`${texts.files.explained}: section "${section.id}" item ${i + 1}`, item.text))),
    ...texts.questions.flatMap((q) => [pair(`${texts.files.questions}: "${q.id}" question`, q.question), pair(`${texts.files.questions}: "${q.id}" answer`, q.answer.text)]),
  ];
}

/**
 * The names a claim may only use when its paragraphs do: zones, departments (with and without the
 * city's name: 市科技局 or 科技局), sectors and the glossary's named programmes and terms.
 */
export function namedEntities(
  { zones, departments, glossary, sectors }: { zones: readonly ZoneData[]; departments: readonly DepartmentData[]; glossary: readonly GlossaryData[]; sectors: readonly { names: Record<string, readonly string[]> }[] },
  locales: readonly Locale[],
): NamedEntity[] {
  const forms = (names: (locale: Locale) => string[]) => Object.fromEntries(locales.map((l) => [l, [...new Set(names(l).filter((n) => n.length > 1))]]));
  return [
    ...zones.map((z) => ({ kind: 'zone' as const, name: z.name[ORIGINAL]!, forms: forms((l) => [z.name[l]!, z.name[l]!.replace(/\s*(?:\(.*\)\s*area|New Area)$/u, '')]) })),
    // A group of bodies (有关镇街(园区)) names no one department: a claim may mention the towns freely.
    ...departments
      .filter((d) => !d.group)
      .map((d) => ({ kind: 'department' as const, name: d.name[ORIGINAL]!, forms: forms((l) => departmentNameForms(d, l)) })),
    ...sectors.map((s) => ({ kind: 'sector' as const, name: s.names[ORIGINAL]![0]!, forms: forms((l) => [...s.names[l]!]) })),
    ...glossary.map((g) => ({ kind: 'programme' as const, name: g.term[ORIGINAL]!, forms: forms((l) => [g.term[l]!, ...(g.forms?.[l] ?? [])]) })),
  ];
}

/** The context for checking claims: a paragraph's heading and text in an edition. */
export function claimContext(
  paragraphs: readonly { id: string; in: Record<string, { title: string; text: string }> }[],
  entities: readonly NamedEntity[],
): ClaimContext {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const all = new Map<string, string[]>();
  return {
    clause: (id, locale) => {
      const p = byId.get(id)?.in[locale];
      return p && `${p.title}\n${p.text}`;
    },
    allClauses: (locale) => {
      if (!all.has(locale)) all.set(locale, paragraphs.map((p) => `${p.in[locale]!.title}\n${p.in[locale]!.text}`));
      return all.get(locale)!;
    },
    entities,
  };
}
