/**
 * Debian's nginx and Apache serving the build with the configuration `npm run server-config` prints,
 * at the root and under BASE=/policy/: every file answers with its type, the security headers and its
 * cache rule; unknown URLs get the 404 page of their language; search works under the CSP; and
 * `npm run verify` passes the untouched copy and fails each of three tampers. Apache also runs with
 * the shipped .htaccess alone, and is shown to fail loudly without mod_headers.
 */
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllFiles } from '../../src/lib/output-files.ts';
import { INTEGRITY_FILE } from '../../src/lib/integrity.ts';
import { launchBrowser, searchOnPage } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { type RunningServer, type ServerKind, startServer } from '../support/servers.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/subpath-build.ts';

/** What a browser must be told each file is; written out here rather than taken from the code under test. */
const EXPECTED_TYPE: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/iu,
  js: /^(?:text|application)\/javascript; charset=utf-8$/iu,
  css: /^text\/css; charset=utf-8$/iu,
  json: /^application\/json; charset=utf-8$/iu,
  csv: /^text\/csv; charset=utf-8$/iu,
  svg: /^image\/svg\+xml; charset=utf-8$/iu,
  txt: /^text\/plain; charset=utf-8$/iu,
  xml: /^(?:application|text)\/xml; charset=utf-8$/iu,
  webmanifest: /^application\/manifest\+json; charset=utf-8$/iu,
  png: /^image\/png$/iu,
  pagefind: /^application\/octet-stream$/iu,
};
const typeFor = (path: string) => EXPECTED_TYPE[/\.pf_[a-z]+$/u.test(path) ? 'pagefind' : path.slice(path.lastIndexOf('.') + 1)];
const spam = ['博', '彩'].join(''); // built from parts: the term itself must not sit in the sources

interface Run {
  code: number;
  stdout: string;
}
/** `npm run verify -- <url>` against the build's own manifest. */
const run = (command: string, args: string[]) =>
  new Promise<Run>((done) => {
    execFile(command, args, { encoding: 'utf8', timeout: 50_000 }, (error, stdout) => {
      done({ code: error ? Number(error.code) : 0, stdout });
    });
  });
const npmRunVerify = (url: string, manifest: string) => run('npm', ['run', '--silent', 'verify', '--', url, '--manifest', manifest]);
/** The same script without npm's start-up, for the repeated runs. */
const verify = (url: string, manifest: string) => run(process.execPath, [resolve('src/cli/verify.ts'), url, '--manifest', manifest]);

/** The headers every response must carry, whatever it is. */
function expectSecurityHeaders(response: Response, what: string): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toContain('unsafe-inline');
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('x-frame-options'), what).toBe('DENY');
  expect(response.headers.get('strict-transport-security'), what).toMatch(/max-age=\d+/u);
}

let browser: Browser | undefined;
const openBrowser = async () => (browser ??= await launchBrowser());
afterAll(async () => {
  await browser?.close();
});

const BUILDS = [
  { build: 'root', dist: DIST, base: '/' },
  { build: 'BASE=/policy/', dist: SUBPATH_DIST, base: SUBPATH_BASE },
];
// The slow checks (Chromium, the three tampers) run on one build per server, nginx at the root and
// Apache under the base, so that both servers and both builds are covered; the rest on all four.
const CASES = (['nginx', 'apache'] as ServerKind[]).flatMap((kind, k) => BUILDS.map((b, i) => ({ kind, ...b, slow: i === k })));

