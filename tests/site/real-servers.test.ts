/**
 * Debian's nginx, Apache, Caddy and lighttpd serving the build with the configuration `npm run
 * server-config` prints. nginx and Apache serve both builds (the root and BASE=/policy/) and every
 * file is fetched from them; Caddy serves the root build and lighttpd the sub-path build, where every
 * sitemap URL and one file of each type is fetched (the files themselves are the same). On each:
 * files answer with their type, the security headers and their cache rule; unknown URLs get the 404
 * page of their language with status 404; text is compressed; `npm run verify -- --headers` finds
 * every protection; `npm run verify` passes the untouched copy and fails a tampered one (three
 * tampers, and search in Chromium, on one build per server of nginx and Apache). Apache also runs
 * with the shipped .htaccess alone, and is shown to fail loudly without mod_headers. Python's
 * http.server stands for a host that sends no headers: what still holds there is shown.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllFiles } from '../../src/lib/publish/output-files.ts';
import { INTEGRITY_FILE } from '../../src/lib/publish/integrity.ts';
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
const verify = (url: string, manifest: string, options: string[] = []) => run(process.execPath, [resolve('src/cli/verify.ts'), ...options, url, '--manifest', manifest]);

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

/**
 * Waits (up to 5 s) until the server sends a file's new bytes: lighttpd keeps a file's size from its
 * stat cache for about a second, so a file changed right after it was read goes out cut to the old size.
 */
