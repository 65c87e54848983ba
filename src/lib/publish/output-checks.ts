/**
 * Checks over the files a build wrote: no spam term in any of them, every internal link and asset
 * reference (with its #anchor) resolving to a file and an id that exist, every <script> one the build
 * wrote, and the CSP <meta> first in every head. Used by the build guard integration, which fails the
 * build, and by the tests over dist/.
 */
import { createHash } from 'node:crypto';
import { findSpam } from '../checks/spam.ts';

export interface OutputFile {
  /** Path relative to the output folder, with "/" separators: "zh/policy/index.html". */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line?: number;
  message: string;
  /** The offending text itself (a spam term, a link as written), to find the source it came from. */
  evidence?: string;
}

/** Files worth reading as text; binary index chunks and images are skipped. */
export const TEXT_FILE = /\.(?:html|css|js|mjs|json|xml|txt|csv|svg|webmanifest|mdx?)$|(?:^|\/)_headers$|(?:^|\/)\.htaccess$/u;

export function spamProblems(files: readonly OutputFile[]): Problem[] {
  return files.flatMap((f) => findSpam(f.text).map((hit) => ({ file: f.path, line: hit.line, message: `spam term "${hit.term}"`, evidence: hit.term })));
}

const REFERENCE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giu;
const ID = /\sid="([^"]*)"/gu;
const decodeEntities = (value: string) =>
  // &amp; last, so that "&amp;quot;" stays the text "&quot;".
  value.replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&#x2F;/giu, '/').replace(/&amp;/gu, '&');

/** Every href and src value of an HTML document, decoded, with its offset in the text. */
export const references = (html: string): { value: string; index: number }[] =>
  [...html.matchAll(REFERENCE)].map((m) => ({ value: decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''), index: m.index }));

/** The ids of an HTML document, for checking #anchors. */
export const idsOf = (html: string): Set<string> => new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));

/**
 * Every href/src of every HTML file that stays on this site must name an existing file (a folder
 * means its index.html) below the base, and its #fragment an existing id of that page. `others` are
 * the paths of the output's binary files (WASM, index chunks), which links may name too.
 */
export function linkProblems(files: readonly OutputFile[], base: string, others: readonly string[] = []): Problem[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const binary = new Set(others);
  const exists = (path: string) => byPath.has(path) || binary.has(path);
  const ids = new Map<string, Set<string>>();
  const idsFor = (path: string) => ids.get(path) ?? ids.set(path, idsOf(byPath.get(path)?.text ?? '')).get(path)!;
  const origin = 'http://site.invalid';
  const root = base.endsWith('/') ? base : `${base}/`;
  const problems: Problem[] = [];

  for (const file of files) {
    if (!file.path.endsWith('.html')) continue;
    const pageUrl = new URL(root + file.path, origin);
    for (const { value: raw, index } of references(file.text)) {
      if (raw === '' || /^[a-z][a-z0-9+.-]*:/iu.test(raw) || raw.startsWith('//')) continue; // other origins, mailto:, data:
      const url = new URL(raw, pageUrl);
      const line = file.text.slice(0, index).split('\n').length;
      if (!url.pathname.startsWith(root)) {
        problems.push({ file: file.path, line, message: `link "${raw}" leaves the base path ${root}`, evidence: raw });
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(root.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!exists(target)) {
        problems.push({ file: file.path, line, message: `link "${raw}" names no file (${target})`, evidence: raw });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsFor(target).has(fragment)) {
        problems.push({ file: file.path, line, message: `link "${raw}" names no id "${fragment}" in ${target}`, evidence: raw });
      }
    }
  }
  return problems;
}

/**
 * The lines of the source files (MDX, content data, UI strings) that hold a problem's evidence, as
 * "file:line": an editor fixes the source, not the minified page it ended up in.
 */
export function sourceLines(problem: Problem, sources: readonly OutputFile[]): string[] {
  const { evidence } = problem;
  if (!evidence) return [];
  const isSpam = problem.message.startsWith('spam term');
  return sources.flatMap((source) => {
    const lines = isSpam
      ? findSpam(source.text).filter((hit) => hit.term === evidence).map((hit) => hit.line)
      : source.text.split('\n').flatMap((text, i) => (text.includes(evidence) ? [i + 1] : []));
    return lines.map((line) => `${source.path}:${line}`);
  });
}

/**
 * One line per problem. Given the sources, a problem traced to them is reported once per source
 * line, with the output files it reached; the rest by the output file and line.
 */
export function formatProblems(problems: readonly Problem[], sources: readonly OutputFile[] = []): string {
  const traced = new Map<string, string[]>();
  const untraced: string[] = [];
  for (const problem of problems) {
    const at = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
    const origins = sourceLines(problem, sources);
    if (origins.length === 0) untraced.push(`  - ${at}: ${problem.message}`);
    for (const origin of origins) {
      const key = `${origin}: ${problem.message}`;
      traced.set(key, [...(traced.get(key) ?? []), at]);
    }
  }
  const tracedLines = [...traced].map(([key, outputs]) => `  - ${key} (written to ${outputs.join(', ')})`);
  return [...tracedLines, ...untraced].join('\n');
}

// --- Scripts and the head ---------------------------------------------------------------------------

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/iu;
const CHARSET_META = /<meta charset="utf-8">/iu;

/** The page with its CSP <meta> moved to directly after <meta charset> (unchanged when already there or absent). */
export function cspFirst(html: string): string {
  const csp = CSP_META.exec(html);
  const charset = CHARSET_META.exec(html);
  if (!csp || !charset || csp.index === charset.index + charset[0].length) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const at = CHARSET_META.exec(without)!;
  const end = at.index + at[0].length;
  return without.slice(0, end) + csp[0] + without.slice(end);
}

/** Every page starts its head with <meta charset> and the CSP <meta>: nothing in the head comes before the policy. */
export const headOrderProblems = (files: readonly OutputFile[]): Problem[] =>
  files
    .filter((f) => f.path.endsWith('.html') && !/<head>\s*<meta charset="utf-8">\s*<meta http-equiv="content-security-policy"/iu.test(f.text))
    .map((f) => ({ file: f.path, line: 1, message: 'the head does not start with <meta charset> and then the Content-Security-Policy <meta>' }));

const attribute = (attrs: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'iu').exec(attrs)?.slice(1).find((v) => v !== undefined);

/** A <script> or <style> element of a page: its tag (lower case), attributes, text and where it starts. */
export interface Block {
  tag: 'script' | 'style';
  attrs: string;
  text: string;
  index: number;
  element: string;
}

/** Every <script> and <style> of a page, in order. Those without src are inline: their hashes are what a CSP lists. */
const blocksOf = (html: string): Block[] =>
  [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/giu)].map((m) => ({
    tag: m[1]!.toLowerCase() as Block['tag'],
    attrs: m[2]!,
    text: m[3]!,
    index: m.index,
    element: m[0],
  }));

