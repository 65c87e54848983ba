/**
 * Proving what is deployed: dist/integrity.json hashes every file of the build, and `npm run verify`
 * names each file changed, missing or added in a copy, whether a folder or a site served over HTTP.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTEGRITY_FILE,
  buildManifest,
  compareToManifest,
  linksOf,
  parseManifest,
  pathOfUrl,
  siteRoot,
  urlOfPath,
} from '../../src/lib/publish/integrity.ts';
import { DIST } from '../support/dist.ts';

const CLI = fileURLToPath(new URL('../../src/cli/verify.ts', import.meta.url));
// Explicit, so that the tests follow DIST_DIR rather than the CLI's default dist/.
const MANIFEST = resolve(DIST, INTEGRITY_FILE);

/** The three edits made to the tampered copy, by the category the report must put them in. */
const TAMPERED = { Changed: ['zh/index.html'], Missing: ['en/about/index.html'], Unexpected: ['zh/extra.html'] };

const temporary: string[] = [];
const copyOfDist = () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  temporary.push(dir);
  cpSync(DIST, dir, { recursive: true });
  return dir;
};

function tamperedCopy(): string {
  const dir = copyOfDist();
  // Built from parts: the spam term itself must not sit in the repository's sources.
  const spam = ['365', '体育'].join('');
  // The relative link lets the crawl find the extra page at the root and under a sub-path alike.
  appendFileSync(join(dir, 'zh/index.html'), `<p>tampered ${spam}</p><a href="extra.html">${spam}</a>\n`);
  rmSync(join(dir, 'en/about/index.html'));
  writeFileSync(join(dir, 'zh/extra.html'), '<!doctype html><title>extra</title><p>extra</p>\n');
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
// Asynchronous on purpose: the HTTP servers the CLI talks to live in this process.
const verify = (...args: string[]) =>
  new Promise<Run>((done) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 50_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });

/** The report's lists of paths, by section title. */
function sections(report: string): Record<'Changed' | 'Missing' | 'Unexpected', string[]> {
  const found = { Changed: [] as string[], Missing: [] as string[], Unexpected: [] as string[] };
  let current: string[] | undefined;
  for (const line of report.split('\n')) {
    const header = /^(Changed|Missing|Unexpected) \(\d+\):$/u.exec(line);
    if (header) current = found[header[1] as keyof typeof found];
    else if (current && line.startsWith('  ')) current.push(line.trim());
    else current = undefined;
  }
  return found;
}

