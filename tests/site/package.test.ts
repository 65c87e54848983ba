/**
 * The package for government platforms (npm run package): its zip, read with Python's zipfile rather
 * than our own code, holds the site and the 上线说明; served under /a/b/c/ by a server that sends no
 * security headers, every link of every page answers and search works under each page's <meta> CSP.
 * And builds are reproducible: a clean build in a copy of the project, in another folder with
 * none of Astro's caches, gives the same bytes as the sub-path build of the global setup.
 * Both builds run at once, beside the other suites.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllFiles } from '../../src/lib/output-files.ts';
import { launchBrowser, searchOnPage, serve, type StaticServer } from '../support/browser.ts';
import { buildEnv, projectCopy, type ProjectCopy } from '../support/project-copy.ts';
import { SUBPATH_DIST, SUBPATH_ENV, SUBPATH_STATUS_FILE } from '../support/subpath-build.ts';

const WORK = resolve('tests/.tmp/package');
const ZIP = join(WORK, 'package.zip');
const UNPACKED = join(WORK, 'unpacked');
const PLATFORM_PATH = '/a/b/c/';

const run = (command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  new Promise<{ code: number; output: string }>((done) => {
    execFile(command, args, { encoding: 'utf8', timeout: 170_000, maxBuffer: 16 << 20, ...options }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, output: `${stdout}\n${stderr}` });
    });
  });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let packaged: { code: number; output: string };
let rebuilt: { code: number; output: string };
let copy: ProjectCopy;
let server: StaticServer;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  copy = projectCopy();
  // The status fixture the sub-path build reads, at the same path in the copy.
  mkdirSync(dirname(join(copy.dir, SUBPATH_STATUS_FILE)), { recursive: true });
  cpSync(SUBPATH_STATUS_FILE, join(copy.dir, SUBPATH_STATUS_FILE));
  [packaged, rebuilt] = await Promise.all([run('npm', ['run', 'package', '--', '--out', ZIP], { env: buildEnv() }), copy.build(SUBPATH_ENV)]);
  if (packaged.code === 0) {
    const unzip = await run('python3', ['-m', 'zipfile', '-e', ZIP, UNPACKED]);
    if (unzip.code !== 0) throw new Error(`python3 zipfile could not read the package:\n${unzip.output}`);
    server = await serve(join(UNPACKED, 'site'), PLATFORM_PATH);
  }
}, 180_000);
afterAll(async () => {
  await server?.close();
  copy?.remove();
});

describe('npm run package', () => {
  it('writes one zip: the site with its manifest and portable names, no server files, and the 上线说明', () => {
    expect(packaged.code, packaged.output).toBe(0);
    const files = readAllFiles(UNPACKED).map((f) => f.path);
    expect(files.filter((f) => !f.startsWith('site/'))).toEqual(['DEPLOY.txt']);
    expect(files.filter((f) => !/^[\x21-\x7e]+$/u.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(\.htaccess|_headers)$/u.test(f))).toEqual([]);
    // The manifest lists exactly the site's files, each with its digest (computed here).
    const site = readAllFiles(join(UNPACKED, 'site'));
    const manifestFile = site.find((f) => f.path === 'integrity.json')!;
    const manifest = JSON.parse(new TextDecoder().decode(manifestFile.bytes)) as { files: Record<string, { sha256: string; size: number }> };
    const listed = site.filter((f) => f.path !== 'integrity.json');
    expect(Object.keys(manifest.files).sort()).toEqual(listed.map((f) => f.path).sort());
    expect(listed.filter((f) => manifest.files[f.path]!.sha256 !== sha256(f.bytes)).map((f) => f.path)).toEqual([]);
    const note = readFileSync(join(UNPACKED, 'DEPLOY.txt'), 'utf8');
    expect(note).toContain('上线说明');
    expect(note).toContain('Deployment notes');
    expect(note).toContain(sha256(manifestFile.bytes));
  });

  it(`works under ${PLATFORM_PATH} with no server configuration: every link and asset of every page answers`, async () => {
    const pages = readAllFiles(join(UNPACKED, 'site')).filter((f) => f.path.endsWith('.html') && !f.path.endsWith('404.html'));
    expect(pages.length).toBeGreaterThan(140);
    const origin = new URL(server.url).origin;
    const broken: string[] = [];
    const checked = new Set<string>();
    for (const page of pages) {
      const pageUrl = `${server.url}${page.path.replace(/index\.html$/u, '')}`;
      const root = parse(new TextDecoder().decode(page.bytes));
      const references = [
        ...root.querySelectorAll('[href], [src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src')!),
        ...root.querySelectorAll('[data-bundle]').map((el) => `${el.getAttribute('data-bundle')}pagefind.js`),
        ...[...page.bytes.toString().matchAll(/import\(`([^`]+)`\)/gu)].map((m) => m[1]!),
      ];
      const refresh = root.querySelector('meta[http-equiv=refresh]')?.getAttribute('content');
      if (refresh) references.push(refresh.split('url=')[1]!);
      for (const reference of references) {
        const url = new URL(reference, pageUrl);
        if (url.origin !== origin) continue;
        url.hash = '';
        if (!url.pathname.startsWith(PLATFORM_PATH)) broken.push(`${page.path}: ${reference} leaves ${PLATFORM_PATH}`);
        if (checked.has(url.href)) continue;
        checked.add(url.href);
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) broken.push(`${page.path}: ${reference} → ${response.status}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked.size).toBeGreaterThan(pages.length);
  });

  it(`finds the semiconductor page for 碳化硅 in Chromium under ${PLATFORM_PATH}, with the <meta> CSP alone`, async () => {
    const browser = await launchBrowser();
    try {
      const { hrefs, problems } = await searchOnPage(await browser.newPage(), `${server.url}zh/search/`, '碳化硅');
      expect(hrefs).toContain(`${PLATFORM_PATH}zh/clusters/semiconductors/#2.1.3`);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('reproducible builds', () => {
  it('give the same bytes for the same commit: a clean build elsewhere matches the sub-path build file for file', () => {
    expect(rebuilt.code, rebuilt.output).toBe(0);
    const expected = readFileSync(join(SUBPATH_DIST, 'integrity.json'), 'utf8');
    const actual = readFileSync(join(copy.dir, 'dist', 'integrity.json'), 'utf8');
    if (actual !== expected) {
      const a = JSON.parse(actual).files as Record<string, { sha256: string }>;
      const e = JSON.parse(expected).files as Record<string, { sha256: string }>;
      const differing = [...new Set([...Object.keys(a), ...Object.keys(e)])].filter((path) => a[path]?.sha256 !== e[path]?.sha256);
      expect(differing).toEqual([]);
    }
    expect(actual).toBe(expected);
  });
});
