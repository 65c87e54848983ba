/** Reads the seed and the zone and department data from the project, and parses them once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GlossaryTerm, checkGlossary } from './glossary.ts';
import { parsePolicy } from './parse-policy.ts';
import type { NamedEntity, PolicyDocument } from './policy-model.ts';
import { checkSpelling } from './spelling.ts';
import { type Rendering, checkTerms, renderingsOf } from './term-check.ts';
import { type Translation, checkTranslation, translationPairs } from './translation.ts';

export const SEED_FILE = 'seeds/000_46accd98a18236e3.txt';
export const TRANSLATION_FILE = 'content/policy.en.json';
export const GLOSSARY_FILE = 'content/glossary.json';
export const ZONES_FILE = 'content/zones.json';
export const DEPARTMENTS_FILE = 'content/departments.json';

export interface Zone extends NamedEntity {
  type: 'park' | 'new-area' | 'town' | 'subdistrict' | 'area' | 'base';
  about: { zh: string; en: string };
}
export type Department = NamedEntity;

export interface PolicySource {
  document: PolicyDocument;
  /** The English text of every block, by id. */
  english: Translation;
  zones: Zone[];
  departments: Department[];
  glossary: GlossaryTerm[];
  /** The English rendering of every glossary term, zone and department, for the term checks. */
  renderings: Rendering[];
}

const cache = new Map<string, PolicySource>();

export function loadPolicy(root: string = process.cwd()): PolicySource {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const zones = checkEntities(JSON.parse(read(ZONES_FILE)) as Zone[], ZONES_FILE, ['type', 'about']);
  const departments = checkEntities(JSON.parse(read(DEPARTMENTS_FILE)) as Department[], DEPARTMENTS_FILE, []);
  const document = parsePolicy(read(SEED_FILE), { file: SEED_FILE, zones, departments });
  const english = checkTranslation(JSON.parse(read(TRANSLATION_FILE)) as Translation, document.blocks, TRANSLATION_FILE);
  const planText = document.blocks.map((b) => `${b.title}${b.text}`).join('\n');
  const glossary = checkGlossary(JSON.parse(read(GLOSSARY_FILE)) as GlossaryTerm[], planText, GLOSSARY_FILE);
  const renderings = renderingsOf({ glossary, zones, departments }, { zones: ZONES_FILE, departments: DEPARTMENTS_FILE });
  const pairs = translationPairs(english, document.blocks, TRANSLATION_FILE);
  checkTerms(pairs, renderings);
  checkSpelling([
    ...pairs.map(({ where, en }) => ({ where, text: en })),
    ...glossary.flatMap((t, i) => [t.en, t.enNote, ...(t.enForms ?? [])].map((text) => ({ where: `${GLOSSARY_FILE}: entry ${i + 1} (${t.slug})`, text }))),
    ...zones.flatMap((z) => [z.en, z.about.en].map((text) => ({ where: `${ZONES_FILE}: "${z.slug}"`, text }))),
    ...departments.map((d) => ({ where: `${DEPARTMENTS_FILE}: "${d.slug}"`, text: d.en })),
  ]);
  const source = { document, english, zones, departments, glossary, renderings };
  cache.set(root, source);
  return source;
}

/** Each entry has a unique slug, both names, and the other fields its file requires. */
function checkEntities<T extends NamedEntity>(list: T[], file: string, required: readonly (keyof T)[]): T[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  list.forEach((entry, i) => {
    const where = `entry ${i + 1} (${entry.slug || 'no slug'})`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(entry.slug ?? '')) problems.push(`${where}: "slug" must be lowercase words joined by hyphens`);
    if (slugs.has(entry.slug)) problems.push(`${where}: slug used twice`);
    slugs.add(entry.slug);
    for (const field of ['zh', 'en', ...required] as (keyof T)[]) {
      if (!entry[field]) problems.push(`${where}: "${String(field)}" is missing`);
    }
  });
  if (problems.length) throw new Error(`${file}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  return list;
}