describe.each(CASES)('$kind with the generated configuration, $build build', ({ kind, dist, base, slow }) => {
  let server: RunningServer;
  let files: { path: string; bytes: Uint8Array }[];
  const manifest = () => resolve(dist, INTEGRITY_FILE);
  // The tampers change served files: they work on a copy, so that the suites reading the build in
  // parallel (deploy, browser) never see a changed byte.
  let root = dist;
  beforeAll(async () => {
    if (slow) {
      root = mkdtempSync(join(tmpdir(), 'served-'));
      chmodSync(root, 0o755); // Apache's workers run as nobody
      cpSync(dist, root, { recursive: true });
    }
    server = await startServer({ kind, dist: root, base });
    files = readAllFiles(root);
  });
  afterAll(async () => {
    await server?.stop();
    if (root !== dist) rmSync(root, { recursive: true, force: true });
  });

  it('serves every file and page with its type, the security headers and its cache rule', async () => {
    // Dot-files and the _headers of other hosts are refused.
    const served = files.filter((f) => f.path !== '_headers' && !f.path.split('/').some((segment) => segment.startsWith('.')));
    const pages = served.filter((f) => f.path.endsWith('/index.html')).map((f) => f.path.replace(/index\.html$/u, ''));
    expect(pages.length).toBeGreaterThan(90);
    const failures: string[] = [];
    for (const path of [...served.map((f) => f.path), ...pages]) {
      const response = await fetch(server.url + path, { redirect: 'manual' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const type = response.headers.get('content-type') ?? '';
      if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
      else if (!typeFor(path.endsWith('/') ? `${path}index.html` : path)?.test(type)) failures.push(`${path}: Content-Type ${type}`);
      else if (path.endsWith('.html') && !Buffer.from(bytes).equals(Buffer.from(files.find((f) => f.path === path)!.bytes))) failures.push(`${path}: other bytes`);
      expectSecurityHeaders(response, path);
      const cache = response.headers.get('cache-control') ?? '';
      const hashed = path.startsWith('_astro/') || /^pagefind\/.+\.pf_[a-z]+$/u.test(path);
      if (hashed ? !/max-age=31536000/u.test(cache) || !cache.includes('immutable') : path.endsWith('.html') || path.endsWith('/') ? cache !== 'no-cache' : !cache) {
        failures.push(`${path}: Cache-Control "${cache}"`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers an unknown URL with the 404 page of its language, and refuses dot-files', async () => {
    const cases = [
      ['zh/no-such-page/', 'zh/404.html'],
      ['en/clusters/no-such-sector/', 'en/404.html'],
      ['no-such-file.txt', '404.html'],
      ['.htaccess', '404.html'],
      ['_headers', '404.html'],
      ['_astro/', '404.html'],
    ];
    for (const [path, page] of cases) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(404);
      expectSecurityHeaders(response, path!);
      expect(await response.text(), path).toBe(readFileSync(join(dist, page!), 'utf8'));
    }
  });

  it.runIf(base !== '/')('sends the base without its slash to the base, with the headers', async () => {
    const response = await fetch(server.origin + base.replace(/\/$/u, ''), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location')!, server.origin).pathname).toBe(base);
    expectSecurityHeaders(response, 'redirect');
  });

  it.runIf(slow)('finds the semiconductor page for 碳化硅 in Chromium, with no CSP error', async () => {
    const page = await (await openBrowser()).newPage();
    try {
      const { hrefs, problems } = await searchOnPage(page, `${server.url}zh/search/`, '碳化硅');
      // Results land on the paragraph: the sector's text of the plan.
      expect(hrefs).toContain(`${base}zh/clusters/semiconductors/#2.1.3`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets npm run verify pass the untouched site', async () => {
    const untouched = await (slow ? npmRunVerify : verify)(server.url, manifest());
    expect(untouched.stdout).toContain('OK: identical to the build.');
    expect(untouched.code).toBe(0);
  }, 90_000);

  it.runIf(slow)('lets npm run verify fail a changed byte, a deleted file and an added file', async () => {
    const script = files.find((f) => f.path.startsWith('_astro/') && f.path.endsWith('.js'))!;
    const scriptFile = join(server.root, script.path);
    const changed = Buffer.from(script.bytes);
    changed.writeUInt8(changed.readUInt8(changed.length - 2) ^ 1, changed.length - 2);
    writeFileSync(scriptFile, changed);
    const afterChange = await verify(server.url, manifest());
    writeFileSync(scriptFile, script.bytes);
    expect(afterChange.stdout).toMatch(new RegExp(`Changed \\(1\\):\\n  ${script.path.replace(/\./gu, '\\.')}`, 'u'));
    expect(afterChange.code).toBe(1);

    const deleted = join(server.root, 'en/about/index.html');
    rmSync(deleted);
    const afterDelete = await verify(server.url, manifest());
    writeFileSync(deleted, files.find((f) => f.path === 'en/about/index.html')!.bytes);
    expect(afterDelete.stdout).toContain('Missing (1):\n  en/about/index.html');
    expect(afterDelete.code).toBe(1);

    // Linked from nowhere: only probing a common name in a folder of the site finds it.
    const added = join(server.root, 'zh/clusters/index.php');
    writeFileSync(added, `<?php echo "${spam}"; ?>\n`);
    const afterAdd = await verify(server.url, manifest());
    rmSync(added);
    expect(afterAdd.stdout).toContain('Unexpected (1):\n  zh/clusters/index.php');
    expect(afterAdd.code).toBe(1);
    // Three runs of the verifier: about 10 s on an idle machine, far more on a loaded one.
  }, 180_000);
});

describe('Apache with the shipped .htaccess alone', () => {
  /** A folder served as a shared host would: the .htaccess does all the work. */
  const htaccessOnly = (root: string, port: number) =>
    [`<VirtualHost 127.0.0.1:${port}>`, `  DocumentRoot "${root}"`, `  <Directory "${root}">`, '    Require all granted', '    AllowOverride All', '  </Directory>', '</VirtualHost>', ''].join('\n');

  it('sends the security headers on scripts, data and 404 pages of each language', async () => {
    const server = await startServer({ kind: 'apache', dist: DIST, base: '/', siteConfig: htaccessOnly });
    try {
      const script = readAllFiles(DIST).find((f) => f.path.startsWith('_astro/'))!.path;
      for (const path of [script, 'data/sectors.csv', 'site.webmanifest', 'zh/']) {
        const response = await fetch(server.url + path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toMatch(typeFor(path.endsWith('/') ? 'index.html' : path)!);
        expectSecurityHeaders(response, path);
      }
      const missing = await fetch(`${server.url}en/no-such-page/`);
      expect(missing.status).toBe(404);
      expectSecurityHeaders(missing, '404');
      expect(await missing.text()).toBe(readFileSync(join(DIST, 'en/404.html'), 'utf8'));
    } finally {
      await server.stop();
    }
  });

  it('fails loudly without mod_headers instead of serving the site unprotected', async () => {
    const server = await startServer({ kind: 'apache', dist: DIST, base: '/', siteConfig: htaccessOnly, modules: ['mpm_event', 'authz_core', 'dir', 'mime', 'alias'] });
    try {
      const response = await fetch(`${server.url}zh/`);
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('<main');
      expect(server.errorLog()).toMatch(/Invalid command 'Header'/u);
    } finally {
      await server.stop();
    }
  });
});
