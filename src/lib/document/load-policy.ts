/**
 * Reads the documents of content/documents/ (each a folder: profile.json, the capture its profile names,
 * translations, sector pages, measure summaries, status, 解读 and 问答) and the registries they share
 * (zones, departments, glossary, search aliases), and parses and checks them once. Each capture is
 * checked against its pinned SHA-256 before anything is parsed: a changed capture never builds. The
 * modules of src/lib that touch the file system are this one, document-status.ts (its loader),
 * akn-validate.ts (the vendored schema) and output-files.ts (what a build wrote); the rest is pure.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { type DepartmentData, type ZoneData, checkEntries, departmentShortProblems, zoneTypeProblems } from './content-data.ts';
import { type DocumentStatus, loadStatus } from './document-status.ts';
import { type ExplainedSection, type Question, checkExplained, checkQuestions } from '../explain/explanations.ts';
import { figureProblemsIn } from '../editions/figure-check.ts';
import { type GlossaryData, glossaryFormProblems, glossaryUseProblems } from '../editions/glossary.ts';
import { AUTHORED_LOCALES, type Locale, ORIGINAL, TRANSLATED_LOCALES } from '../editions/locales.ts';
import { type MeasureSummaries, checkMeasureSummaries } from '../explain/measure-summaries.ts';
import { SEARCH_ALIASES_FILE } from '../search/search-aliases.ts';
import { parsePolicy } from './profile-apply.ts';
import { DOCUMENT_ID, type DocumentProfile, PROFILE_FILE, checkProfile, profileNames } from './profile.ts';
import { SUPPORT_KINDS_FILE, type SupportKind, checkSupportKinds } from './support-kinds.ts';
import type { PolicyDocument } from './policy-model.ts';
import { throwIfProblems } from '../checks/problems.ts';
import { isIssuerUrl } from '../checks/content-guard.ts';
import { nfkc } from './text.ts';
import { spellingProblemsIn } from '../editions/spelling.ts';
import { parseJsonStrict } from '../checks/strict-json.ts';
import { type Rendering, renderingsOf, termProblems } from '../editions/term-check.ts';
import { type Translation, checkTranslation, translationFile, translationPairs } from '../editions/translation.ts';

export const DOCUMENTS_DIR = 'content/documents';
export const GLOSSARY_FILE = 'content/glossary.json';
export const ZONES_FILE = 'content/zones.json';
export const DEPARTMENTS_FILE = 'content/departments.json';

/** The files of a document's folder, by path from the project root. */
export function documentFiles(folder: string) {
  return {
    folder,
    profile: `${folder}/${PROFILE_FILE}`,
    sectors: `${folder}/sectors`,
    measures: `${folder}/measures.json`,
    status: `${folder}/status.json`,
    explained: `${folder}/explained.json`,
    questions: `${folder}/questions.json`,
    /** Each translated edition's policy.<locale>.json. */
    translation: Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, translationFile(folder, locale)])) as Partial<Record<Locale, string>>,
  };
}
export type DocumentFiles = ReturnType<typeof documentFiles>;

/** The registries every document shares, read and checked once per project root. */
export interface SharedContent {
  zones: ZoneData[];
  departments: DepartmentData[];
  glossary: GlossaryData[];
  /** content/search-aliases.json as read; the site model checks it against the sectors, zones and departments. */
  searchAliases: unknown;
}

export interface PolicySource extends SharedContent {
  /** The document's id (its folder's name, its URL segment) and whether it is the site's main document. */
  id: string;
  isDefault: boolean;
  profile: DocumentProfile;
  files: DocumentFiles;
  /** The glossary's terms that this document's text uses (the registry holds every document's). */
  glossary: GlossaryData[];
  /** The capture and its pin file, by path from the project root, and its SHA-256 (hex) as checked against the pin. */
  capture: { file: string; pins: string; sha256: string };
  document: PolicyDocument;
  /** Each translated edition's text of every block, by id. */
  translations: Partial<Record<Locale, Translation>>;
  /** The document's status and the facts the capture lacks (status.json). */
  status: DocumentStatus;
  /** A plain-language summary of each measure per authored edition (measures.json). */
  measureSummaries: MeasureSummaries;
  /** The 政策解读 (explained.json) and the 政策问答 (questions.json), in every authored edition. */
  explained: ExplainedSection[];
  questions: Question[];
  /** Per translated edition: the rendering of every glossary term, zone and department, for the term checks. */
  renderings: Partial<Record<Locale, Rendering[]>>;
}

const readerOf = (root: string) => {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  // Strictly: a BOM, a syntax error or a key written twice fails naming the file and line.
  return { read, readJson: (path: string) => parseJsonStrict(read(path), path) };
};

const sharedCache = new Map<string, SharedContent>();

