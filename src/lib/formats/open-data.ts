/**
 * The plan as open data: data/policy.json (every edition's text, described by data/policy.schema.json,
 * which is generated from the zod schema below) and two CSV tables with a column per edition. Built
 * from the same site model as the pages.
 */
import { TARGET_UNITS } from '../document/policy-model.ts';
import { z } from 'zod';
import { LOCALE_LIST, LOCALES, type Locale } from '../editions/locales.ts';
import { ZONE_TYPES } from '../document/content-data.ts';
import type { SiteModel } from '../document/site-model.ts';

/** The files published under data/, in the order the about page lists them. */
export const DATA_FILES = ['policy.json', 'policy.schema.json', 'sectors.csv', 'measures.csv'] as const;

const inEvery = (text: z.ZodString) => z.object(Object.fromEntries(LOCALES.map((l) => [l, text])) as Record<Locale, z.ZodString>).strict();
const texts = inEvery(z.string().min(1));
/** Headings: the notice's paragraphs have none. */
const optionalTexts = inEvery(z.string());
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);

export const policyDataSchema = z
  .object({
    editions: z
      .array(
        z.object({ code: z.enum(LOCALES as [Locale, ...Locale[]]), tag: z.string(), name: z.string(), source: z.enum(['seed', 'translation', 'conversion']) }).strict(),
      )
      .describe('The editions: the original (the seed), translations, and editions converted from another at build time. The original prevails.'),
    document: z
      .object({ number: texts, title: texts, issuer: texts, planTitle: texts, dateSigned: z.iso.date(), datePublished: z.iso.date() })
      .strict(),
    targets: z
      .array(z.object({ id: z.string(), value: z.number(), unit: z.enum(TARGET_UNITS), figure: texts, label: texts }).strict())
      .describe('The quantified targets for the target year, as the original states them.'),
    horizons: z
      .object({ targetYear: z.number().int(), outlooks: z.array(z.object({ from: z.number().int(), to: z.number().int(), goal: texts }).strict()) })
      .strict(),
    sectors: z
      .array(
        z
          .object({
            id: z.string().regex(/^2\.[12]\.\d+$/u),
            slug,
            kind: z.enum(['cluster', 'future']),
            order: z.number().int().min(1),
            name: texts,
            shortName: texts,
            summary: texts,
            paragraph: texts,
            zones: z.array(slug),
            leadDepartments: z.array(slug).min(1),
          })
          .strict(),
      )
      .min(1),
    measures: z.array(z.object({ id: z.string(), order: z.number().int(), title: texts, text: texts, departments: z.array(slug).min(1) }).strict()),
    zones: z.array(z.object({ slug, type: z.enum(ZONE_TYPES), name: texts }).strict()),
    departments: z.array(z.object({ slug, name: texts }).strict()),
    glossary: z.array(z.object({ slug, term: texts, note: texts }).strict()),
    paragraphs: z.array(z.object({ id: z.string(), title: optionalTexts, text: optionalTexts }).strict()),
  })
  .strict()
  .describe('A policy document (a notice and the plan it issues) as open data: its facts, targets, sectors, measures, zones, departments, glossary and every paragraph in every edition');

export type PolicyData = z.infer<typeof policyDataSchema>;

/** JSON Schema (draft 2020-12) of data/policy.json, from the zod schema. */
export const policySchema = () => z.toJSONSchema(policyDataSchema, { target: 'draft-2020-12' });

export function policyData(site: SiteModel): PolicyData {
  const textOf = (id: string, part: 'title' | 'text') => Object.fromEntries(LOCALES.map((l) => [l, site.paragraph(id).in[l][part]])) as Record<Locale, string>;
  const data: PolicyData = {
    editions: LOCALE_LIST.map((l) => ({ code: l.code, tag: l.tag, name: l.name, source: l.text.from })),
    document: {
      number: site.facts.number,
      title: site.facts.title,
      issuer: site.facts.issuer,
      planTitle: site.facts.planTitle,
      dateSigned: site.facts.dateSigned,
      datePublished: site.facts.datePublished,
    },
    targets: site.targets.map((t) => ({ id: t.id, value: t.value, unit: t.unit, figure: t.figure, label: t.label })),
    horizons: { targetYear: site.targetYear, outlooks: site.outlooks.map((o) => ({ from: o.from, to: o.to, goal: o.goal })) },
    sectors: site.sectors.map((s) => ({
      id: s.id,
      slug: s.slug,
      kind: s.kind,
      order: s.order,
      name: textOf(s.id, 'title'),
      shortName: s.name,
      summary: s.summary,
      paragraph: textOf(s.id, 'text'),
      zones: s.zones.map((z) => z.slug),
      leadDepartments: s.leads.map((d) => d.slug),
    })),
    measures: site.measures.map((m) => ({ id: m.id, order: m.order, title: textOf(m.id, 'title'), text: textOf(m.id, 'text'), departments: m.departments.map((d) => d.slug) })),
    zones: site.zones.map((z) => ({ slug: z.slug, type: z.type, name: z.name })),
    departments: site.departments.map((d) => ({ slug: d.slug, name: d.name })),
    glossary: site.glossary.map((g) => ({ slug: g.slug, term: g.term, note: g.note })),
    paragraphs: site.paragraphs.map((p) => ({ id: p.id, title: textOf(p.id, 'title'), text: textOf(p.id, 'text') })),
  };
  // What is published must match what it says it is.
  return policyDataSchema.parse(data);
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark, so that Excel opens Chinese text correctly. A text cell
 * starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet: it is
 * neutralised with a leading apostrophe, as OWASP advises for CSV injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = typeof value === 'string' && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const joined = (slugs: readonly string[]) => slugs.join(';');
/** One column per edition: name_zh, name_en, name_zh-hant. */
const columns = (field: string) => LOCALES.map((l) => `${field}_${l}`);
const values = (texts: Record<Locale, string>) => LOCALES.map((l) => texts[l]);

export const SECTORS_CSV_HEADER = ['id', 'slug', 'kind', 'order', ...columns('name'), ...columns('summary'), 'zones', 'lead_departments', ...columns('paragraph')];
export const sectorsCsv = (data: PolicyData) =>
  toCsv(
    SECTORS_CSV_HEADER,
    data.sectors.map((s) => [s.id, s.slug, s.kind, s.order, ...values(s.shortName), ...values(s.summary), joined(s.zones), joined(s.leadDepartments), ...values(s.paragraph)]),
  );

export const MEASURES_CSV_HEADER = ['id', 'order', ...columns('title'), 'departments', ...columns('text')];
export const measuresCsv = (data: PolicyData) =>
  toCsv(MEASURES_CSV_HEADER, data.measures.map((m) => [m.id, m.order, ...values(m.title), joined(m.departments), ...values(m.text)]));

/**
 * JSON for a file on the web: < > and the two JavaScript line separators as \u escapes, so that no
 * string can close a script element or be read as markup wherever the file is embedded or sniffed
 * (& stays: without < it starts no markup, and "R&D" stays readable).
 */
export const jsonFile = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(/[<>\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
