/** Reads the seed and the zone and department data from the project, and parses them once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from './parse-policy.ts';
import type { NamedEntity, PolicyDocument } from './policy-model.ts';
import { type Translation, checkTranslation } from './translation.ts';

export const SEED_FILE = 'seeds/000_46accd98a18236e3.txt';
export const TRANSLATION_FILE = 'content/policy.en.json';

export interface Zone extends NamedEntity {
  type: 'park' | 'new-area' | 'town' | 'subdistrict' | 'area' | 'base';
  about?: { zh: string; en: string };
}
export type Department = NamedEntity;

export interface PolicySource {
  document: PolicyDocument;
  /** The English text of every block, by id. */
  english: Translation;
  zones: Zone[];
  departments: Department[];
}

const cache = new Map<string, PolicySource>();

export function loadPolicy(root: string = process.cwd()): PolicySource {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const zones = JSON.parse(read('content/zones.json')) as Zone[];
  const departments = JSON.parse(read('content/departments.json')) as Department[];
  const document = parsePolicy(read(SEED_FILE), { file: SEED_FILE, zones, departments });
  const english = checkTranslation(JSON.parse(read(TRANSLATION_FILE)) as Translation, document.blocks, TRANSLATION_FILE);
  const source = { document, english, zones, departments };
  cache.set(root, source);
  return source;
}