export function loadShared(root: string = process.cwd()): SharedContent {
  const cached = sharedCache.get(root);
  if (cached) return cached;
  const { readJson } = readerOf(root);
  const zones = checkEntries<ZoneData>(readJson(ZONES_FILE), ZONES_FILE, ['name', 'about'], zoneTypeProblems);
  const departments = checkEntries<DepartmentData>(readJson(DEPARTMENTS_FILE), DEPARTMENTS_FILE, ['name'], departmentShortProblems, ['short']);
  const glossary = checkEntries<GlossaryData>(readJson(GLOSSARY_FILE), GLOSSARY_FILE, ['term', 'note'], glossaryFormProblems);
  const shared = { zones, departments, glossary, searchAliases: readJson(SEARCH_ALIASES_FILE) };
  sharedCache.set(root, shared);
  return shared;
}

/** The support-kind lexicon of the corpus (content/support-kinds.json). */
export function loadSupportKinds(root: string = process.cwd()): SupportKind[] {
  return checkSupportKinds(readerOf(root).readJson(SUPPORT_KINDS_FILE), SUPPORT_KINDS_FILE);
}

const documentsCache = new Map<string, PolicySource[]>();

/**
 * Every document of content/documents/, the default one first: each folder is one document whose
 * profile's id is the folder's name; exactly one has "default": true.
 */
export function loadDocuments(root: string = process.cwd()): PolicySource[] {
  const cached = documentsCache.get(root);
  if (cached) return cached;
  const folders = readdirSync(join(root, DOCUMENTS_DIR), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const problems = folders.filter((name) => !DOCUMENT_ID.test(name)).map((name) => `${DOCUMENTS_DIR}/${name}/: a document folder's name is its id and URL segment: lowercase words joined by hyphens`);
  throwIfProblems(DOCUMENTS_DIR, problems);
  const documents = folders.map((name) => loadDocument(root, `${DOCUMENTS_DIR}/${name}`));
  const defaults = documents.filter((d) => d.isDefault);
  if (defaults.length !== 1) {
    throwIfProblems(DOCUMENTS_DIR, [
      defaults.length
        ? `${defaults.length} documents have "default": true (${defaults.map((d) => d.files.profile).join(', ')}): exactly one is the site's main document`
        : `no document has "default": true in its ${PROFILE_FILE}: exactly one is the site's main document`,
    ]);
  }
  const shared = loadShared(root);
  throwIfProblems(GLOSSARY_FILE, glossaryUseProblems(shared.glossary, ORIGINAL, documents.map((d) => planTextOf(d.document)).join('\n')).map((p) => p.replace('the plan', 'any document')));
  const ordered = [...defaults, ...documents.filter((d) => !d.isDefault)];
  documentsCache.set(root, ordered);
  return ordered;
}

/** The site's main document (the one whose profile has "default": true). */
export function loadPolicy(root: string = process.cwd()): PolicySource {
  return loadDocuments(root)[0]!;
}

/**
 * A capture path of a profile: from the project root, or from the document's own folder when it
 * starts with "./" (so a document folder carries its capture with it).
 */
export const capturePath = (folder: string, path: string) => (path.startsWith('./') ? posix.join(folder, path) : path);

/**
 * A related document is listed only where a source names it: its source is a paragraph of this
 * document whose text names its title (and its 文号, if given), or a page on the issuer's website.
 */
function relatedProblems(profile: DocumentProfile, document: PolicyDocument): string[] {
  return profile.related.flatMap((related, i) => {
    const where = `field "related.${i}.source"`;
    const block = document.blocks.find((b) => b.id === related.source);
    if (block) {
      const text = nfkc(`${block.title}${block.text}`);
      const missing = [related.title, related.number].filter((name): name is string => name !== undefined && !text.includes(nfkc(name)));
      return missing.length ? [`${where}: paragraph "${block.id}" does not name ${missing.map((m) => `"${m}"`).join(' or ')}`] : [];
    }
    return isIssuerUrl(profile.issuer.hosts, related.source) ? [] : [`${where}: "${related.source}" is neither a paragraph id of the document nor a page on the issuer's website (${profile.issuer.hosts.join(', ')})`];
  });
}

const planTextOf = (document: PolicyDocument) => document.blocks.map((b) => `${b.title}${b.text}`).join('\n');

const documentCache = new Map<string, PolicySource>();

/** One document folder (by path from the project root), parsed and checked against the shared registries. */
export function loadDocument(root: string, folder: string): PolicySource {
  const key = `${root}\0${folder}`;
  const cached = documentCache.get(key);
  if (cached) return cached;
  const { read, readJson } = readerOf(root);
  const files = documentFiles(folder);
  const profile = checkProfile(readJson(files.profile), files.profile);
  if (profile.id !== basename(folder)) throwIfProblems(files.profile, [`field "id": "${profile.id}" differs from the folder's name "${basename(folder)}"`]);
  const [file, pins] = [capturePath(folder, profile.capture.file), capturePath(folder, profile.capture.pins)];
  const shared = loadShared(root);
  const { zones, departments } = shared;
  const seed = readFileSync(join(root, file));
  const capture = { file, pins, sha256: checkSeedPin(seed, read(pins), file, pins) };
  const named = (list: readonly { slug: string; name: Record<string, string> }[]) => list.map((e) => ({ slug: e.slug, name: e.name[ORIGINAL]! }));
  const document = parsePolicy(seed.toString('utf8'), {
    file: capture.file,
    profile,
    profileFile: files.profile,
    zones: named(zones),
    departments: named(departments),
    dataFiles: { zone: ZONES_FILE, department: DEPARTMENTS_FILE },
  });
  throwIfProblems(files.profile, relatedProblems(profile, document));
  const translations = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [locale, checkTranslation(readJson(files.translation[locale]!) as Translation, document, locale, files.translation[locale]!)]),
  );
  // The glossary is shared: a document uses the terms its plan has (loadDocuments checks that each term is some document's).
  const planText = planTextOf(document);
  const glossary = shared.glossary.filter((term) => glossaryUseProblems([term], ORIGINAL, planText).length === 0);

  // One term, one rendering, and the edition's spelling, in every translation.
  const renderings: PolicySource['renderings'] = {};
  for (const locale of TRANSLATED_LOCALES) {
    const file = files.translation[locale]!;
    renderings[locale] = renderingsOf({ glossary, zones, departments }, locale, { zones: ZONES_FILE, departments: DEPARTMENTS_FILE });
    // The profile's names of the document, which the UI strings interpolate, are checked as the translation is.
    const names = profileNames(profile).map(({ field, texts }) => ({ where: `${files.profile}: field "${field}"`, original: texts[ORIGINAL]!, translated: texts[locale]! }));
    const pairs = [...translationPairs(translations[locale]!, document.blocks, file), ...names];
    throwIfProblems(`Terms in ${file} and ${files.profile}`, termProblems(pairs, renderings[locale]));
    throwIfProblems(
      `Figures in ${file}`,
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
    readJson(files.measures),
    document.measures.map((m) => ({ id: m.id, departments: m.departments, clause: Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, textIn(m.id, l)])) })),
    departments,
    AUTHORED_LOCALES,
    files.measures,
  );
  // The tests build the main document once with another status (a repealed one): POLICY_STATUS_FILE.
  const statusFile = (profile.default && process.env.POLICY_STATUS_FILE) || files.status;
  const status = loadStatus(AUTHORED_LOCALES, root, statusFile);
  const explained = checkExplained(readJson(files.explained), AUTHORED_LOCALES, files.explained);
  const questions = checkQuestions(readJson(files.questions), AUTHORED_LOCALES, files.questions);
  const source: PolicySource = {
    ...shared,
    glossary,
    id: profile.id,
    isDefault: profile.default,
    profile,
    files,
    capture,
    document,
    translations,
    renderings,
    status,
    measureSummaries,
    explained,
    questions,
  };
  documentCache.set(key, source);
  return source;
}

