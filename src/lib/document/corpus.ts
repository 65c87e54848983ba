/**
 * The corpus: every document, every clause (paragraph) with what it concerns, and the dated facts.
 * Each tag of a clause — a sector, a zone, a department with its role, a kind of support — carries
 * its evidence: the words of the clause that justify it (a test checks that they occur in it). A tag
 * is given only when its words are there: a zone or department by its registry name, a role by the
 * phrase of the closing note, a support kind by a word of content/support-kinds.json.
 */
import type { PolicySource } from './load-policy.ts';
import type { Block } from './policy-model.ts';
import { responsibilityNote } from './reader.ts';
import type { SupportKind, SupportNeed } from './support-kinds.ts';
import { ORIGINAL } from '../editions/locales.ts';
import { nfkc } from './text.ts';

/** A tag and the words of the clause that justify it. */
export interface Tag<S extends string = string> {
  slug: S;
  evidence: string[];
}
/**
 * lead: named before a lead phrase (牵头); responsible: before a responsibility phrase (按照职能分工负责);
 * local: before a local-responsibility phrase (落实属地责任); named: named in the text without a role.
 */
export type DepartmentRole = 'lead' | 'responsible' | 'local' | 'named';
export interface DepartmentTag extends Tag {
  role: DepartmentRole;
}

/** A sector a clause concerns: its URL slug (the sector page's file name) and its paragraph. */
export interface SectorTag extends Tag {
  paragraph: string;
}

export interface CorpusClause {
  /** `<document id>#<paragraph id>`: unique across the corpus. */
  id: string;
  document: string;
  paragraph: string;
  /** The paragraph's heading and text, NFKC-normalised: what the evidence is found in. */
  text: string;
  sectors: SectorTag[];
  zones: Tag[];
  departments: DepartmentTag[];
  support: Tag<SupportNeed>[];
}

export type FactKind = 'signed' | 'published' | 'status-checked' | 'target' | 'target-year' | 'outlook';
export interface DatedFact {
  document: string;
  kind: FactKind;
  /** An ISO 8601 date, or for a target and a horizon the year it is set for. */
  date?: string;
  year?: number;
  /** For an outlook: the span in years from the plan ("5至10年内"). */
  span?: { from: number; to: number };
  /** For a target: its id (as the profile names it), figure and unit. */
  target?: { id: string; value: number; unit: string };
  /** The clause the fact belongs to (its corpus id). */
  clause: string;
  /** Where the fact is stated: the capture's text (evidence then occurs in the clause), its page chrome, or status.json. */
  source: 'text' | 'capture' | 'status';
  evidence: string;
}

export interface CorpusDocument {
  id: string;
  isDefault: boolean;
  number: string;
  issuer: string;
  title: string;
}

export interface Corpus {
  documents: CorpusDocument[];
  clauses: CorpusClause[];
  facts: DatedFact[];
}

const clauseText = (block: Block) => nfkc([block.label, block.title, block.text].filter(Boolean).join(block.runIn ? '' : '\n'));

/** The words of `words` that occur in the text, NFKC-normalised, each once. */
const occurring = (text: string, words: readonly string[]) => [...new Set(words.map(nfkc).filter((w) => w && text.includes(w)))];

/**
 * `sectorSlugs`: per document id, each sector paragraph's URL slug (from its sector pages); a sector
 * without one is tagged by its paragraph id.
 */
