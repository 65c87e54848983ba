/**
 * Joins a document's sector MDX entries (content/documents/<id>/sectors/<locale>/<slug>.mdx, one per
 * authored edition; the entry id is the path under content/documents/) to the parsed plan and checks them: every sector has one page per authored edition under one slug, every
 * breakdown item of the original is quoted from its paragraph (so the breakdown can never say what
 * the text does not), and a translation lists as many items as the original, item i translating item i,
 * and uses the glossary's, zones' and departments' renderings wherever the original page uses the name.
 */
import { digitsOf, figureProblemsIn, figuresOf } from '../editions/figure-check.ts';
import { AUTHORED_LOCALES, type Locale, ORIGINAL, isLocale, localeInfo, scriptProblem } from '../editions/locales.ts';
import type { PolicyDocument, Sector } from './policy-model.ts';
import { ProblemsError } from '../checks/problems.ts';
import { spellingProblemsIn } from '../editions/spelling.ts';
import { type Rendering, type TextPair, termProblems } from '../editions/term-check.ts';
import { compact } from './text.ts';

/** The frontmatter keys of a sector page, the one list content.config.ts and the content check name. */
export const SECTOR_FIELDS = ['paragraph', 'title', 'icon', 'summary', 'priorities', 'technologies'] as const;
/** Those a page may leave out: without an icon, a sector is shown by its name alone. */
export const OPTIONAL_SECTOR_FIELDS: readonly (typeof SECTOR_FIELDS)[number][] = ['icon'];

export interface SectorFrontmatter {
  paragraph: string;
  title: string;
  /** The name of its icon (src/lib/site/sector-icons.ts), the same on every edition's page. */
  icon?: string | undefined;
  summary: string;
  priorities: string[];
  technologies: string[];
}

/** What Astro's content layer gives for an entry, reduced to what the checks need. */
export interface SectorEntry {
  id: string;
  body?: string;
  filePath?: string;
  data: SectorFrontmatter;
}