async function untilServed(url: string, bytes: Buffer): Promise<void> {
  for (let tries = 0; tries < 50; tries += 1) {
    if (Buffer.from(await (await fetch(url)).arrayBuffer()).equals(bytes)) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${url} still sends its old bytes after 5 s`);
}

let browser: Browser | undefined;
const openBrowser = async () => (browser ??= await launchBrowser());
afterAll(async () => {
  await browser?.close();
});

const BUILDS = {
  root: { build: 'root', dist: DIST, base: '/' },
  subpath: { build: 'BASE=/policy/', dist: SUBPATH_DIST, base: SUBPATH_BASE },
};
/**
 * The slow checks (Chromium, the three tampers) run on one build per server of nginx and Apache, nginx
 * at the root and Apache under the base, so that both servers and both builds are covered. Caddy and
 * lighttpd serve both builds too, sampled where nginx and Apache fetch every file, and the verifier
 * runs on one build each (Caddy at the root, lighttpd under the base).
 */
const CASES = [
  { kind: 'nginx', ...BUILDS.root, slow: true, every: true, verifies: true },
  { kind: 'nginx', ...BUILDS.subpath, slow: false, every: true, verifies: true },
  { kind: 'apache', ...BUILDS.root, slow: false, every: true, verifies: true },
  { kind: 'apache', ...BUILDS.subpath, slow: true, every: true, verifies: true },
  { kind: 'caddy', ...BUILDS.root, slow: false, every: false, verifies: true },
  { kind: 'caddy', ...BUILDS.subpath, slow: false, every: false, verifies: false },
  { kind: 'lighttpd', ...BUILDS.root, slow: false, every: false, verifies: false },
  { kind: 'lighttpd', ...BUILDS.subpath, slow: false, every: false, verifies: true },
] satisfies { kind: ServerKind; slow: boolean; every: boolean; verifies: boolean }[];

/** What each server sends to a client that accepts Brotli and gzip: Debian's nginx and Caddy have no Brotli. */
const ENCODING: Record<string, string> = { nginx: 'gzip', apache: 'br', caddy: 'gzip', lighttpd: 'br' };

/**
 * Every server started at once, each on a copy of its build (startServer copies), so that the tampers
 * never touch the build the suites reading it in parallel (deploy, browser) see.
 */
let servers: RunningServer[] = [];
beforeAll(async () => {
  servers = await Promise.all(CASES.map(({ kind, dist, base }) => startServer({ kind, dist, base })));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

/** One response as it came: its encoding, and the first bytes of its body before any decoding. */
const rawGet = (url: string) =>
  new Promise<{ status: number; encoding: string; vary: string; head: Buffer }>((done, fail) => {
    httpGet(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode!, encoding: response.headers['content-encoding'] ?? '', vary: String(response.headers.vary ?? ''), head: Buffer.concat(chunks).subarray(0, 4) }),
      );
    }).on('error', fail);
  });

describe.each(CASES.map((c, index) => ({ ...c, index })))('$kind with the generated configuration, $build build', ({ kind, dist, base, slow, every, verifies, index }) => {
  const server = () => servers[index]!;
  let files: { path: string; bytes: Uint8Array }[];
  const manifest = () => resolve(dist, INTEGRITY_FILE);
  beforeAll(() => {
    files = readAllFiles(dist);
  });
  // Dot-files and the _headers of other hosts are refused.
  const served = () => files.filter((f) => f.path !== '_headers' && !f.path.split('/').some((segment) => segment.startsWith('.')));

  /** What is wrong with one file or page below the base: status, type, a page's bytes, cache rule; the security headers are expected. */
  async function problemsOf(path: string): Promise<string[]> {
    const response = await fetch(server().url + path, { redirect: 'manual' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const failures: string[] = [];
    const file = path.endsWith('/') ? `${path}index.html` : path;
    if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
    else if (!typeFor(file)?.test(type)) failures.push(`${path}: Content-Type ${type}`);
    else if (file.endsWith('.html') && !Buffer.from(bytes).equals(Buffer.from(files.find((f) => f.path === file)!.bytes))) failures.push(`${path}: other bytes`);
    expectSecurityHeaders(response, path);
    const cache = response.headers.get('cache-control') ?? '';
    const hashed = path.startsWith('_astro/') || /^pagefind\/.+\.pf_[a-z]+$/u.test(path);
    if (hashed ? !/max-age=31536000/u.test(cache) || !cache.includes('immutable') : file.endsWith('.html') ? cache !== 'no-cache' : !cache) {
      failures.push(`${path}: Cache-Control "${cache}"`);
    }
    return failures;
  }

  it.runIf(every)('serves every file and page with its type, the security headers and its cache rule', async () => {
    const pages = served().filter((f) => f.path.endsWith('/index.html')).map((f) => f.path.replace(/index\.html$/u, ''));
    expect(pages.length).toBeGreaterThan(90);
    const failures: string[] = [];
    for (const path of [...served().map((f) => f.path), ...pages]) failures.push(...(await problemsOf(path)));
    expect(failures).toEqual([]);
  });

  it.runIf(!every)('serves every sitemap URL, and a file of each type, with its type, the security headers and its cache rule', async () => {
    // The sitemap is written by the build with SITE (the sub-path one); the root build has the same pages.
    const sitemap = readFileSync(join(SUBPATH_DIST, 'sitemap-0.xml'), 'utf8');
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname.slice(SUBPATH_BASE.length));
    expect(pages.length).toBeGreaterThan(90);
    const oneOfEachType = new Map(served().map((f) => [f.path.replace(/^.*\./u, ''), f.path]));
    const samples = [...oneOfEachType.values(), 'reading-settings.js', 'data/policy.json', INTEGRITY_FILE];
    expect(samples.length).toBeGreaterThan(12);
    const failures: string[] = [];
    for (const path of [...pages, ...samples]) failures.push(...(await problemsOf(path)));
    expect(failures).toEqual([]);
  });

  it('compresses pages, scripts and data; the WebAssembly engine goes out gzip as built', async () => {
    const script = served()
      .filter((f) => f.path.endsWith('.js'))
      .sort((a, b) => b.bytes.length - a.bytes.length)[0]!.path;
    for (const path of ['zh/', script, 'data/policy.json', 'site.webmanifest']) {
      const response = await rawGet(server().url + path);
      expect(response.status, path).toBe(200);
      expect(response.encoding, path).toBe(ENCODING[kind]);
      expect(response.vary.toLowerCase(), path).toContain('accept-encoding');
    }
    // Pagefind stores its WebAssembly gzip-compressed and unpacks it itself: it goes out as it is, not twice.
    const wasm = served().find((f) => /^pagefind\/wasm\..+\.pagefind$/u.test(f.path))!.path;
    const engine = await rawGet(server().url + wasm);
    expect(engine.encoding).toBe('');
    expect([...engine.head.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  // Once per server: the slow build of nginx and Apache, the verified one of Caddy and lighttpd.
  it.runIf(slow || (verifies && !every))('gives every protection that npm run verify -- --headers checks', async () => {
    const report = await verify(server().url, manifest(), ['--headers']);
    expect(report.stdout).toContain('OK: every protection arrives.');
    expect(report.stdout).not.toContain('MISSING');
    expect(report.code).toBe(0);
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
      const response = await fetch(server().url + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(EXPECTED_TYPE.html!);
      expectSecurityHeaders(response, path!);
      expect(await response.text(), path).toBe(readFileSync(join(dist, page!), 'utf8'));
    }
  });

  it.runIf(base !== '/')('sends the base without its slash to the base, with the headers', async () => {
    const response = await fetch(server().origin + base.replace(/\/$/u, ''), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location')!, server().origin).pathname).toBe(base);
    expectSecurityHeaders(response, 'redirect');
  });

  it.runIf(slow)('finds the semiconductor page for 碳化硅 in Chromium, with no CSP error', async () => {
    const page = await (await openBrowser()).newPage();
    try {
      const { hrefs, problems } = await searchOnPage(page, `${server().url}zh/search/`, '碳化硅');
      // Results land on the paragraph: the sector's text of the plan.
      expect(hrefs).toContain(`${base}zh/clusters/semiconductors/#2.1.3`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.runIf(verifies)('lets npm run verify pass the untouched site', async () => {
    const untouched = await (slow ? npmRunVerify : verify)(server().url, manifest());
    expect(untouched.stdout).toContain('OK: identical to the build.');
    expect(untouched.code).toBe(0);
  }, 90_000);

  it.runIf(verifies && !every)('lets npm run verify fail a changed byte', async () => {
    const data = files.find((f) => f.path === 'data/policy.json')!;
    const dataFile = join(server().root, data.path);
    const changed = Buffer.concat([Buffer.from(data.bytes), Buffer.from(' ')]);
    writeFileSync(dataFile, changed);
    await untilServed(server().url + data.path, changed);
    const afterChange = await verify(server().url, manifest());
    writeFileSync(dataFile, data.bytes);
    expect(afterChange.stdout).toContain('Changed (1):\n  data/policy.json');
    expect(afterChange.code).toBe(1);
  }, 90_000);

  it.runIf(slow)('lets npm run verify fail a changed byte, a deleted file and an added file', async () => {
    const script = files.find((f) => f.path.startsWith('_astro/') && f.path.endsWith('.js'))!;
    const { root: copy, url } = server();
    const scriptFile = join(copy, script.path);
    const changed = Buffer.from(script.bytes);
    changed.writeUInt8(changed.readUInt8(changed.length - 2) ^ 1, changed.length - 2);
    writeFileSync(scriptFile, changed);
    const afterChange = await verify(url, manifest());
    writeFileSync(scriptFile, script.bytes);
    expect(afterChange.stdout).toMatch(new RegExp(`Changed \\(1\\):\\n  ${script.path.replace(/\./gu, '\\.')}`, 'u'));
    expect(afterChange.code).toBe(1);

    const deleted = join(copy, 'en/about/index.html');
    rmSync(deleted);
    const afterDelete = await verify(url, manifest());
    writeFileSync(deleted, files.find((f) => f.path === 'en/about/index.html')!.bytes);
    expect(afterDelete.stdout).toContain('Missing (1):\n  en/about/index.html');
    expect(afterDelete.code).toBe(1);

    // Linked from nowhere: only probing a common name in a folder of the site finds it.
    const added = join(copy, 'zh/clusters/index.php');
    writeFileSync(added, `<?php echo "${spam}"; ?>\n`);
    const afterAdd = await verify(url, manifest());
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

describe('a host that sends no headers (Python http.server, as GitHub Pages or object storage)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ kind: 'python', dist: DIST, base: '/' });
  });
  afterAll(() => server?.stop());

  it('still gives each page its own CSP and the verifier its proof; headers, compression and the 404 page are lost', async () => {
    // What holds: every page carries its policy in a <meta> (scripts by hash, no other origin), and the files are the build's.
    for (const path of ['zh/', 'en/policy/', 'zh-hant/search/']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      expect(await response.text(), path).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'/u);
    }
    const integrity = await verify(server.url, resolve(DIST, INTEGRITY_FILE));
    expect(integrity.stdout).toContain('OK: identical to the build.');
    expect(integrity.code).toBe(0);

    // What does not: the header-only protections, compression, the 404 page, and hidden files and folders.
    const report = await verify(server.url, resolve(DIST, INTEGRITY_FILE), ['--headers']);
    expect(report.code).toBe(1);
    for (const missing of ['Content-Security-Policy header', 'X-Content-Type-Options', 'framing refused', 'Referrer-Policy', 'compression', '404 status']) {
      expect(report.stdout).toMatch(new RegExp(`MISSING +${missing}`, 'u'));
    }
    expect(report.stdout).toContain('status 404, but not the site’s 404 page');
    for (const path of ['.htaccess', '_headers', '_astro/']) expect((await fetch(server.url + path)).status, path).toBe(200);
  }, 90_000);
});
