/**
 * Reads the seed and the content data files from the project and parses and checks them once. This
 * and src/lib/output-files.ts are the only modules of src/lib that touch the file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DepartmentData, type ZoneData, checkEntries, zoneTypeProblems } from './content-data.ts';
import { type GlossaryData, glossaryFormProblems, glossaryUseProblems } from './glossary.ts';
import { type Locale, ORIGINAL, TRANSLATED_LOCALES } from './locales.ts';
import { parsePolicy } from './parse-policy.ts';
import type { PolicyDocument } from './policy-model.ts';
import { throwIfProblems } from './problems.ts';
import { spellingProblemsIn } from './spelling.ts';
import { type Rendering, renderingsOf, termProblems } from './term-check.ts';
import { type Translation, checkTranslation, translationFile, translationPairs } from './translation.ts';

export const SEED_FILE = 'seeds/000_46accd98a18236e3.txt';
export const GLOSSARY_FILE = 'content/glossary.json';
export const ZONES_FILE = 'content/zones.json';
export const DEPARTMENTS_FILE = 'content/departments.json';

export interface PolicySource {
  document: PolicyDocument;
  /** Each translated edition's text of every block, by id. */
  translations: Partial<Record<Locale, Translation>>;
  zones: ZoneData[];
  departments: DepartmentData[];
  glossary: GlossaryData[];
  /** Per translated edition: the rendering of every glossary term, zone and department, for the term checks. */
  renderings: Partial<Record<Locale, Rendering[]>>;
}

const cache = new Map<string, PolicySource>();

export function loadPolicy(root: string = process.cwd()): PolicySource {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const readJson = (path: string): unknown => {
    try {
      return JSON.parse(read(path));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw new Error(`${path}: not valid JSON: ${error.message}`);
    }
  };
  const zones = checkEntries<ZoneData>(readJson(ZONES_FILE), ZONES_FILE, ['name', 'about'], zoneTypeProblems);
  const departments = checkEntries<DepartmentData>(readJson(DEPARTMENTS_FILE), DEPARTMENTS_FILE, ['name']);
  const named = (list: readonly { slug: string; name: Record<string, string> }[]) => list.map((e) => ({ slug: e.slug, name: e.name[ORIGINAL]! }));
  const document = parsePolicy(read(SEED_FILE), { file: SEED_FILE, zones: named(zones), departments: named(departments) });
  const translations = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [locale, checkTranslation(readJson(translationFile(locale)) as Translation, document, locale)]),
  );
  const glossary = checkEntries<GlossaryData>(readJson(GLOSSARY_FILE), GLOSSARY_FILE, ['term', 'note'], glossaryFormProblems);
  const planText = document.blocks.map((b) => `${b.title}${b.text}`).join('\n');
  throwIfProblems(GLOSSARY_FILE, glossaryUseProblems(glossary, ORIGINAL, planText));

  // One term, one rendering, and the edition's spelling, in every translation.
  const renderings: PolicySource['renderings'] = {};
  for (const locale of TRANSLATED_LOCALES) {
    renderings[locale] = renderingsOf({ glossary, zones, departments }, locale, { zones: ZONES_FILE, departments: DEPARTMENTS_FILE });
    const pairs = translationPairs(translations[locale]!, document.blocks, locale);
    throwIfProblems(`Terms in ${translationFile(locale)}`, termProblems(pairs, renderings[locale]));
    throwIfProblems(`Spelling of the ${locale} edition`, spellingProblemsIn(locale, [
      ...pairs.map(({ where, translated }) => ({ where, text: translated })),
      ...glossary.flatMap((t, i) => [t.term[locale]!, t.note[locale]!, ...(t.forms?.[locale] ?? [])].map((text) => ({ where: `${GLOSSARY_FILE}: entry ${i + 1} (${t.slug})`, text }))),
      ...zones.flatMap((z) => [z.name[locale]!, z.about[locale]!].map((text) => ({ where: `${ZONES_FILE}: "${z.slug}"`, text }))),
      ...departments.map((d) => ({ where: `${DEPARTMENTS_FILE}: "${d.slug}"`, text: d.name[locale]! })),
    ]));
  }
  const source = { document, translations, zones, departments, glossary, renderings };
  cache.set(root, source);
  return source;
}
