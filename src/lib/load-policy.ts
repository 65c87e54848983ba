/**
 * Reads the seed and the zone and department data from the project, and parses them once. The seed
 * is checked against its pinned SHA-256 before anything is parsed: a changed capture never builds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { figureProblems } from './figure-check.ts';
import { type GlossaryTerm, checkGlossary } from './glossary.ts';
import { parsePolicy } from './parse-policy.ts';
import type { NamedEntity, PolicyDocument } from './policy-model.ts';
import { type Translation, TranslationError, checkTranslation } from './translation.ts';

export const SEED_FILE = 'seeds/000_46accd98a18236e3.txt';
/** The one place the seed's SHA-256 is pinned, in `sha256sum` format (`cd seeds && sha256sum -c SHA256SUMS`). */
export const SEED_PIN_FILE = 'seeds/SHA256SUMS';
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
}

const cache = new Map<string, PolicySource>();

export function loadPolicy(root: string = process.cwd()): PolicySource {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const json = (path: string) => parseJson(read(path), path);
  const seed = readFileSync(join(root, SEED_FILE));
  checkSeedPin(seed, read(SEED_PIN_FILE));
  const zones = checkEntities(json(ZONES_FILE) as Zone[], ZONES_FILE, ['type', 'about']);
  const departments = checkEntities(json(DEPARTMENTS_FILE) as Department[], DEPARTMENTS_FILE, []);
  const document = parsePolicy(seed.toString('utf8'), { file: SEED_FILE, zones, departments, dataFiles: { zone: ZONES_FILE, department: DEPARTMENTS_FILE } });
  const english = checkTranslation(json(TRANSLATION_FILE) as Translation, document.blocks, TRANSLATION_FILE);
  const figures = document.blocks.flatMap((b) =>
    figureProblems(`paragraph "${b.id}"`, `${b.title ?? ''}\n${b.text}`, `${english[b.id]?.title ?? ''}\n${english[b.id]?.text ?? ''}`),
  );
  if (figures.length) throw new TranslationError(TRANSLATION_FILE, figures);
  const planText = document.blocks.map((b) => `${b.title}${b.text}`).join('\n');
  const glossary = checkGlossary(json(GLOSSARY_FILE) as GlossaryTerm[], planText, GLOSSARY_FILE);
  const source = { document, english, zones, departments, glossary };
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
    throw new Error(
      `${SEED_FILE}: the capture has changed. Its SHA-256 is ${actual}, but ${SEED_PIN_FILE} pins ${pinned}.\n` +
        `  The seed must stay byte for byte as captured: restore it (git checkout -- ${SEED_FILE}).\n` +
        `  To adopt a deliberate new capture, put its SHA-256 in ${SEED_PIN_FILE} in the same commit as the new file, ` +
        `and give the reason (where and when it was captured) in that commit's message and in seeds/README.md.`,
    );
  }
}

/** JSON.parse, with a syntax error reported as "file:line:column: reason". */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 names the offset as "position N" (and sometimes the line and column as well).
    const position = /position (\d+)/u.exec(reason);
    const before = position ? text.slice(0, Number(position[1])) : undefined;
    const at = before === undefined ? '' : `:${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
    throw new Error(`${file}${at}: not valid JSON (${reason.replace(/\s*\(line \d+ column \d+\)/u, '')}). Check the commas, quotes and brackets there.`);
  }
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
