/**
 * `npm run verify -- <url-or-folder> [--manifest <path-or-url>]`: proves that a deployed copy of the
 * site is byte for byte what was built, or names every file that differs. With --headers, reports
 * instead which protections the host gives a live deployment (headers, compression, 404 status).
 *
 * The reference is always the manifest of the trusted build (this project's dist/integrity.json, or
 * --manifest), never one served by the site under test: a server that was tampered with could serve
 * a manifest tampered with to match.
 */
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAllFiles } from '../lib/publish/output-files.ts';
import {
  type Differences,
  type FileDigest,
  INTEGRITY_FILE,
  type IntegrityManifest,
  compareToManifest,
  digestOf,
  linksOf,
  parseManifest,
  pathOfUrl,
  siteRoot,
  urlOfPath,
} from '../lib/publish/integrity.ts';
import { isServed } from '../lib/publish/server-config.ts';
import { type Sample, judgeProtections, protectionsReport } from '../lib/publish/protections.ts';

const USAGE = `Usage: npm run verify -- <url-or-folder> [--manifest <path-or-url>]
       npm run verify -- --headers <url> [--manifest <path-or-url>]

Checks a deployed copy of the site against the build's SHA-256 manifest.
  <url-or-folder>         the site's root URL (https://host/ or https://host/sub/path/), or a folder
  --manifest <path|url>   the trusted manifest (default: this project's dist/integrity.json)
  --headers               report instead which protections the host gives: CSP, nosniff, framing,
                          referrer, HSTS (on HTTPS), compression, 404 status

Exit status: 0 identical (every protection arrives), 1 differences found (a protection missing),
2 usage error or nothing to compare.`;

const DEFAULT_MANIFEST = fileURLToPath(new URL(`../../dist/${INTEGRITY_FILE}`, import.meta.url));
/** Politeness and boundedness towards the host under test. */
const CONCURRENCY = 8;
const TIMEOUT_MS = 15_000;
const CRAWL_LIMIT = 2000;
const MAX_REDIRECTS = 5;
/**
 * Names that a server cannot be asked to list but an intruder or a careless upload often adds:
 * probed in every folder of the site, beside every link and sitemap entry the crawl follows.
 */
const PROBED_NAMES = ['index.php'];
/** Probed in the folders that have no index.html of their own, where a stray index page would be served. */
const PROBED_INDEX_NAMES = ['index.htm', 'default.htm'];
/** Probed at the root only. */
const PROBED_ROOT_NAMES = ['sitemap.xml', 'ads.txt', 'humans.txt', 'security.txt', 'favicon.ico', 'index.asp', 'index.jsp'];

class UsageError extends Error {}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isUrl = (value: string) => /^https?:\/\//iu.test(value);
/** npm runs scripts in the package root; a relative path means where the user typed the command. */
const userPath = (path: string) =>
  resolve(process.env.npm_lifecycle_event === 'verify' ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd(), path);

interface Outcome extends Differences {
  /** Why a file counts as missing when it is not a plain 404 (HTTP 500, a timeout, a redirect away). */
  reasons: Map<string, string>;
  notes: string[];
  /** How many files of the manifest were compared. */
  checked: number;
}

async function loadManifest(source: string): Promise<IntegrityManifest> {
  let text: string;
  try {
    if (isUrl(source)) {
      const response = await fetch(source, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else {
      text = readFileSync(source, 'utf8');
    }
  } catch (error) {
    const hint = source === DEFAULT_MANIFEST ? ' (run `npm run build` first)' : '';
    throw new UsageError(`cannot read the manifest ${source}: ${messageOf(error)}${hint}`);
  }
  try {
    return parseManifest(text);
  } catch (error) {
    throw new UsageError(`${source}: ${messageOf(error)}`);
  }
}

function checkFolder(manifest: IntegrityManifest, folder: string): Outcome {
  // The whole tree in memory: the site is a few megabytes at most.
  const actual = new Map<string, FileDigest>(readAllFiles(folder).map((f) => [f.path, digestOf(f.bytes)]));
  return { ...compareToManifest(manifest, actual, { unexpected: [...actual.keys()] }), reasons: new Map(), notes: [], checked: Object.keys(manifest.files).length };
}

// --- Over HTTP ---------------------------------------------------------------------------------

interface Fetched {
  /** The URL that answered, after redirects. */
  url: URL;
  status: number;
  bytes?: Uint8Array;
  html?: boolean;
  /** A redirect not followed. */
  location?: URL;
  error?: string;
}

/**
 * One GET, following at most `follow` redirects, and only within the root's origin: no request
 * ever goes anywhere but the host the user named.
 */
async function get(root: URL, start: URL, follow: number): Promise<Fetched> {
  let url = start;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, url);
        if (next.origin !== root.origin || hop >= follow) return { url, status: response.status, location: next };
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { url, status: response.status };
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const html = /text\/html/iu.test(response.headers.get('content-type') ?? '') || /(?:\.html|\/)$/u.test(url.pathname);
      return { url, status: response.status, bytes, html };
    } catch (error) {
      return { url, status: 0, error: messageOf(error) };
    }
  }
}

