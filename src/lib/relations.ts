/**
 * The plan's structure read across: which sectors sit in a zone, which sectors and measures a
 * department leads or shares, and who it shares them with. Everything is derived from the parsed
 * document, so the zone and department pages cannot disagree with the text.
 */
import type { Measure, PolicyDocument, Sector } from './policy-model.ts';

export const sectorsInZone = (document: PolicyDocument, zone: string): Sector[] => document.sectors.filter((s) => s.zones.includes(zone));

export const sectorsLedBy = (document: PolicyDocument, department: string): Sector[] =>
  document.sectors.filter((s) => s.leads.includes(department));

export const measuresOf = (document: PolicyDocument, department: string): Measure[] =>
  document.measures.filter((m) => m.departments.includes(department));

/** The other departments named beside this one on any sector it leads or measure it shares, in first-seen order. */
export function partnersOf(document: PolicyDocument, department: string): string[] {
  const groups = [...sectorsLedBy(document, department).map((s) => s.leads), ...measuresOf(document, department).map((m) => m.departments)];
  return [...new Set(groups.flat())].filter((d) => d !== department);
}

/** Every department named as lead or responsible, in first-seen order through the document. */
export const namedDepartments = (document: PolicyDocument): string[] => [
  ...new Set([...document.sectors.flatMap((s) => s.leads), ...document.measures.flatMap((m) => m.departments)]),
];

/** Every zone named as a key area, in first-seen order. */
export const namedZones = (document: PolicyDocument): string[] => [...new Set(document.sectors.flatMap((s) => s.zones))];

/**
 * The English sentence that names a sector's key areas. The translation keeps the clause as one
 * sentence about "agglomeration areas"; exactly one such sentence is expected.
 */
export function englishZonesClause(text: string): string | undefined {
  const sentences = text.split(/(?<=\.)\s+/u).filter((s) => /agglomeration areas?\b/u.test(s));
  return sentences.length === 1 ? sentences[0] : undefined;
}