export function buildCorpus(sources: readonly PolicySource[], supportKinds: readonly SupportKind[], sectorSlugs: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map()): Corpus {
  const documents: CorpusDocument[] = [];
  const clauses: CorpusClause[] = [];
  const facts: DatedFact[] = [];
  for (const source of sources) {
    const { document, profile } = source;
    const clauseId = (paragraph: string) => `${source.id}#${paragraph}`;
    documents.push({ id: source.id, isDefault: source.isDefault, number: document.notice.number, issuer: document.notice.issuer, title: document.notice.title });
    const zoneNames = source.zones.map((z) => ({ slug: z.slug, name: nfkc(z.name[ORIGINAL]!) }));
    const departmentNames = source.departments.map((d) => ({ slug: d.slug, name: nfkc(d.name[ORIGINAL]!) }));
    const phrases: [DepartmentRole, readonly string[]][] = [
      ['lead', profile.responsibility.lead],
      ['responsible', profile.responsibility.responsible],
      ['local', profile.responsibility.local],
    ];
    const allPhrases = phrases.flatMap(([, p]) => p);

    for (const block of document.blocks) {
      const text = clauseText(block);
      const sectors: SectorTag[] = document.sectors
        .filter((s) => s.id === block.id || text.includes(nfkc(s.title)))
        .map((s) => ({ slug: sectorSlugs.get(source.id)?.get(s.id) ?? s.id, paragraph: s.id, evidence: [nfkc(s.title)] }));
      const zones: Tag[] = zoneNames.flatMap((z) => (text.includes(z.name) ? [{ slug: z.slug, evidence: [z.name] }] : []));

      // Roles from the closing note; a department the text names elsewhere, or without a role, is "named".
      const departments: DepartmentTag[] = [];
      const note = responsibilityNote(nfkc(block.text), allPhrases) ?? [];
      for (const clause of note) {
        const role = phrases.find(([, p]) => clause.phrase !== undefined && p.includes(clause.phrase))?.[0];
        if (!role) continue;
        for (const name of clause.names) {
          const department = departmentNames.find((d) => d.name === name);
          if (department) departments.push({ slug: department.slug, role, evidence: [name, clause.phrase!] });
        }
      }
      for (const d of departmentNames) {
        if (text.includes(d.name) && !departments.some((t) => t.slug === d.slug)) departments.push({ slug: d.slug, role: 'named', evidence: [d.name] });
      }
      // A support word inside a name marks nothing (人才 in 市委人才办): names are taken out before matching.
      const withoutNames = [...zoneNames, ...departmentNames].reduce((rest, { name }) => rest.replaceAll(name, '\u0000'), text);
      const support = supportKinds.flatMap((kind) => {
        const evidence = occurring(kind.except.reduce((rest, phrase) => rest.replaceAll(phrase, '\u0000'), withoutNames), kind.words);
        return evidence.length ? [{ slug: kind.slug, evidence }] : [];
      });
      clauses.push({ id: clauseId(block.id), document: source.id, paragraph: block.id, text, sectors, zones, departments, support });
    }

    const textOf = (id: string) => clauses.find((c) => c.id === clauseId(id))!.text;
    const targetsClause = clauseId(document.parts.targets);
    const targetYearEvidence = new RegExp(profile.horizons.targetYear, 'u').exec(textOf(document.parts.targets))![0];
    facts.push(
      { document: source.id, kind: 'signed', date: document.notice.date, clause: clauseId('notice.date'), source: 'text', evidence: nfkc(document.notice.dateText) },
      { document: source.id, kind: 'published', date: document.notice.published, clause: clauseId('notice.title'), source: 'capture', evidence: document.notice.published },
      { document: source.id, kind: 'status-checked', date: source.status.lastChecked, clause: clauseId('notice.title'), source: 'status', evidence: `${source.files.status}: lastChecked` },
      { document: source.id, kind: 'target-year', year: document.horizons.targetYear, clause: targetsClause, source: 'text', evidence: targetYearEvidence },
      ...document.targets.map((t): DatedFact => ({
        document: source.id,
        kind: 'target',
        year: document.horizons.targetYear,
        target: { id: t.id, value: t.value, unit: t.unit },
        clause: targetsClause,
        source: 'text',
        evidence: nfkc(t.clause),
      })),
      ...document.horizons.outlooks.map((o): DatedFact => ({
        document: source.id,
        kind: 'outlook',
        span: { from: o.from, to: o.to },
        clause: targetsClause,
        source: 'text',
        evidence: nfkc(o.clause),
      })),
    );
  }
  return { documents, clauses, facts };
}