/** Runs fn over the items with at most `limit` at a time, keeping the items' order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const pageText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** URLs named by a sitemap (<loc>) or by robots.txt (Sitemap:). */
const sitemapLinks = (text: string): string[] => [
  ...[...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gu)].map((m) => m[1]!.replace(/&amp;/gu, '&')),
  ...[...text.matchAll(/^sitemap:\s*(\S+)/gimu)].map((m) => m[1]!),
];

/**
 * Files the site serves that the build did not write, as far as they can be found: a server cannot
 * be listed, so follow href/src from the pages, the sitemaps, and probe common names in every
 * folder and at the root, within the root's folder, up to CRAWL_LIMIT requests.
 */
async function crawl(root: URL, manifest: IntegrityManifest, served: readonly Fetched[]): Promise<{ unexpected: string[]; notes: string[] }> {
  // Listed files were all fetched already: only what the manifest does not know needs a request.
  const seen = new Set([INTEGRITY_FILE, ...Object.keys(manifest.files)]);
  let frontier: URL[] = [];
  const discover = (raw: string, base: URL) => {
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      return;
    }
    const path = pathOfUrl(root, url);
    if (path === undefined || seen.has(path)) return;
    seen.add(path);
    frontier.push(urlOfPath(root, path));
  };
  const follow = (page: Fetched) => {
    if (page.location) discover(page.location.href, page.url);
    if (!page.bytes) return;
    const links = page.html ? linksOf(pageText(page.bytes)) : /\.(?:xml|txt)$/u.test(page.url.pathname) ? sitemapLinks(pageText(page.bytes)) : [];
    for (const raw of links) discover(raw, page.url);
  };

  // Every folder of the site and each of its parents ("zh/clusters/" has no page of its own).
  const folders = new Set(
    Object.keys(manifest.files).flatMap((path) => path.split('/').slice(0, -1).map((_, i, segments) => `${segments.slice(0, i + 1).join('/')}/`)),
  );
  folders.add('');
  for (const name of PROBED_ROOT_NAMES) discover(name, root);
  for (const folder of folders) {
    discover(folder, root);
    const names = Object.hasOwn(manifest.files, `${folder}index.html`) ? PROBED_NAMES : [...PROBED_NAMES, ...PROBED_INDEX_NAMES];
    for (const name of names) discover(`${folder}${name}`, root);
  }
  // Every served page seeds the crawl, not only the root: an injected link can sit on a page that
  // nothing links to (404.html), and those pages cost no further request.
  served.forEach(follow);

  const unexpected: string[] = [];
  let requests = 0;
  while (frontier.length > 0 && requests < CRAWL_LIMIT) {
    const batch = frontier.slice(0, CRAWL_LIMIT - requests);
    frontier = frontier.slice(batch.length);
    requests += batch.length;
    for (const page of await mapLimit(batch, CONCURRENCY, (url) => get(root, url, 0))) {
      // Judge the path that answered: "zh/about" redirecting to "zh/about/" is not a new file.
      const path = page.bytes ? pathOfUrl(root, page.url) : undefined;
      if (path !== undefined) unexpected.push(path);
      follow(page);
    }
  }
  const notes = frontier.length
    ? [`the crawl stopped after ${CRAWL_LIMIT} requests with ${frontier.length} link(s) unchecked: "unexpected" may be incomplete`]
    : [];
  return { unexpected, notes };
}

async function checkUrl(full: IntegrityManifest, root: URL): Promise<Outcome> {
  // Every server configuration refuses dot-files (.htaccess): a folder check covers them.
  const hidden = Object.keys(full.files).filter((path) => !isServed(path));
  const manifest = { ...full, files: Object.fromEntries(Object.entries(full.files).filter(([path]) => isServed(path))) };
  const paths = Object.keys(manifest.files);
  const fetched = await mapLimit(paths, CONCURRENCY, (path) => get(root, urlOfPath(root, path), MAX_REDIRECTS));
  // Nothing answered at all: a wrong address, not a site that differs in every file.
  if (paths.length > 0 && fetched.every((f) => f.error)) throw new UsageError(`cannot reach ${root.href}: ${fetched[0]!.error}`);

  const actual = new Map<string, FileDigest | undefined>();
  const reasons = new Map<string, string>();
  fetched.forEach((f, index) => {
    const path = paths[index]!;
    actual.set(path, f.bytes && digestOf(f.bytes));
    if (f.error) reasons.set(path, f.error);
    else if (f.location) reasons.set(path, `redirected to ${f.location.href}`);
    else if (!f.bytes && f.status !== 404) reasons.set(path, `HTTP ${f.status}`);
  });
  const found = await crawl(root, manifest, fetched);
  const notes = [...found.notes];
  if (hidden.length) notes.push(`not checked over HTTP, as servers refuse dot-files (check them in the uploaded folder): ${hidden.join(', ')}`);
  return { ...compareToManifest(manifest, actual, found), reasons, notes, checked: paths.length };
}

// --- What the host gives (--headers) ----------------------------------------------------------------