/** The capture must be byte for byte the one whose SHA-256 is pinned in its pin file; returns that SHA-256 (hex). */
export function checkSeedPin(seed: Uint8Array, pins: string, file: string, pinFile: string): string {
  const name = basename(file);
  const pinned = pins
    .split('\n')
    .map((line) => /^([0-9a-f]{64}) [ *](.+)$/u.exec(line.trim()))
    .find((match) => match?.[2] === name)?.[1];
  if (!pinned) throw new Error(`${pinFile}: no SHA-256 line for ${name} ("<sha256>  ${name}")`);
  const actual = createHash('sha256').update(seed).digest('hex');
  if (actual !== pinned) {
    // The likeliest cause on Windows: git converted the line endings of a clone made with core.autocrlf=true.
    const crlf = Buffer.from(seed).includes('\r\n')
      ? `  It has CRLF line endings: git converted them at checkout (core.autocrlf=true, as on Windows). The repository's\n` +
        `  .gitattributes keeps captures byte-exact ("seeds/** -text"); a checkout made before it, or with other attributes,\n` +
        `  keeps the converted files until they are written again. Delete the folder and check it out again:\n` +
        `    rm -r ${dirname(file)} && git checkout -- ${dirname(file)}   (Windows: rmdir /s /q ${dirname(file)}, then the same git checkout)\n` +
        `  or clone afresh with: git clone -c core.autocrlf=false <repository>.\n`
      : `  The seed must stay byte for byte as captured: restore it (delete it, then git checkout -- ${file}).\n`;
    throw new Error(
      `${file}: the capture has changed. Its SHA-256 is ${actual}, but ${pinFile} pins ${pinned}.\n` +
        crlf +
        `  To adopt a deliberate new capture, put its SHA-256 in ${pinFile} in the same commit as the new file, ` +
        `and give the reason (where and when it was captured) in that commit's message and in the capture's README.`,
    );
  }
  return actual;
}
