/**
 * Plain-language summaries of the 10 measures (measures.json in the document's folder: one text per edition, keyed
 * by paragraph id), checked against the clause they summarise: every department a summary names is
 * one the clause makes responsible, it names at least one of them, and every figure it gives occurs
 * in the clause in the same edition.
 */
import { type Locale, localeInfo, scriptProblem } from '../editions/locales.ts';
import { ProblemsError } from '../checks/problems.ts';
import { type DepartmentData, departmentNameForms } from '../document/content-data.ts';
import { compact } from '../document/text.ts';

export type MeasureSummaries = Record<string, Record<string, string>>;

/** A measure as the check sees it: its departments and its clause in every edition. */
export interface MeasureClause {
  id: string;
  departments: readonly string[];
  clause: Record<string, string>;
}


const figures = (text: string) => [...compact(text).matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]);

export function checkMeasureSummaries(
  raw: unknown,
  measures: readonly MeasureClause[],
  departments: readonly DepartmentData[],
  locales: readonly Locale[],
  file: string,
): MeasureSummaries {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProblemsError(file, ['expected an object keyed by measure paragraph id']);
  const summaries = raw as Record<string, Record<string, unknown>>;
  for (const key of Object.keys(summaries)) {
    if (key !== '$schema' && !measures.some((m) => m.id === key)) problems.push(`"${key}" is not a measure paragraph of the plan`);
  }
  for (const measure of measures) {
    const entry = summaries[measure.id];
    if (!entry) {
      problems.push(`measure ${measure.id} has no summary`);
      continue;
    }
    for (const locale of locales) {
      const summary = entry[locale];
      const where = `"${measure.id}.${locale}"`;
      if (typeof summary !== 'string' || !summary.trim()) {
        problems.push(`${where} is missing`);
        continue;
      }
      const script = scriptProblem(summary, localeInfo(locale).script);
      if (script) problems.push(`${where} ${script}`);
      const text = compact(summary);
      // A department is named by its full name or its short one (市科技局 or 科技局).
      const named = departments.filter((d) => departmentNameForms(d, locale).some((form) => text.includes(compact(form))));
      for (const department of named) {
        if (!measure.departments.includes(department.slug)) problems.push(`${where} names ${department.name[locale]}, which the clause does not make responsible`);
      }
      if (!named.some((d) => measure.departments.includes(d.slug))) problems.push(`${where} names none of the departments responsible`);
      const clauseFigures = new Set(figures(measure.clause[locale]!));
      for (const figure of figures(summary)) {
        if (!clauseFigures.has(figure)) problems.push(`${where} gives the figure ${figure}, which the clause does not`);
      }
    }
  }
  if (problems.length) throw new ProblemsError(file, problems);
  return summaries as MeasureSummaries;
}