/** One GET with the raw response: its encoded body decoded here, so that its encoding can be judged. */
function rawGet(url: URL): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((done, fail) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { headers: { 'accept-encoding': 'br, gzip' }, timeout: TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
        const raw = Buffer.concat(chunks);
        const decode = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync, zstd: zstdDecompressSync }[headers['content-encoding'] ?? ''];
        done({ status: response.statusCode ?? 0, headers, body: decode ? decode(raw) : raw });
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', fail);
    request.end();
  });
}

/**
 * A page, the largest script and data file of the build, and a URL that does not exist in the
 * page's edition, whose answer should be the edition's 404 page.
 */
async function checkHeaders(manifest: IntegrityManifest, root: URL): Promise<{ report: string; ok: boolean }> {
  const paths = Object.keys(manifest.files).filter(isServed);
  const largest = (ext: string) => paths.filter((p) => p.endsWith(ext)).sort((a, b) => manifest.files[b]!.size - manifest.files[a]!.size)[0];
  const page = paths.find((p) => /^[^/]+\/index\.html$/u.test(p));
  if (!page) throw new UsageError('the manifest lists no edition page (<edition>/index.html)');
  const edition = page.slice(0, page.indexOf('/') + 1);
  const wanted: { role: string; url: URL; expected?: string }[] = [
    { role: 'page', url: urlOfPath(root, edition), expected: page },
    ...(['.js', '.json'] as const).flatMap((ext) => {
      const path = largest(ext);
      return path ? [{ role: ext === '.js' ? 'script' : 'data', url: urlOfPath(root, path), expected: path }] : [];
    }),
    { role: 'not found', url: urlOfPath(root, `${edition}no-such-page-${Date.now().toString(36)}/`), expected: `${edition}404.html` },
  ];
  const samples: Sample[] = [];
  for (const { role, url, expected } of wanted) {
    let response;
    try {
      response = await rawGet(url);
    } catch (error) {
      throw new UsageError(`cannot reach ${url.href}: ${messageOf(error)}`);
    }
    const digest = digestOf(response.body);
    const listed = expected === undefined ? undefined : manifest.files[expected];
    samples.push({ role, url: url.href, status: response.status, headers: response.headers, expectedBody: listed?.sha256 === digest.sha256, size: digest.size });
  }
  const protections = judgeProtections(samples, root.protocol === 'https:');
  return { report: protectionsReport(root.href, protections), ok: protections.every((p) => p.ok) };
}

// --- The report ----------------------------------------------------------------------------------

function report(target: string, manifestSource: string, manifest: IntegrityManifest, outcome: Outcome): string {
  const listed = Object.keys(manifest.files).length;
  const identical = outcome.checked - outcome.changed.length - outcome.missing.length;
  const lines = [
    `Checked ${target}`,
    `against ${manifestSource} (${listed} files)`,
    `${identical} identical, ${outcome.changed.length} changed, ${outcome.missing.length} missing, ${outcome.unexpected.length} unexpected`,
  ];
  const section = (title: string, paths: readonly string[]) => {
    if (paths.length === 0) return;
    lines.push('', `${title} (${paths.length}):`);
    for (const path of paths) lines.push(`  ${path}${outcome.reasons.has(path) ? ` (${outcome.reasons.get(path)})` : ''}`);
  };
  section('Changed', outcome.changed);
  section('Missing', outcome.missing);
  section('Unexpected', outcome.unexpected);
  if (outcome.notes.length) lines.push('', 'Notes:', ...outcome.notes.map((note) => `  ${note}`));
  lines.push('', isIdentical(outcome) ? 'OK: identical to the build.' : 'DIFFERENT: this is not what was built.');
  return lines.join('\n');
}

function rootOf(target: string): URL {
  try {
    return siteRoot(target);
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
}

const isIdentical = (d: Differences) => d.changed.length + d.missing.length + d.unexpected.length === 0;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { manifest: { type: 'string' }, headers: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [target, ...extra] = args.positionals;
  if (target === undefined || extra.length > 0) throw new UsageError('give exactly one URL or folder');

  const manifestOption = args.values.manifest;
  const manifestSource = manifestOption === undefined ? DEFAULT_MANIFEST : isUrl(manifestOption) ? manifestOption : userPath(manifestOption);
  const manifest = await loadManifest(manifestSource);

  if (args.values.headers) {
    if (!isUrl(target)) throw new UsageError('--headers needs the URL of a live deployment');
    const { report: text, ok } = await checkHeaders(manifest, rootOf(target));
    console.log(text);
    return ok ? 0 : 1;
  }

  let outcome: Outcome;
  let shown: string;
  if (isUrl(target)) {
    const root = rootOf(target);
    shown = root.href;
    outcome = await checkUrl(manifest, root);
  } else {
    const folder = userPath(target);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder or an http(s) URL: ${target}`);
    shown = folder;
    outcome = checkFolder(manifest, folder);
  }
  console.log(report(shown, manifestSource, manifest, outcome));
  return isIdentical(outcome) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? `verify: ${error.message}\n\n${USAGE}` : error);
    // Never 1 for a crash: 1 claims that differences were found.
    process.exitCode = 2;
  },
);
