/**
 * The build's SHA-256 manifest, so that anyone can prove what is deployed: every output file with
 * its digest and size, written by the integrity-manifest integration and checked by `npm run verify`
 * against a folder or a live URL. Pure: callers read the files and fetch the URLs.
 */
import { references } from './output-checks.ts';
import { createHash } from 'node:crypto';

/** Written at the output root; it never lists itself (its own digest cannot be inside it). */
export const INTEGRITY_FILE = 'integrity.json';

export interface FileDigest {
  sha256: string;
  size: number;
}

export interface IntegrityManifest {
  version: 1;
  algorithm: 'sha256';
  /** Keyed by the path relative to the output folder, with "/" separators: "zh/policy/index.html". */
  files: Record<string, FileDigest>;
}

export interface Differences {
  changed: string[];
  missing: string[];
  unexpected: string[];
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const digestOf = (bytes: Uint8Array): FileDigest => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  size: bytes.byteLength,
});

export function buildManifest(files: readonly { path: string; bytes: Uint8Array }[]): IntegrityManifest {
  const sorted = files.filter((f) => f.path !== INTEGRITY_FILE).sort((a, b) => byCodeUnit(a.path, b.path));
  return { version: 1, algorithm: 'sha256', files: Object.fromEntries(sorted.map((f) => [f.path, digestOf(f.bytes)])) };
}

export const serializeManifest = (manifest: IntegrityManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;

/**
 * A manifest path may only name a file below the root: it is joined to folders and URLs, and a
 * manifest given with --manifest may come from anywhere.
 */
export const isSafePath = (path: string): boolean =>
  path !== '' && !path.includes('\\') && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');

/** Parses and validates a manifest; throws with the reason when it is not one. */
export function parseManifest(text: string): IntegrityManifest {
  const data: unknown = JSON.parse(text);
  const manifest = data as Partial<IntegrityManifest> | null;
  if (typeof manifest !== 'object' || manifest === null || manifest.version !== 1 || manifest.algorithm !== 'sha256') {
    throw new Error('not an integrity manifest (version 1, sha256)');
  }
  if (typeof manifest.files !== 'object' || manifest.files === null) throw new Error('the manifest has no "files"');
  for (const [path, digest] of Object.entries(manifest.files)) {
    if (!isSafePath(path)) throw new Error(`unsafe path in the manifest: "${path}"`);
    const valid = /^[0-9a-f]{64}$/u.test(String(digest?.sha256)) && Number.isSafeInteger(digest?.size) && digest.size >= 0;
    if (!valid) throw new Error(`bad digest for "${path}" in the manifest`);
  }
  return manifest as IntegrityManifest;
}

/**
 * What differs between the manifest and what was found: `actual` holds a digest for each listed
 * path (undefined when it could not be found), `unexpected` the paths found that are not listed.
 */
export function compareToManifest(
  manifest: IntegrityManifest,
  actual: ReadonlyMap<string, FileDigest | undefined>,
  found: { unexpected: readonly string[] },
): Differences {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, expected] of Object.entries(manifest.files)) {
    const got = actual.get(path);
    if (!got) missing.push(path);
    else if (got.sha256 !== expected.sha256 || got.size !== expected.size) changed.push(path);
  }
  const unexpected = [...new Set(found.unexpected)].filter((path) => !Object.hasOwn(manifest.files, path) && path !== INTEGRITY_FILE);
  return { changed: changed.sort(byCodeUnit), missing: missing.sort(byCodeUnit), unexpected: unexpected.sort(byCodeUnit) };
}

// --- A deployed site: mapping between manifest paths and URLs -------------------------------------

/** The site root of a URL given on the command line: http(s) only, always ending in "/". */
export function siteRoot(input: string): URL {
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) URL: ${input}`);
  url.search = '';
  url.hash = '';
  // "http://host/policy" names the folder the site was uploaded to, not a file called "policy".
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The URL a manifest path is served at below the root (segments percent-encoded). */
export const urlOfPath = (root: URL, path: string): URL => new URL(path.split('/').map(encodeURIComponent).join('/'), root);

/**
 * The manifest path a URL names, or undefined when it leaves the root's origin or folder. A folder
 * URL names its index.html, as every static host serves it.
 */
export function pathOfUrl(root: URL, url: URL): string | undefined {
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(root.pathname.length));
  } catch {
    return undefined; // malformed %-escape: no file of ours has that name
  }
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return isSafePath(path) ? path : undefined;
}

export const linksOf = (html: string): string[] => references(html).map((r) => r.value);