export interface SectorContent<E extends SectorEntry = SectorEntry> {
  slug: string;
  sector: Sector;
  /** The entry of each authored edition. */
  entries: Partial<Record<Locale, E>>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The folder under which the sector pages' entry ids are paths: `<document id>/sectors/<locale>/<slug>`. */
export const SECTOR_ENTRIES_BASE = 'content/documents';
/** The file of a sector page, for messages: as Astro read it, else from its entry id. */
export const sectorFileOf = (entry: SectorEntry): string => entry.filePath ?? `${SECTOR_ENTRIES_BASE}/${entry.id}.mdx`;
/** The document an entry belongs to, from its id. */
export const entryDocument = (entry: SectorEntry) => entry.id.split('/')[0]!;
/** An entry's edition and slug, from its id `<document>/sectors/<locale>/<slug>`. */
const localeAndSlug = (entry: SectorEntry) => entry.id.split('/').slice(2);

/**
 * One document's sectors in document order, each with its entry per authored edition; throws naming
 * every problem. `entries` are the document's own (entryDocument(entry) is the document's id).
 */
export function joinSectorContent<E extends SectorEntry>(
  entries: readonly E[],
  document: PolicyDocument,
  renderings: Partial<Record<Locale, readonly Rendering[]>>,
): SectorContent<E>[] {
  const problems: string[] = [];
  const where = sectorFileOf;
  const found = new Map<string, Partial<Record<Locale, E>>>();

  for (const entry of entries) {
    const [kind, locale = '', slug, ...rest] = entry.id.split('/').slice(1);
    if (kind !== 'sectors' || !isLocale(locale) || !AUTHORED_LOCALES.includes(locale) || !slug || rest.length || !SLUG.test(slug)) {
      problems.push(`${where(entry)}: expected ${SECTOR_ENTRIES_BASE}/<document>/sectors/<${AUTHORED_LOCALES.join('|')}>/<lowercase-slug>.mdx`);
      continue;
    }
    const sector = document.sectors.find((s) => s.id === entry.data.paragraph);
    if (!sector) {
      problems.push(`${where(entry)}: field "paragraph": "${entry.data.paragraph}" is not a sector paragraph of the plan`);
      continue;
    }
    const slot = found.get(sector.id) ?? {};
    if (slot[locale]) problems.push(`${where(entry)}: a second ${locale} page for paragraph ${sector.id}`);
    slot[locale] = entry;
    found.set(sector.id, slot);
  }

  const joined: SectorContent<E>[] = [];
  for (const sector of document.sectors) {
    const slot = found.get(sector.id) ?? {};
    const missing = AUTHORED_LOCALES.filter((l) => !slot[l]);
    if (missing.length) {
      problems.push(`paragraph ${sector.id} (${sector.title}) has no ${missing.join(', ')} page in its document's sectors/ folder`);
      continue;
    }
    const original = slot[ORIGINAL]!;
    const slug = localeAndSlug(original)[1]!;
    const paragraph = compact(sector.text);
    if (!compact(sector.title).includes(compact(original.data.title))) problems.push(`${where(original)}: field "title" is not part of the heading "${sector.title}"`);
    const originalText = pageText(original);
    const originalFigures = figuresOf(originalText);
    for (const figure of originalFigures) {
      if (!paragraph.includes(compact(figure.source))) problems.push(`${where(original)}: the figure ${figure.source} is not in paragraph ${sector.id}`);
    }
    for (const list of ['priorities', 'technologies'] as const) {
      for (const item of original.data[list]) {
        if (!paragraph.includes(compact(item))) problems.push(`${where(original)}: ${list} item "${item}" does not occur in paragraph ${sector.id}`);
      }
      if (new Set(original.data[list]).size !== original.data[list].length) problems.push(`${where(original)}: ${list} lists an item twice`);
    }
    for (const locale of AUTHORED_LOCALES) {
      const entry = slot[locale]!;
      if (localeAndSlug(entry)[1] !== slug) problems.push(`${where(entry)}: slug differs from ${where(original)}`);
      if (entry.data.icon !== original.data.icon) problems.push(`${where(entry)}: field "icon" is ${entry.data.icon ?? 'absent'}, on ${where(original)} ${original.data.icon ?? 'absent'}: one icon per sector`);
      for (const list of ['priorities', 'technologies'] as const) {
        if (entry.data[list].length !== original.data[list].length) {
          problems.push(`${where(entry)}: ${list} has ${entry.data[list].length} items, the ${ORIGINAL} page ${original.data[list].length}: item i translates item i`);
        }
      }
      const text = pageText(entry);
      const problem = scriptProblem(text, localeInfo(locale).script);
      if (problem) problems.push(`${where(entry)}: ${problem}`);
      if (locale === ORIGINAL) continue;
      problems.push(...termProblems(sectorPairs(original, entry, where(entry)), renderings[locale] ?? []));
      problems.push(...spellingProblemsIn(locale, [{ where: where(entry), text }]));
      // Figures: the translated page has each figure of the original page, and no other.
      problems.push(...figureProblemsIn(locale, where(entry), originalText, text).map((p) => `${p} (as on ${where(original)})`));
      const allowed = new Set(originalFigures.flatMap((f) => f.forms.flatMap(digitsOf)));
      for (const digits of new Set(digitsOf(text))) {
        if (!allowed.has(digits)) problems.push(`${where(entry)}: the figure ${digits} is not a figure of ${where(original)} or of paragraph ${sector.id}`);
      }
    }
    joined.push({ slug, sector, entries: slot });
  }

  if (problems.length) throw new ProblemsError('Sector content', problems);
  return joined;
}

/** A translated page's title, summary, each breakdown item and body beside the original page's. */
function sectorPairs(original: SectorEntry, translated: SectorEntry, file: string): TextPair[] {
  const pairs: TextPair[] = (['title', 'summary'] as const).map((field) => ({ where: `${file}: field "${field}"`, original: original.data[field], translated: translated.data[field] }));
  for (const list of ['priorities', 'technologies'] as const) {
    original.data[list].forEach((item, i) => pairs.push({ where: `${file}: ${list} item ${i + 1}`, original: item, translated: translated.data[list][i] ?? '' }));
  }
  pairs.push({ where: `${file}: body`, original: original.body ?? '', translated: translated.body ?? '' });
  return pairs;
}

/** Everything a sector page says in its own words: title, summary, breakdown and body. */
const pageText = (entry: SectorEntry) => [entry.data.title, entry.data.summary, ...entry.data.priorities, ...entry.data.technologies, entry.body ?? ''].join('\n');
