/**
 * The package for government platforms (npm run package): its zip, read with Python's zipfile rather
 * than our own code, holds the site and the 上线说明; served under /a/b/c/ by a server that sends no
 * security headers, every link of every page answers (modules and data named in data-* attributes
 * included), and search and share work under each page's <meta> CSP.
 * (That builds are reproducible is shown by tests/site/checkout.test.ts.)
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllFiles } from '../../src/lib/publish/output-files.ts';
import { launchBrowser, searchOnPage, serve, type StaticServer } from '../support/browser.ts';
import { buildEnv } from '../support/project-copy.ts';

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
let server: StaticServer;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  packaged = await run('npm', ['run', 'package', '--', '--out', ZIP], { env: buildEnv() });
  if (packaged.code === 0) {
    const unzip = await run('python3', ['-m', 'zipfile', '-e', ZIP, UNPACKED]);
    if (unzip.code !== 0) throw new Error(`python3 zipfile could not read the package:\n${unzip.output}`);
    server = await serve(join(UNPACKED, 'site'), PLATFORM_PATH);
  }
}, 180_000);
afterAll(async () => {
  await server?.close();
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
      const text = new TextDecoder().decode(page.bytes);
      const root = parse(text);
      const references = [
        ...root.querySelectorAll('[href], [src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src')!),
        ...root.querySelectorAll('[data-bundle]').map((el) => `${el.getAttribute('data-bundle')}pagefind.js`),
        // Modules and data the page's scripts load on first use: resolved against the page, as they must be.
        ...root.querySelectorAll('[data-module]').map((el) => el.getAttribute('data-module')!),
        ...root.querySelectorAll('[data-edition]').map((el) => el.getAttribute('data-edition')!),
        ...[...text.matchAll(/import\(`([^`]+)`\)/gu)].map((m) => m[1]!),
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

  it(`finds the semiconductor page for 碳化硅 in Chromium under ${PLATFORM_PATH}, with the <meta> CSP alone, and shares it with its QR code`, async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const { hrefs, problems } = await searchOnPage(page, `${server.url}zh/search/`, '碳化硅');
      expect(hrefs).toContain(`${PLATFORM_PATH}zh/clusters/semiconductors/#2.1.3`);
      expect(problems).toEqual([]);
      // Share loads its QR module, named relative to the page, on first use: it must resolve under the platform's path.
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      const address = `${server.url}zh/clusters/semiconductors/`;
      await page.goto(address);
      await page.click('[data-tool="share"]');
      // share.js itself loads on the first tap: the address shows once it has run.
      await expect.poll(() => page.locator('[data-share-panel] input').inputValue(), { timeout: 10_000 }).toBe(address);
      await expect.poll(() => page.locator('[data-share-qr] svg').count(), { timeout: 10_000 }).toBe(1);
      expect(failed).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
