/**
 * The plan as open data: data/policy.json (both languages, described by data/policy.schema.json)
 * and two CSV tables. Built from the same model as the pages.
 */
import type { GlossaryTerm } from './glossary.ts';
import type { Department, PolicySource, Zone } from './load-policy.ts';
import type { Locale } from './policy-model.ts';
import type { SectorContent } from './sector-content.ts';

type Bilingual = Record<Locale, string>;

/** The files published under data/, in the order the about page lists them. */
export const DATA_FILES = ['policy.json', 'policy.schema.json', 'sectors.csv', 'measures.csv'] as const;

export interface PolicyData {
  document: {
    number: Bilingual;
    title: Bilingual;
    issuer: Bilingual;
    dateSigned: string;
    datePublished: string;
    planTitle: Bilingual;
  };
  targets: { id: string; value: number; unit: string; clause: string }[];
  horizons: { targetYear: number; outlooks: { from: number; to: number; clause: string }[] };
  sectors: {
    id: string;
    slug: string;
    kind: 'cluster' | 'future';
    order: number;
    name: Bilingual;
    shortName: Bilingual;
    summary: Bilingual;
    paragraph: Bilingual;
    zones: string[];
    leadDepartments: string[];
  }[];
  measures: { id: string; order: number; title: Bilingual; text: Bilingual; departments: string[] }[];
  zones: (Bilingual & { slug: string; type: Zone['type'] })[];
  departments: (Bilingual & { slug: string })[];
  glossary: GlossaryTerm[];
  paragraphs: { id: string; zh: { title: string; text: string }; en: { title: string; text: string } }[];
}

export function policyData({ document, english, zones, departments, glossary }: PolicySource, sectors: readonly SectorContent[]): PolicyData {
  const en = (id: string, part: 'title' | 'text' = 'text') => english[id]?.[part] ?? '';
  const both = (zh: string, id: string, part: 'title' | 'text' = 'text'): Bilingual => ({ zh, en: en(id, part) });
  return {
    document: {
      number: both(document.notice.number, 'notice.number'),
      title: both(document.notice.title, 'notice.title'),
      issuer: both(document.notice.issuer, 'notice.issuer'),
      dateSigned: document.notice.date,
      datePublished: document.notice.published,
      planTitle: both(document.blocks.find((b) => b.id === 'plan.title')!.text, 'plan.title'),
    },
    targets: document.targets.map((t) => ({ ...t })),
    horizons: document.horizons,
    sectors: sectors.map(({ slug, sector, entries }) => ({
      id: sector.id,
      slug,
      kind: sector.kind,
      order: sector.order,
      name: both(sector.title, sector.id, 'title'),
      shortName: { zh: entries.zh.data.title, en: entries.en.data.title },
      summary: { zh: entries.zh.data.summary, en: entries.en.data.summary },
      paragraph: both(sector.text, sector.id),
      zones: sector.zones,
      leadDepartments: sector.leads,
    })),
    measures: document.measures.map((m) => ({
      id: m.id,
      order: m.order,
      title: both(m.title, m.id, 'title'),
      text: both(m.text, m.id),
      departments: m.departments,
    })),
    zones: zones.map(({ slug, zh, en: name, type }) => ({ slug, zh, en: name, type })),
    departments: departments.map(({ slug, zh, en: name }: Department) => ({ slug, zh, en: name })),
    glossary,
    paragraphs: document.blocks.map((b) => ({ id: b.id, zh: { title: b.title, text: b.text }, en: { title: en(b.id, 'title'), text: en(b.id) } })),
  };
}

const bilingual = { type: 'object', required: ['zh', 'en'], additionalProperties: false, properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } } };
const slugList = { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-]+$' } };

