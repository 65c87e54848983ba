/**
 * Reads the seed and the content data files from the project and parses and checks them once. The
 * seed is checked against its pinned SHA-256 before anything is parsed: a changed capture never
 * builds. The modules of src/lib that touch the file system are this one, document-status.ts (its
 * loader), akn-validate.ts (the vendored schema) and output-files.ts (what a build wrote); the rest is pure.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type DepartmentData, type ZoneData, checkEntries, zoneTypeProblems } from './content-data.ts';
import { type DocumentStatus, loadStatus } from './document-status.ts';
import { EXPLAINED_FILE, type ExplainedSection, QUESTIONS_FILE, type Question, checkExplained, checkQuestions } from '../explain/explanations.ts';
import { figureProblemsIn } from '../editions/figure-check.ts';
import { type GlossaryData, glossaryFormProblems, glossaryUseProblems } from '../editions/glossary.ts';
import { AUTHORED_LOCALES, type Locale, ORIGINAL, TRANSLATED_LOCALES } from '../editions/locales.ts';
import { MEASURE_SUMMARIES_FILE, type MeasureSummaries, checkMeasureSummaries } from '../explain/measure-summaries.ts';
import { SEARCH_ALIASES_FILE } from '../search/search-aliases.ts';
import { parsePolicy } from './parse-policy.ts';
import type { PolicyDocument } from './policy-model.ts';
import { throwIfProblems } from '../checks/problems.ts';
import { spellingProblemsIn } from '../editions/spelling.ts';
import { parseJsonStrict } from '../checks/strict-json.ts';
import { type Rendering, renderingsOf, termProblems } from '../editions/term-check.ts';
import { type Translation, checkTranslation, translationFile, translationPairs } from '../editions/translation.ts';

export const SEED_FILE = 'seeds/000_46accd98a18236e3.txt';
/** The one place the seed's SHA-256 is pinned, in `sha256sum` format (`cd seeds && sha256sum -c SHA256SUMS`). */
export const SEED_PIN_FILE = 'seeds/SHA256SUMS';
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
  /** The document's status and the facts the capture lacks (content/status.json). */
  status: DocumentStatus;
  /** A plain-language summary of each measure per authored edition (content/measures.json). */
  measureSummaries: MeasureSummaries;
  /** The 政策解读 (content/explained.json) and the 政策问答 (content/questions.json), in every authored edition. */
  explained: ExplainedSection[];
  questions: Question[];
  /** content/search-aliases.json as read; the site model checks it against the sectors, zones and departments it has. */
  searchAliases: unknown;
  /** Per translated edition: the rendering of every glossary term, zone and department, for the term checks. */
  renderings: Partial<Record<Locale, Rendering[]>>;
}

const cache = new Map<string, PolicySource>();

