/**
 * Joins the sector MDX entries (content/sectors/<locale>/<slug>.mdx) to the parsed plan and checks
 * them: every sector has one page per language under one slug, and every Chinese breakdown item is
 * quoted from its paragraph, so the breakdown can never say what the text does not.
 */
import type { Locale, PolicyDocument, Sector } from './policy-model.ts';
import { digitsOf, figureProblems, figuresOf } from './figure-check.ts';
import { CJK, compact } from './text.ts';
import { LOCALES } from './urls.ts';

export interface SectorFrontmatter {
  paragraph: string;
  title: string;
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
  entries: Record<Locale, E>;
}

export class SectorContentError extends Error {
  constructor(problems: string[]) {
    super(`Sector content: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'SectorContentError';
  }
}

/** The sectors in document order, each with its zh and en entry; throws naming every problem. */
export function joinSectorContent<E extends SectorEntry>(entries: readonly E[], document: PolicyDocument): SectorContent<E>[] {
  const problems: string[] = [];
  const where = (e: SectorEntry) => e.filePath ?? `content/sectors/${e.id}.mdx`;
  const found = new Map<string, Partial<Record<Locale, E>>>();

  for (const entry of entries) {
    const [locale, slug, ...rest] = entry.id.split('/');
    if (!LOCALES.includes(locale as Locale) || !slug || rest.length || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) {
      problems.push(`${where(entry)}: expected content/sectors/<zh|en>/<lowercase-slug>.mdx`);
      continue;
    }
    const sector = document.sectors.find((s) => s.id === entry.data.paragraph);
    if (!sector) {
      problems.push(`${where(entry)}: field "paragraph": "${entry.data.paragraph}" is not a sector paragraph of the plan`);
      continue;
    }
    const slot = found.get(sector.id) ?? {};
    if (slot[locale as Locale]) problems.push(`${where(entry)}: a second ${locale} page for paragraph ${sector.id}`);
    slot[locale as Locale] = entry;
    found.set(sector.id, slot);
  }

  const joined: SectorContent<E>[] = [];
  for (const sector of document.sectors) {
    const { zh, en } = found.get(sector.id) ?? {};
    if (!zh || !en) {
      problems.push(`paragraph ${sector.id} (${sector.title}) has no ${!zh ? 'zh' : 'en'} page in content/sectors/`);
      continue;
    }
    const slug = zh.id.split('/')[1]!;
    if (en.id.split('/')[1] !== slug) problems.push(`${where(en)}: slug differs from ${where(zh)}`);
    const paragraph = compact(sector.text);
    if (!compact(sector.title).includes(compact(zh.data.title))) problems.push(`${where(zh)}: field "title" is not part of the heading "${sector.title}"`);
    for (const list of ['priorities', 'technologies'] as const) {
      for (const item of zh.data[list]) {
        if (!paragraph.includes(compact(item))) problems.push(`${where(zh)}: ${list} item "${item}" does not occur in paragraph ${sector.id}`);
      }
      if (new Set(zh.data[list]).size !== zh.data[list].length) problems.push(`${where(zh)}: ${list} lists an item twice`);
      if (en.data[list].length !== zh.data[list].length) {
        problems.push(`${where(en)}: ${list} has ${en.data[list].length} items, the zh page ${zh.data[list].length}: item i translates item i`);
      }
    }
    const english = [en.data.title, en.data.summary, ...en.data.priorities, ...en.data.technologies, en.body ?? ''].join('\n');
    if (CJK.test(english)) problems.push(`${where(en)}: contains Chinese characters`);
    // Figures: the zh page's come from its paragraph, the en page has each of them and no other.
    const chinese = [zh.data.title, zh.data.summary, ...zh.data.priorities, ...zh.data.technologies, zh.body ?? ''].join('\n');
    const zhFigures = figuresOf(chinese);
    for (const figure of zhFigures) {
      if (!paragraph.includes(compact(figure.source))) problems.push(`${where(zh)}: the figure ${figure.source} is not in paragraph ${sector.id}`);
    }
    problems.push(...figureProblems(where(en), chinese, english).map((p) => `${p} (as on ${where(zh)})`));
    const allowed = new Set(zhFigures.flatMap((f) => f.forms.flatMap(digitsOf)));
    for (const digits of new Set(digitsOf(english))) {
      if (!allowed.has(digits)) problems.push(`${where(en)}: the figure ${digits} is not a figure of ${where(zh)} or of paragraph ${sector.id}`);
    }
    joined.push({ slug, sector, entries: { zh, en } });
  }

  if (problems.length) throw new SectorContentError(problems);
  return joined;
}
