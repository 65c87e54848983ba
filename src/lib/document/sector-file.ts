/**
 * Reading a sector page (content/documents/<id>/sectors/<locale>/<slug>.mdx) strictly, before Astro does: the
 * content check (src/cli/check-content.ts) names each fault with its file and line.
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { characterFindings, codeFindings, located, mdxCodeFindings } from '../checks/content-guard.ts';
import { OPTIONAL_SECTOR_FIELDS, SECTOR_FIELDS, type SectorEntry } from './sector-content.ts';
import { BOM_MESSAGE } from '../checks/strict-json.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/**
 * A sector page: YAML frontmatter with the known keys only, and a Markdown body carrying text, never
 * code. `file` is its path from the project root (content/documents/<id>/sectors/<locale>/<slug>.mdx). The content
 * check's reader of the sector pages, and the tests', so that they read them as the check does.
 */
export function checkMdxFile(file: string, text: string): { problems: string[]; entry?: SectorEntry } {
  if (text.startsWith('\uFEFF')) return { problems: [`${file}:1:1: ${BOM_MESSAGE}`] };
  const match = FRONTMATTER.exec(text);
  if (!match) return { problems: [`${file}:1:1: no frontmatter: a sector page starts with "---", its fields (${SECTOR_FIELDS.join(', ')}) and "---"`] };
  const lines = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  // The frontmatter starts on line 2, after the opening "---".
  const at = (offset: number) => `${file}:${lines.linePos(offset).line + 1}:${lines.linePos(offset).col}`;
  if (doc.errors.length) return { problems: doc.errors.slice(0, 1).map((e) => `${at(e.pos[0])}: frontmatter is not valid YAML: ${e.message.split('\n')[0]}`) };
  if (!isMap(doc.contents)) return { problems: [`${file}:2:1: frontmatter must be "key: value" lines (${SECTOR_FIELDS.join(', ')})`] };
  const problems: string[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!SECTOR_FIELDS.includes(key as never)) problems.push(`${at(isScalar(pair.key) ? pair.key.range![0] : 0)}: unknown frontmatter key "${key}" (the keys are ${SECTOR_FIELDS.join(', ')})`);
  }
  const data = doc.toJS() as Record<string, unknown>;
  // A misspelt key is one fault: its field is not reported missing as well.
  for (const field of problems.length ? [] : SECTOR_FIELDS) {
    const value = data[field];
    if (value === undefined && OPTIONAL_SECTOR_FIELDS.includes(field)) continue;
    const list = field === 'priorities' || field === 'technologies';
    const ok = list ? Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim()) : typeof value === 'string' && value.trim();
    if (!ok) problems.push(`${file}: frontmatter field "${field}" ${value === undefined ? 'is missing' : list ? 'must be a list of texts' : 'must be a text'}`);
  }
  const bodyStart = match[0].length;
  problems.push(...located(file, text, characterFindings(text)));
  problems.push(...located(file, text, codeFindings(text)));
  problems.push(...located(file, text, mdxCodeFindings(text.slice(bodyStart)), bodyStart));
  if (problems.length) return { problems };
  // The entry id as Astro gives it: <document>/sectors/<locale>/<slug>, wherever the document's folder is.
  const id = file.replace(/\.mdx$/u, '').split('/').slice(-4).join('/');
  return { problems, entry: { id, filePath: file, body: text.slice(bodyStart), data: data as unknown as SectorEntry['data'] } };
}
