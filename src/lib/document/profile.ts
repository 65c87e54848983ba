/**
 * A document's profile (content/documents/<id>/profile.json): everything specific to one 公文 that the
 * generic reader (reader.ts) and the profile step (profile-apply.ts) need — its capture and pin, the
 * page chrome to strip, its 文号 pattern and issuer, the shape of its outline and the role of each part,
 * the phrases naming responsible departments, the zones clause, its targets and horizons, its Akoma
 * Ntoso country and subtype, the documents it relates to, and the names the site's own strings give it
 * (its short title, its publisher and website, its jurisdiction), in every authored edition. Validated
 * with zod, unknown keys rejected; content/documents/profile.schema.json is generated from the same
 * schema (profileJsonSchema).
 */
import { z } from 'zod';
import { isCalendarDate } from './document-status.ts';
import { AUTHORED_LOCALES, localeInfo, scriptProblem } from '../editions/locales.ts';
import { TARGET_UNITS } from './policy-model.ts';
import { throwIfProblems } from '../checks/problems.ts';

export const PROFILE_FILE = 'profile.json';
export const PROFILE_SCHEMA_FILE = 'content/documents/profile.schema.json';

/** A document id: the folder's name and its URL segment, so lowercase words joined by hyphens. */
export const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/** A part of the outline: "" for the plan's root, "2", "2.1", "2.1.3" … */
const PART_ID = /^(?:|[1-9]\d*(?:\.[1-9]\d*)*)$/u;

const groupsOf = (source: string) => new RegExp(`${source}|`, 'u').exec('')!.length - 1;

/** A regular expression (JavaScript syntax, Unicode mode) with exactly `groups` capturing groups. */
const pattern = (groups: number, what: string) =>
  z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      try {
        new RegExp(source, 'u');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
        return;
      }
      const got = groupsOf(source);
      if (got !== groups) ctx.addIssue({ code: 'custom', message: `must have ${groups} capturing group(s) (${what}); it has ${got}` });
    })
    .describe(`A regular expression (JavaScript, Unicode mode) with ${groups} capturing group(s): ${what}.`);

const text = z.string().trim().min(1);
/**
 * A name in every authored edition (the converted editions get theirs by conversion at build time),
 * each in its edition's script: a missing one fails naming its field ("publisher.name.en").
 */
const authoredText = z
  .strictObject(Object.fromEntries(AUTHORED_LOCALES.map((locale) => [locale, text])))
  .superRefine((texts, ctx) => {
    for (const [locale, value] of Object.entries(texts)) {
      const problem = typeof value === 'string' ? scriptProblem(value, localeInfo(locale).script) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', path: [locale], message: problem });
    }
  })
  .describe(`One text per authored edition (${AUTHORED_LOCALES.join(', ')}).`);
const partId = z.string().regex(PART_ID, 'must be a part id such as "2.1" ("" is the root)');
const host = z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/u, 'must be a host name such as "www.example.gov.cn"');

const RELATIONS = ['implements', 'implemented-by', 'amends', 'amended-by', 'replaces', 'replaced-by', 'cites', 'cited-by', 'related'] as const;

const profileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(DOCUMENT_ID, 'must be lowercase words joined by hyphens (it is the folder name and the URL segment)'),
    default: z.boolean().default(false).describe("The site's main document, at the locale root; exactly one document has it."),
    capture: z
      .strictObject({
        file: text.describe('The captured page: by path from the project root, or from the document\'s folder when it starts with "./".'),
        pins: text.describe('The sha256sum file that pins the capture (its SHA-256, two spaces, its file name), by path as for "file".'),
      })
      .describe('The captured page the Chinese text is parsed from, and its pinned SHA-256.'),
    chrome: z
      .strictObject({
        published: pattern(1, 'the publication date YYYY-MM-DD, on a line before headerEnd'),
        headerEnd: pattern(0, 'the last chrome line before the notice'),
        footerStart: pattern(0, 'the first chrome line after the plan'),
      })
      .describe('The page chrome around the policy text, which is dropped.'),
    number: pattern(0, 'the whole 文号 line').describe('The 文号 line, e.g. "^示府办〔\\\\d{4}〕\\\\d+号$".'),
    issuer: z
      .strictObject({
        name: text.describe('The issuer as the notice names it above the date.'),
        hosts: z.array(host).min(1).describe("The issuer's website hosts (subdomains included): the only origins data may cite as a source."),
      })
      .describe('Who issued the notice.'),
    shortTitle: authoredText.describe("The plan's short title, as the home page heads it."),
    publisher: z
      .strictObject({
        name: authoredText.describe('The government that published the text (not the issuing office): "the Chinese text published by … prevails".'),
        website: authoredText.describe("The name of the website it was published on (the Akoma Ntoso publication)."),
        hotline: z
          .strictObject({
            number: z.string().regex(/^\d{3,12}$/u).describe('The number to dial, digits only.'),
            name: authoredText.describe('What the hotline is, without its number (政务服务便民热线).'),
          })
          .optional()
          .describe("The publisher's government service hotline, which the enterprise finder gives readers as a next step; none is invented where absent."),
      })
      .describe('Who published the text the site is built from, and where.'),
    jurisdiction: authoredText.describe('Where the document applies, as structured data name it (广东省东莞市).'),
    outline: z
      .record(partId, z.int().positive())
      .refine((o) => '' in o, 'must give the root "" (the number of sections 一、二、三 …)')
      .describe('How many numbered children each part has ("" is the root); a different count fails the build.'),
    parts: z
      .strictObject({
        clusters: partId.describe('The part whose items are the industry clusters.'),
        futureIndustries: partId.optional().describe('The part whose items are the future industries, if any.'),
        measures: partId.describe('The part whose items are the measures.'),
        targets: partId.describe('The paragraph that states the targets and horizons.'),
      })
      .describe('The role of each part of the outline.'),
    responsibility: z
      .strictObject({
        lead: z.array(text).min(1).describe('Phrases closing a sector paragraph that name its lead departments (牵头).'),
        responsible: z.array(text).min(1).describe('Phrases closing a measure that name its responsible departments (按照职能分工负责).'),
        local: z.array(text).describe('Phrases closing a measure that name the local bodies (落实属地责任).'),
      })
      .describe('The phrases that end the bracketed responsibility note of a paragraph.'),
    zonesClause: pattern(1, 'the list of zones, separated by 、').describe('The clause of a sector paragraph naming its agglomeration areas.'),
    targets: z
      .array(
        z.strictObject({
          id: z.string().regex(DOCUMENT_ID, 'must be lowercase words joined by hyphens'),
          pattern: pattern(3, 'the label, the figure, the unit'),
          unit: z.enum(TARGET_UNITS),
        }),
      )
      .min(1)
      .describe('The quantified targets of the targets paragraph.'),
    horizons: z
      .strictObject({
        targetYear: pattern(1, 'the target year'),
        outlook: pattern(3, 'from (years), to (years), the goal'),
      })
      .describe('The target year and the longer outlooks of the targets paragraph.'),
    akn: z
      .strictObject({
        country: z.string().regex(/^[a-z]{2}(?:-[a-z0-9]+)*$/u, 'must be an Akoma Ntoso country code such as "cn" or "cn-dongguan"'),
        subtype: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'must be a lowercase word such as "notice"'),
      })
      .describe('The Akoma Ntoso FRBRcountry and FRBRsubtype of the work.'),
    related: z
      .array(
        z.strictObject({
          title: text,
          number: text.optional(),
          issuer: text,
          date: z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD'),
          relation: z.enum(RELATIONS),
          url: z.url({ protocol: /^https?$/u }).describe("The document on its issuer's website."),
          source: text.describe('Where this relation is stated: a clause id of this document, or a cited URL.'),
        }),
      )
      .default([])
      .describe('Documents this one relates to; each must be named in a source the data cite.'),
  })
  .superRefine((profile, ctx) => {
    for (const role of ['clusters', 'futureIndustries', 'measures'] as const) {
      const part = profile.parts[role];
      if (part !== undefined && !(part in profile.outline)) {
        ctx.addIssue({ code: 'custom', path: ['parts', role], message: `"${part}" is not a part of "outline" (which gives ${Object.keys(profile.outline).sort().map((k) => `"${k}"`).join(', ')})` });
      }
    }
    const ids = profile.targets.map((t) => t.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['targets', i, 'id'], message: `"${id}" is used twice` });
    });
  });

export type DocumentProfile = z.output<typeof profileSchema>;
export type RelatedDocument = DocumentProfile['related'][number];

/** The names of the document the site's own strings give it, each with its field: one text per authored edition. */
export const profileNames = (profile: DocumentProfile): { field: string; texts: Record<string, string> }[] => [
  { field: 'shortTitle', texts: profile.shortTitle },
  { field: 'publisher.name', texts: profile.publisher.name },
  { field: 'publisher.website', texts: profile.publisher.website },
  { field: 'jurisdiction', texts: profile.jurisdiction },
  ...(profile.publisher.hotline ? [{ field: 'publisher.hotline.name', texts: profile.publisher.hotline.name }] : []),
];

/** The problems of a parsed profile, one per field: `field "parts.clusters": …`; empty when it is valid. */
export function profileProblems(raw: unknown): string[] {
  const result = profileSchema.safeParse(raw);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const unknown = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${field ? `${field}.` : ''}${k}"`).join(', ')}` : '';
    return unknown || `field "${field}": ${issue.message}`;
  });
}

/** The profile, or a ProblemsError naming the file and every faulty field. */
export function checkProfile(raw: unknown, file: string): DocumentProfile {
  throwIfProblems(file, profileProblems(raw));
  return profileSchema.parse(raw);
}

/** The JSON Schema of profile.json, as committed in PROFILE_SCHEMA_FILE (a test compares them). */
export const profileJsonSchema = () => ({
  ...z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }),
  title: 'Document profile: profile.json in a folder of content/documents',
});
