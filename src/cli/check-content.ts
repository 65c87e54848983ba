/**
 * The content check, run by `npm run build` before Astro starts (and on its own with
 * `npm run check-content`): every file an editor touches is read strictly and held to the content
 * rules of src/lib/checks/content-guard.ts, then the data are loaded and checked against the seed as the
 * build will. It takes about a second, so a mistake fails fast, one line per fault with its file and
 * line or field, and nothing is built.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Finding, characterFindings, codeFindings, isIssuerUrl, located, markupFindings } from '../lib/checks/content-guard.ts';
import { DOCUMENTS_DIR, loadDocuments } from '../lib/document/load-policy.ts';
import { PROFILE_FILE } from '../lib/document/profile.ts';
import { ProblemsError } from '../lib/checks/problems.ts';
import { publicFileProblems } from '../lib/publish/public-files.ts';
import { type SectorEntry, entryDocument, joinSectorContent } from '../lib/document/sector-content.ts';
import { checkMdxFile } from '../lib/document/sector-file.ts';
import { parseJsonStrict, scanJson } from '../lib/checks/strict-json.ts';

/** Fields of a document's data that name a source on the issuer's own site: linked to, never loaded. */
const SOURCE_FIELDS = [
  { file: /^content\/documents\/[^/]+\/status\.json$/u, path: /^(?:originalUrl|replacedBy\.url)$/u },
  { file: /^content\/documents\/[^/]+\/profile\.json$/u, path: /^related\.\d+\.url$/u },
];
const isSourceField = (file: string, path: string) => SOURCE_FIELDS.some((f) => f.file.test(file) && f.path.test(path));

function filesUnder(root: string, folder: string): string[] {
  const dir = join(root, folder);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(root, `${folder}/${e.name}`) : [`${folder}/${e.name}`])).sort();
}

/** A JSON file of content or UI strings: read strictly, then every string value held to the rules. */
function checkJsonFile(file: string, text: string, issuerHosts: readonly string[]): string[] {
  try {
    parseJsonStrict(text, file);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  for (const s of scanJson(text).strings) {
    // The string's own findings, placed at its opening quote's line (an escape may shift the column).
    const at = (findings: Finding[]) => located(file, text, findings.map((f) => ({ ...f, index: f.index + 1 })), s.index, ` (field "${s.path}")`);
    problems.push(...at(characterFindings(s.value)));
    if (s.isKey || /(?:^|\.)\$(?:schema|id)$/u.test(s.path)) continue;
    const source = isSourceField(file, s.path);
    // Code is named as code; markup only where there is none, so that one fault gives one message.
    const code = codeFindings(s.value, (url) => source && isIssuerUrl(issuerHosts, url) && url === s.value);
    problems.push(...at(code.length ? code : markupFindings(s.value)));
  }
  return problems;
}

/**
 * The issuers' website hosts of every profile that reads as JSON: the origins a source field may name.
 * A profile that does not read is reported with the other files; its hosts are then none.
 */
function issuerHostsOf(profiles: readonly string[]): string[] {
  return profiles.flatMap((text) => {
    try {
      const hosts = (JSON.parse(text) as { issuer?: { hosts?: unknown } }).issuer?.hosts;
      return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [];
    } catch {
      return [];
    }
  });
}

/** Every fault of the content, one line each; empty when the build may start. */
export function contentProblems(root: string): string[] {
  const problems: string[] = [];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const jsonFiles = [...filesUnder(root, 'content').filter((f) => f.endsWith('.json')), ...filesUnder(root, 'src/locales').filter((f) => f.endsWith('.json'))];
  const issuerHosts = issuerHostsOf(jsonFiles.filter((f) => f.endsWith(`/${PROFILE_FILE}`)).map((f) => read(f)));
  for (const file of jsonFiles) problems.push(...checkJsonFile(file, read(file), issuerHosts));
  const entries: SectorEntry[] = [];
  for (const file of filesUnder(root, DOCUMENTS_DIR).filter((f) => /\/sectors\/[^/]+\/[^/]+\.mdx$/u.test(f))) {
    const { problems: found, entry } = checkMdxFile(file, read(file));
    problems.push(...found);
    if (entry) entries.push(entry);
  }
  const publicFiles = filesUnder(root, 'public').map((file) => ({ path: relative('public', file).replaceAll('\\', '/'), size: statSync(join(root, file)).size }));
  problems.push(...publicFileProblems(publicFiles));
  // The data's own checks against the seed come after, on files that read cleanly: one fault, one message.
  if (problems.length) return problems;
  try {
    for (const source of loadDocuments(root)) {
      for (const block of source.document.blocks) {
        for (const f of characterFindings(`${block.title}\n${block.text}`)) problems.push(`paragraph "${block.id}" of ${source.capture.file}: ${f.message}`);
      }
      joinSectorContent(entries.filter((e) => entryDocument(e) === source.id), source.document, source.renderings);
    }
  } catch (error) {
    if (error instanceof ProblemsError) problems.push(...error.problems.map((p) => (/^(?:content|src|seeds|public)\//u.test(p) ? p : `${error.source}: ${p}`)));
    else problems.push((error as Error).message);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = contentProblems(fileURLToPath(new URL('../../', import.meta.url)));
  if (problems.length) {
    console.error(`${problems.length} problem(s) in the content:\n  - ${problems.join('\n  - ')}`);
    process.exitCode = 1;
  } else console.log('Content check: no problems.');
}