/** The inline scripts and styles of a page (no src attribute). */
export const inlineBlocks = (html: string): Block[] => blocksOf(html).filter((b) => attribute(b.attrs, 'src') === undefined);

/** A CSP source for an inline block: 'sha256-<base64>' of its text. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const CSP_HASH = / 'sha256-[A-Za-z0-9+/=]+'/gu;

/**
 * The page with its CSP listing only the hashes of its own inline scripts and styles. Astro puts in
 * every page the hashes of every inline script and style of the whole build, and of its island
 * runtime and client directives, which this site does not use: nine digests, about 0.4 KB gzip, on a
 * sector page that runs one. A hash is only ever dropped, never added, so an inline block Astro did
 * not hash still fails the guard (scriptProblems).
 */
export function cspOwnHashes(html: string): string {
  const csp = CSP_META.exec(html);
  if (!csp) return html;
  const own = new Set(inlineBlocks(html).map((b) => ` ${cspHash(b.text)}`));
  const narrowed = csp[0].replace(CSP_HASH, (hash) => (own.has(hash) ? hash : ''));
  return html.slice(0, csp.index) + narrowed + html.slice(csp.index + csp[0].length);
}

/**
 * Every <script> in a page is one the build wrote: an inline script whose SHA-256 the page's own CSP
 * lists (Astro hashes the scripts it renders, and only those), JSON-LD that is data and parses as
 * JSON, or a file the build wrote itself (`own` says which: Astro's bundles, Pagefind's, and the
 * scripts of the public/ manifest). A script from content, or a file dropped into the output, fails.
 */
export function scriptProblems(files: readonly OutputFile[], base: string, own: (path: string) => boolean): Problem[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.html')) continue;
    const csp = CSP_META.exec(file.text)?.[0] ?? '';
    const hashes = new Set(csp.match(/'sha256-[A-Za-z0-9+/=]+'/gu));
    for (const { tag, attrs, text: body, index, element } of blocksOf(file.text)) {
      if (tag !== 'script') continue;
      const line = file.text.slice(0, index).split('\n').length;
      const src = attribute(attrs, 'src');
      const type = attribute(attrs, 'type')?.toLowerCase();
      const evidence = element.slice(0, 80);
      if (src !== undefined) {
        const url = new URL(decodeEntities(src), new URL(root + file.path, 'http://site.invalid'));
        const path = url.origin === 'http://site.invalid' && url.pathname.startsWith(root) ? decodeURIComponent(url.pathname.slice(root.length)) : undefined;
        if (!path || !own(path)) problems.push({ file: file.path, line, message: `script "${src}" is not one the build wrote`, evidence: src });
      } else if (type === 'application/ld+json') {
        try {
          JSON.parse(body);
        } catch {
          problems.push({ file: file.path, line, message: 'JSON-LD script that is not JSON', evidence });
        }
      } else if (!hashes.has(cspHash(body))) {
        problems.push({ file: file.path, line, message: 'inline script whose hash the build did not put in the page\'s Content-Security-Policy: not one the build wrote', evidence });
      }
    }
  }
  return problems;
}
