/**
 * Search figures, before and after (not a test: it prints a table and fails on no number). In one
 * run it builds a previous commit (BENCH_BEFORE, default HEAD~1) in a git worktree beside this
 * build (DIST_DIR or dist/, built beforehand), serves both over a phone-like link, and measures per
 * query in Chromium at phone size:
 * - journey: land on a sector page, type the query in the header's box (pressing Enter where the
 *   box only submits to the search page), until the first result shows: bytes from landing on, and
 *   ms from typing;
 * - cold search page: open <lang>/search/?q=… with an empty cache, until the first result shows.
 *
 * The link is simulated at the server, so that what Pagefind's worker fetches is slowed too: each
 * response is held back by a round trip (150 ms) plus its bytes at 1.6 Mbit/s, text is gzipped as
 * a host would, and cache headers follow the build's dist/_headers. Bytes are what the server sent (bodies).
 *
 * Each figure is the median of BENCH_RUNS runs (default 3), before and now taking turns.
 *
 * Run: npm run build && npm run bench:search      (BENCH_BEFORE=<commit> to compare with another)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { TEXT_FILE } from '../../src/lib/publish/output-checks.ts';
import { launchBrowser } from '../support/browser.ts';
import { PHONE, kb, median, printTable } from './search.ts';

const ROUND_TRIP_MS = 150;
const BITS_PER_SECOND = 1.6e6;
const QUERIES: [lang: string, query: string][] = [
  ['zh', '碳化硅'],
  ['zh', '无人机'],
  ['zh', '谢岗'],
  ['zh', '发改局'],
  ['en', 'silicon carbide'],
  ['en', 'drones'],
  ['en', 'Xiegang'],
];
const LANDING = 'clusters/semiconductors/';
const WAIT_MS = 30_000;
/** Runs of each measurement; the table shows their median. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml' };

interface LinkServer {
  url: string;
  /** Body bytes sent since the last reset. */
  sent: () => number;
  reset: () => void;
  close: () => Promise<void>;
}

/** A static host for dir on 127.0.0.1 that sends as if over a phone's link. */
async function serveOverPhoneLink(folder: string): Promise<LinkServer> {
  const dir = resolve(folder);
  let sent = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file && existsSync(file);
    const raw = found ? readFileSync(file) : Buffer.from('not found');
    const text = found && TEXT_FILE.test(file);
    const body = text ? gzipSync(raw, { level: 9 }) : raw;
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': String(body.length) };
    if (text) headers['content-encoding'] = 'gzip';
    // As dist/_headers asks of a host.
    if (path.includes('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    else if (path.includes('/pagefind/')) headers['cache-control'] = 'public, max-age=3600';
    const delay = ROUND_TRIP_MS + (body.length * 8 * 1000) / BITS_PER_SECOND;
    setTimeout(() => {
      sent += body.length;
      res.writeHead(found ? 200 : 404, headers);
      res.end(body);
    }, delay);
  };
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent: () => sent,
    reset: () => void (sent = 0),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Builds `commit` in a temporary worktree, with this clone's node_modules when the lock file is the same. */
function buildCommit(commit: string): { dist: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const tree = join(root, 'tree');
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  git('worktree', 'add', '--detach', tree, commit);
  const cleanup = () => {
    git('worktree', 'remove', '--force', tree);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const sameLock = readFileSync(join(tree, 'package-lock.json'), 'utf8') === readFileSync('package-lock.json', 'utf8');
    if (sameLock) symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: tree, stdio: 'inherit' });
    execFileSync('npm', ['run', 'build'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    cleanup();
    throw error;
  }
  return { dist: join(tree, 'dist'), cleanup };
}

interface Figure {
  kb: number;
  ms: number | null;
}

declare global {
  interface Window {
    __firstResult?: number;
  }
}

/** The median time of the runs, or none if any run never showed a result. */
const medianMs = (figures: Figure[]) => (figures.some((f) => f.ms === null) ? null : median(figures.map((f) => f.ms)));

/** Runs one scenario in a fresh context (empty cache): returns bytes sent and ms to the first result. */
async function measure(browser: Browser, server: LinkServer, scenario: 'journey' | 'cold', lang: string, query: string): Promise<Figure> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  // The first result's time, in the browser's clock, on whichever page it shows.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.result')) {
        window.__firstResult = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  server.reset();
  const firstResult = () =>
    page
      .waitForFunction(() => window.__firstResult, null, { timeout: WAIT_MS, polling: 50 })
      .then(async (handle) => (await handle.jsonValue()) as number)
      .catch(() => null);
  let start: number;
  if (scenario === 'journey') {
    await page.goto(`${server.url}${lang}/${LANDING}`, { waitUntil: 'load' });
    start = await page.evaluate(() => performance.timeOrigin + performance.now());
    await page.fill('#header-search', query);
    // A box that shows results in place has a results region; an older one only submits.
    if (!(await page.$('[data-header-results]'))) await page.press('#header-search', 'Enter');
  } else {
    await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    start = await page.evaluate(() => performance.timeOrigin); // navigation start
  }
  const shown = await firstResult();
  const bytes = server.sent();
  await context.close();
  return { kb: kb(bytes), ms: shown === null ? null : Math.round(shown - start) };
}

if (import.meta.main) {
  const commit = process.env.BENCH_BEFORE ?? 'HEAD~1';
  const label = execFileSync('git', ['rev-parse', '--short', commit], { encoding: 'utf8' }).trim();
  console.log(`Building ${commit} (${label}) for comparison…`);
  const before = buildCommit(commit);
  const builds = { before: await serveOverPhoneLink(before.dist), now: await serveOverPhoneLink(process.env.DIST_DIR ?? 'dist') };
  const browser = await launchBrowser();
  try {
    const rows: Record<string, string | number | null>[] = [];
    for (const [lang, query] of QUERIES) {
      const row: Record<string, string | number | null> = { query, lang };
      for (const scenario of ['journey', 'cold'] as const) {
        // Before and now take turns, so that a change in the machine's load touches both alike.
        const runs: { was: Figure; is: Figure }[] = [];
        for (let i = 0; i < RUNS; i += 1) runs.push({ was: await measure(browser, builds.before, scenario, lang, query), is: await measure(browser, builds.now, scenario, lang, query) });
        row[`${scenario} KB before`] = median(runs.map((r) => r.was.kb));
        row[`${scenario} KB now`] = median(runs.map((r) => r.is.kb));
        row[`${scenario} ms before`] = medianMs(runs.map((r) => r.was));
        row[`${scenario} ms now`] = medianMs(runs.map((r) => r.is));
      }
      rows.push(row);
    }
    const columns = Object.keys(rows[0]!).slice(2);
    rows.push({ query: 'median', lang: '', ...Object.fromEntries(columns.map((c) => [c, median(rows.map((r) => r[c] as number | null))])) });
    console.log(`\nSearch on a phone-like link (${ROUND_TRIP_MS} ms round trip, ${BITS_PER_SECOND / 1e6} Mbit/s, gzip), Chromium ${browser.version()} at 375×740;`);
    console.log(`before: ${label}, now: this build; median of ${RUNS} runs each. journey = land on ${LANDING} + search from the header box (KB from landing, ms from typing); cold = search/?q= with an empty cache.\n`);
    printTable(rows);
  } finally {
    await browser.close();
    await builds.before.close();
    await builds.now.close();
    before.cleanup();
  }
}