function serve(dir: string, mount: string): Promise<{ server: Server; url: string }> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: true });
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    req.url = req.url.slice(mount.length - 1); // keep the leading "/"
    files(req, res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${mount}` }));
  });
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('dist/integrity.json', () => {
  it('lists every file of dist but itself, with its SHA-256 and size', () => {
    const manifest = parseManifest(readFileSync(MANIFEST, 'utf8'));
    const onDisk = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((path) => path !== INTEGRITY_FILE)
      .sort();
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
    for (const path of onDisk) {
      const bytes = readFileSync(join(DIST, path));
      expect(manifest.files[path], path).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), size: statSync(join(DIST, path)).size });
    }
  });
});

describe('npm run verify on a folder', () => {
  let pristine: string;
  let tampered: string;
  beforeAll(() => {
    pristine = copyOfDist();
    tampered = tamperedCopy();
  });

  it('passes an untouched copy', async () => {
    const run = await verify(pristine, '--manifest', MANIFEST);
    expect(run.stdout).toContain('OK: identical to the build.');
    expect(run.code).toBe(0);
  });

  it('names the changed, the missing and the added file', async () => {
    const run = await verify(tampered, '--manifest', MANIFEST);
    expect(sections(run.stdout)).toEqual(TAMPERED);
    expect(run.stdout).toContain('DIFFERENT');
    expect(run.code).toBe(1);
  });

  it.each([[[]], [['a', 'b']], [['--bogus', '.']], [['/no/such/folder']], [['ftp://example.com/']], [['.', '--manifest', '/no/such/manifest.json']]])(
    'exits 2 with the usage on %j',
    async (args) => {
      const run = await verify(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage: npm run verify');
    },
  );
});

describe('npm run verify over HTTP', () => {
  const servers: Server[] = [];
  const urls = { root: '', subPath: '', pristineSubPath: '' };
  beforeAll(async () => {
    // dist/ was built for the root, but the pages a sub-path copy serves are byte for byte the same.
    const tampered = tamperedCopy();
    const started = await Promise.all([serve(tampered, '/'), serve(tampered, '/policy/'), serve(copyOfDist(), '/policy/')]);
    servers.push(...started.map((s) => s.server));
    const [root, subPath, pristineSubPath] = started.map((s) => s.url);
    Object.assign(urls, { root, subPath, pristineSubPath });
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  });

  it.each(['root', 'subPath'] as const)('names the changed, the missing and the linked added file (%s)', async (which) => {
    const run = await verify(urls[which], '--manifest', MANIFEST);
    expect(sections(run.stdout)).toEqual(TAMPERED);
    expect(run.code).toBe(1);
  });

  it('passes an untouched copy under a sub-path, given without its trailing slash', async () => {
    const run = await verify(urls.pristineSubPath.replace(/\/$/u, ''), '--manifest', MANIFEST);
    expect(run.stdout).toContain('OK: identical to the build.');
    expect(run.code).toBe(0);
  });

  it('takes the trusted manifest from a URL', async () => {
    const run = await verify(urls.root, '--manifest', `${urls.pristineSubPath}${INTEGRITY_FILE}`);
    expect(sections(run.stdout)).toEqual(TAMPERED);
    expect(run.code).toBe(1);
  });

  it('exits 2 when nothing answers', async () => {
    const closed = await serve(copyOfDist(), '/');
    await new Promise((done) => closed.server.close(done));
    const run = await verify(closed.url, '--manifest', MANIFEST);
    expect(run.stderr).toContain('cannot reach');
    expect(run.code).toBe(2);
  });
});

describe('integrity helpers', () => {
  const root = siteRoot('http://127.0.0.1:8080/policy?x=1#top');

  it('takes a URL as the folder of the site', () => {
    expect(root.href).toBe('http://127.0.0.1:8080/policy/');
    expect(siteRoot('https://example.com').href).toBe('https://example.com/');
    expect(() => siteRoot('file:///etc/')).toThrow();
  });

  it('maps manifest paths to URLs under a sub-path and back', () => {
    expect(urlOfPath(root, 'zh/index.html').href).toBe('http://127.0.0.1:8080/policy/zh/index.html');
    expect(urlOfPath(root, 'a b/c#d?.txt').href).toBe('http://127.0.0.1:8080/policy/a%20b/c%23d%3F.txt');
    const path = (href: string) => pathOfUrl(root, new URL(href, root));
    expect(path('')).toBe('index.html');
    expect(path('zh/')).toBe('zh/index.html');
    expect(path('zh/policy/?q=1#2.1.3')).toBe('zh/policy/index.html');
    expect(path('a%20b/c%23d%3F.txt')).toBe('a b/c#d?.txt');
    expect(path('/zh/')).toBeUndefined(); // outside the sub-path
    expect(path('http://127.0.0.1:9999/policy/zh/')).toBeUndefined(); // another origin
    expect(path('%E0')).toBeUndefined();
    expect(path('a%2F..%2F..%2Fb')).toBeUndefined();
  });

  it('finds href and src values however they are quoted', () => {
    expect(linksOf(`<a href="a/?x=1&amp;y=2">x</a><img src='b.png'><link href=c.css><a data-href="no">`)).toEqual(['a/?x=1&y=2', 'b.png', 'c.css']);
  });

  it('sorts differences and never counts the manifest itself', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const manifest = buildManifest([
      { path: 'b.html', bytes: bytes('b') },
      { path: 'a.html', bytes: bytes('a') },
      { path: INTEGRITY_FILE, bytes: bytes('{}') },
      { path: 'c.html', bytes: bytes('c') },
    ]);
    expect(Object.keys(manifest.files)).toEqual(['a.html', 'b.html', 'c.html']);
    const actual = new Map([
      ['a.html', { sha256: manifest.files['a.html']!.sha256, size: 2 }],
      ['c.html', manifest.files['c.html']],
    ]);
    expect(compareToManifest(manifest, actual, { unexpected: ['z.html', INTEGRITY_FILE, 'c.html', 'y.html'] })).toEqual({
      changed: ['a.html'],
      missing: ['b.html'],
      unexpected: ['y.html', 'z.html'],
    });
  });

  it('refuses a manifest naming a file outside the folder', () => {
    const digest = { sha256: '0'.repeat(64), size: 0 };
    expect(() => parseManifest(JSON.stringify({ version: 1, algorithm: 'sha256', files: { '../x': digest } }))).toThrow(/unsafe/u);
    expect(() => parseManifest(JSON.stringify({ version: 2, algorithm: 'sha256', files: {} }))).toThrow();
  });
});