export function loadPolicy(root: string = process.cwd()): PolicySource {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  // Strictly: a BOM, a syntax error or a key written twice fails naming the file and line.
  const readJson = (path: string) => parseJsonStrict(read(path), path);
  const seed = readFileSync(join(root, SEED_FILE));
  checkSeedPin(seed, read(SEED_PIN_FILE));
  const zones = checkEntries<ZoneData>(readJson(ZONES_FILE), ZONES_FILE, ['name', 'about'], zoneTypeProblems);
  const departments = checkEntries<DepartmentData>(readJson(DEPARTMENTS_FILE), DEPARTMENTS_FILE, ['name']);
  const named = (list: readonly { slug: string; name: Record<string, string> }[]) => list.map((e) => ({ slug: e.slug, name: e.name[ORIGINAL]! }));
  const document = parsePolicy(seed.toString('utf8'), {
    file: SEED_FILE,
    zones: named(zones),
    departments: named(departments),
    dataFiles: { zone: ZONES_FILE, department: DEPARTMENTS_FILE },
  });
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
    throwIfProblems(
      `Figures in ${translationFile(locale)}`,
      document.blocks.flatMap((b) => {
        const entry = translations[locale]![b.id];
        return figureProblemsIn(locale, `paragraph "${b.id}"`, `${b.title}\n${b.text}`, `${entry?.title ?? ''}\n${entry?.text ?? ''}`);
      }),
    );
    throwIfProblems(`Spelling of the ${locale} edition`, spellingProblemsIn(locale, [
      ...pairs.map(({ where, translated }) => ({ where, text: translated })),
      ...glossary.flatMap((t, i) => [t.term[locale]!, t.note[locale]!, ...(t.forms?.[locale] ?? [])].map((text) => ({ where: `${GLOSSARY_FILE}: entry ${i + 1} (${t.slug})`, text }))),
      ...zones.flatMap((z) => [z.name[locale]!, z.about[locale]!].map((text) => ({ where: `${ZONES_FILE}: "${z.slug}"`, text }))),
      ...departments.map((d) => ({ where: `${DEPARTMENTS_FILE}: "${d.slug}"`, text: d.name[locale]! })),
    ]));
  }
  const textIn = (id: string, locale: Locale) => (locale === ORIGINAL ? document.blocks.find((b) => b.id === id)!.text : translations[locale]![id]!.text!);
  const measureSummaries = checkMeasureSummaries(
    readJson(MEASURE_SUMMARIES_FILE),
    document.measures.map((m) => ({ id: m.id, departments: m.departments, clause: Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, textIn(m.id, l)])) })),
    new Map(departments.map((d) => [d.slug, d.name])),
    AUTHORED_LOCALES,
    MEASURE_SUMMARIES_FILE,
  );
  const status = loadStatus(AUTHORED_LOCALES, root);
  const searchAliases = readJson(SEARCH_ALIASES_FILE);
  const explained = checkExplained(readJson(EXPLAINED_FILE), AUTHORED_LOCALES);
  const questions = checkQuestions(readJson(QUESTIONS_FILE), AUTHORED_LOCALES);
  const source = { document, translations, zones, departments, glossary, renderings, status, measureSummaries, explained, questions, searchAliases };
  cache.set(root, source);
  return source;
}

/** The seed must be byte for byte the capture whose SHA-256 is pinned in SEED_PIN_FILE. */
export function checkSeedPin(seed: Uint8Array, pins: string): void {
  const name = basename(SEED_FILE);
  const pinned = pins
    .split('\n')
    .map((line) => /^([0-9a-f]{64}) [ *](.+)$/u.exec(line.trim()))
    .find((match) => match?.[2] === name)?.[1];
  if (!pinned) throw new Error(`${SEED_PIN_FILE}: no SHA-256 line for ${name} ("<sha256>  ${name}")`);
  const actual = createHash('sha256').update(seed).digest('hex');
  if (actual !== pinned) {
    // The likeliest cause on Windows: git converted the line endings of a clone made with core.autocrlf=true.
    const crlf = Buffer.from(seed).includes('\r\n')
      ? `  It has CRLF line endings: git converted them at checkout (core.autocrlf=true, as on Windows). The repository's\n` +
        `  .gitattributes keeps seeds/ byte-exact ("seeds/** -text"); a checkout made before it, or with other attributes,\n` +
        `  keeps the converted files until they are written again. Delete the folder and check it out again:\n` +
        `    rm -r seeds && git checkout -- seeds   (Windows: rmdir /s /q seeds, then the same git checkout)\n` +
        `  or clone afresh with: git clone -c core.autocrlf=false <repository>.\n`
      : `  The seed must stay byte for byte as captured: restore it (delete it, then git checkout -- ${SEED_FILE}).\n`;
    throw new Error(
      `${SEED_FILE}: the capture has changed. Its SHA-256 is ${actual}, but ${SEED_PIN_FILE} pins ${pinned}.\n` +
        crlf +
        `  To adopt a deliberate new capture, put its SHA-256 in ${SEED_PIN_FILE} in the same commit as the new file, ` +
        `and give the reason (where and when it was captured) in that commit's message and in seeds/README.md.`,
    );
  }
}