/** JSON Schema (draft 2020-12) of data/policy.json. */
export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Dongguan strategic emerging industries and future industries plan (Dong Fu Ban [2024] No. 18)',
  type: 'object',
  required: ['document', 'targets', 'horizons', 'sectors', 'measures', 'zones', 'departments', 'glossary', 'paragraphs'],
  additionalProperties: false,
  properties: {
    document: {
      type: 'object',
      required: ['number', 'title', 'issuer', 'dateSigned', 'datePublished', 'planTitle'],
      additionalProperties: false,
      properties: {
        number: bilingual,
        title: bilingual,
        issuer: bilingual,
        dateSigned: { type: 'string', format: 'date' },
        datePublished: { type: 'string', format: 'date' },
        planTitle: bilingual,
      },
    },
    targets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'value', 'unit', 'clause'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, value: { type: 'number' }, unit: { enum: ['个', '亿元', '%'] }, clause: { type: 'string' } },
      },
    },
    horizons: {
      type: 'object',
      required: ['targetYear', 'outlooks'],
      additionalProperties: false,
      properties: {
        targetYear: { type: 'integer' },
        outlooks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['from', 'to', 'clause'],
            additionalProperties: false,
            properties: { from: { type: 'integer' }, to: { type: 'integer' }, clause: { type: 'string' } },
          },
        },
      },
    },
    sectors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'slug', 'kind', 'order', 'name', 'shortName', 'summary', 'paragraph', 'zones', 'leadDepartments'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^2\\.[12]\\.\\d+$' },
          slug: { type: 'string', pattern: '^[a-z0-9-]+$' },
          kind: { enum: ['cluster', 'future'] },
          order: { type: 'integer', minimum: 1 },
          name: bilingual,
          shortName: bilingual,
          summary: bilingual,
          paragraph: bilingual,
          zones: slugList,
          leadDepartments: { ...slugList, minItems: 1 },
        },
      },
    },
    measures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'order', 'title', 'text', 'departments'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, order: { type: 'integer' }, title: bilingual, text: bilingual, departments: { ...slugList, minItems: 1 } },
      },
    },
    zones: {
      type: 'array',
      items: {
        type: 'object',
        required: ['slug', 'zh', 'en', 'type'],
        additionalProperties: false,
        properties: { slug: { type: 'string' }, zh: { type: 'string' }, en: { type: 'string' }, type: { enum: ['park', 'new-area', 'town', 'subdistrict', 'area', 'base'] } },
      },
    },
    departments: {
      type: 'array',
      items: { type: 'object', required: ['slug', 'zh', 'en'], additionalProperties: false, properties: { slug: { type: 'string' }, zh: { type: 'string' }, en: { type: 'string' } } },
    },
    glossary: {
      type: 'array',
      items: {
        type: 'object',
        required: ['slug', 'zh', 'en', 'zhNote', 'enNote'],
        additionalProperties: false,
        properties: {
          slug: { type: 'string' },
          zh: { type: 'string' },
          en: { type: 'string' },
          zhNote: { type: 'string' },
          enNote: { type: 'string' },
          enForms: { type: 'array', items: { type: 'string' } },
          enAvoid: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    paragraphs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'zh', 'en'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          zh: { type: 'object', required: ['title', 'text'], properties: { title: { type: 'string' }, text: { type: 'string' } } },
          en: { type: 'object', required: ['title', 'text'], properties: { title: { type: 'string' }, text: { type: 'string' } } },
        },
      },
    },
  },
} as const;

/** RFC 4180 CSV with a UTF-8 byte order mark, so that Excel opens Chinese text correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const joined = (slugs: readonly string[]) => slugs.join(';');

export const SECTORS_CSV_HEADER = ['id', 'slug', 'kind', 'order', 'name_zh', 'name_en', 'summary_zh', 'summary_en', 'zones', 'lead_departments', 'paragraph_zh', 'paragraph_en'];
export const sectorsCsv = (data: PolicyData) =>
  toCsv(
    SECTORS_CSV_HEADER,
    data.sectors.map((s) => [s.id, s.slug, s.kind, s.order, s.name.zh, s.name.en, s.summary.zh, s.summary.en, joined(s.zones), joined(s.leadDepartments), s.paragraph.zh, s.paragraph.en]),
  );

export const MEASURES_CSV_HEADER = ['id', 'order', 'title_zh', 'title_en', 'departments', 'text_zh', 'text_en'];
export const measuresCsv = (data: PolicyData) =>
  toCsv(MEASURES_CSV_HEADER, data.measures.map((m) => [m.id, m.order, m.title.zh, m.title.en, joined(m.departments), m.text.zh, m.text.en]));
