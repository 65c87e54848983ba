/**
 * The site's figures, in one run (not a test: it prints tables and never fails on a number):
 * (a) the time of a fresh build, and what the first visit of each sector page downloads, with where
 * the heaviest one's HTML bytes go (tests/site/budgets.test.ts holds it to 12 KB gzip); (b) weight of
 * 8 key pages in a real browser and their HTML+CSS gzip size; (c) Lighthouse, mobile
 * preset, median of 3 runs; (d) the search figures of search.ts. Everything is written to
 * tests/bench/results.json with the machine it ran on, so that runs can be compared.
 *
 * Run: npm run bench. It measures its own fresh build, made as a webmaster would deploy it: with SITE
 * set to the origin it is served from (so canonical and hreflang URLs are absolute) and served with
 * gzip, in a temporary folder (dist/ is not touched).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser, serve } from '../support/browser.ts';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { SECTOR_ROUTES } from '../support/dist.ts';
import { type Download, firstVisit, htmlBreakdown, serviceWorkerGzip } from '../support/first-visit.ts';
import { PHONE, benchSearch, kb, median, printSearch, printTable, recordTransfers } from './search.ts';

const BASE = process.env.BASE || '/';
const RUNS = 3;
let lighthouseVersion: string | undefined;
/** Home, a cluster page, the whole document (the heaviest page) and search, in both languages. */
const PAGES = ['zh', 'en'].flatMap((lang) => ['', 'clusters/semiconductors/', 'policy/', 'search/'].map((route) => `${lang}/${route}`));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const time = async <T>(task: () => Promise<T>) => {
  const start = performance.now();
  const value = await task();
  return { value, ms: Math.round(performance.now() - start) };
};

// (a) A timed build into a temporary folder, with SITE set to the origin that will serve it.
async function build(outDir: string, site: string): Promise<{ ms: number | null; error?: string }> {
  const { value: code, ms } = await time(
    () =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE: site, BASE } });
        child.on('error', reject).on('exit', resolve);
      }),
  );
  return code === 0 ? { ms } : { ms: null, error: `astro build exited with ${code}` };
}

/** Writes a .gz beside every text file, so the server sends what a host with compression would. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(html|css|js|json|xml|txt|csv|svg|webmanifest)$/u.test(entry.name)) {
      const file = join(entry.parentPath, entry.name);
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    }
  }
}

// (b) What a phone downloads for a page (fresh context, empty cache), and the critical HTML+CSS.
interface PageWeight {
  page: string;
  bytes: number;
  requests: number;
  htmlGzip: number;
  cssGzip: number;
}
async function pageWeight(browser: Browser, dist: string, siteUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const { transfers, settle } = await recordTransfers(context, page);
  await page.goto(siteUrl + path, { waitUntil: 'load' });
  await settle();
  await context.close();
  // gzip -6, what nginx and most hosts use by default; each file is its own response.
  const html = readFileSync(join(dist, path, 'index.html'));
  const sheets = parse(html.toString())
    .querySelectorAll('link[rel=stylesheet]')
    .map((link) => link.getAttribute('href')!.slice(BASE.length));
  const gz = (data: Buffer) => gzipSync(data, { level: 6 }).length;
  return {
    page: path,
    bytes: transfers.reduce((total, t) => total + t.bytes, 0),
    requests: transfers.length,
    htmlGzip: gz(html),
    cssGzip: sheets.reduce((total, href) => total + gz(readFileSync(join(dist, href))), 0),
  };
}

// (a) What the first visit of each sector page downloads, from the page itself, gzip -9 file by file.
interface FirstVisit {
  page: string;
  html: number;
  css: number;
  scripts: number;
  total: number;
}
function sectorFirstVisits(dist: string): { visits: FirstVisit[]; breakdown: Record<string, number>; serviceWorker: number } {
  const bytes = (downloads: Download[], kind: Download['kind']) => downloads.filter((d) => d.kind === kind).reduce((sum, d) => sum + d.gzip, 0);
  const visits = LOCALES.flatMap((locale) => SECTOR_ROUTES.map((route) => `${locale}/${route}/index.html`)).map((page) => {
    const downloads = firstVisit(dist, page, BASE);
    return { page, html: bytes(downloads, 'html'), css: bytes(downloads, 'css'), scripts: bytes(downloads, 'script'), total: downloads.reduce((sum, d) => sum + d.gzip, 0) };
  });
  const heaviest = visits.reduce((a, b) => (b.total > a.total ? b : a));
  return { visits, breakdown: htmlBreakdown(dist, heaviest.page), serviceWorker: serviceWorkerGzip(dist) };
}

// (c) Lighthouse drives its own Chromium over the DevTools port.
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function startChromium(): Promise<{ port: number; chrome: ChildProcess; profile: string }> {
  const port = await freePort();
  const profile = mkdtempSync(join(os.tmpdir(), 'bench-chromium-'));
  const chrome = spawn(CHROMIUM, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  // Ready when the DevTools endpoint answers.
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`http://127.0.0.1:${port}/json/version`);
      return { port, chrome, profile };
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

interface FailingAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** Why it failed, and the first few offending items, as Lighthouse gives them. */
  explanation?: string;
  items?: unknown[];
}
interface LighthouseFigure {
  page: string;
  scores: Record<string, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  byteWeight: number | null;
  /** Audits below 1 in any of the runs, with their lowest score. */
  failing: FailingAudit[];
  /** Requests to any origin but the local server: there must be none. */
  offOrigin: string[];
}

/** Lighthouse's report of one run. */
type RunnerResultLhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function lighthousePage(port: number, siteUrl: string, path: string): Promise<LighthouseFigure> {
  const runs: RunnerResultLhr[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(siteUrl + path, { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    runs.push(result.lhr);
    lighthouseVersion = result.lhr.lighthouseVersion;
  }
  // Each figure is the median over the runs on its own, as Lighthouse's docs advise.
  const mid = (read: (lhr: (typeof runs)[number]) => number | null | undefined) => median(runs.map((lhr) => read(lhr) ?? null));
  const numeric = (id: string) => mid((lhr) => lhr.audits[id]?.numericValue);
  const failing = new Map<string, FailingAudit>();
  const offOrigin = new Set<string>();
  const origin = new URL(siteUrl).origin;
  for (const lhr of runs) {
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        // Informative, manual and not-applicable audits have no score.
        if (!audit || audit.score === null || audit.score >= 1) continue;
        const key = `${category}/${ref.id}`;
        const known = failing.get(key);
        if (known && known.score <= audit.score) continue;
        const found = (audit.details as { items?: unknown } | undefined)?.items;
        const items = Array.isArray(found) ? found.slice(0, 5) : undefined;
        failing.set(key, { category, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, explanation: audit.explanation, items });
      }
    }
    const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
    for (const { url } of requests) if (/^https?:/u.test(url) && new URL(url).origin !== origin) offOrigin.add(url);
  }
  return {
    page: path,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, mid((lhr) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)))])),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    byteWeight: numeric('total-byte-weight'),
    failing: [...failing.values()],
    offOrigin: [...offOrigin],
  };
}

async function main() {
  console.log(`Benchmarking a fresh build on ${os.cpus()[0]?.model} (${os.cpus().length} cores)\n`);
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const dist = mkdtempSync(join(os.tmpdir(), 'bench-site-'));
  const built = await build(dist, site);
  console.log(`(a) fresh build: ${built.ms === null ? built.error : `${(built.ms / 1000).toFixed(1)} s`}\n`);
  if (built.ms === null) process.exit(1);
  const sectors = sectorFirstVisits(dist);
  console.log('(a) first visit of each sector page: HTML (CSS inline), linked CSS, scripts loaded at once; gzip -9, KB');
  printTable(sectors.visits.map((v) => ({ page: v.page, HTML: kb(v.html), CSS: kb(v.css), scripts: kb(v.scripts), total: kb(v.total) })));
  console.log(`The heaviest one's HTML, each part gzipped alone (KB): ${Object.entries(sectors.breakdown).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', ')}`);
  console.log(`After load, the service worker sw.js: ${kb(sectors.serviceWorker)} KB.\n`);
  precompress(dist);

  const server = await serve(dist, BASE, { port, gzip: true });
  try {
    // (b) and (d) in Playwright's Chromium; it is closed before Lighthouse, which runs alone.
    const browser = await launchBrowser();
    const chromiumVersion = browser.version();
    const weights: PageWeight[] = [];
    let search;
    try {
      for (const path of PAGES) weights.push(await pageWeight(browser, dist, server.url, path));
      console.log('(b) page weight, phone, empty cache');
      printTable(weights.map((w) => ({ page: w.page, requests: w.requests, KB: kb(w.bytes), 'HTML gz KB': kb(w.htmlGzip), 'CSS gz KB': kb(w.cssGzip), 'HTML+CSS gz KB': kb(w.htmlGzip + w.cssGzip) })));
      search = await benchSearch(browser, server.url);
    } finally {
      await browser.close();
    }

    const { port, chrome, profile } = await startChromium();
    const audits: LighthouseFigure[] = [];
    try {
      for (const path of PAGES) audits.push(await lighthousePage(port, server.url, path));
    } finally {
      chrome.kill();
      await new Promise((resolve) => chrome.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    }
    console.log(`\n(c) Lighthouse 13, mobile preset, median of ${RUNS} runs`);
    printTable(
      audits.map((a) => ({
        page: a.page,
        perf: a.scores.performance!,
        a11y: a.scores.accessibility!,
        'best pr.': a.scores['best-practices']!,
        seo: a.scores.seo!,
        'LCP ms': a.lcpMs === null ? null : Math.round(a.lcpMs),
        'TBT ms': a.tbtMs === null ? null : Math.round(a.tbtMs),
        CLS: a.cls === null ? null : Number(a.cls.toFixed(3)),
        KB: a.byteWeight === null ? null : kb(a.byteWeight),
      })),
    );
    // Each audit below 1, with the pages where it fell short: the list of what to fix. Pages that
    // fell short in the same way share a line.
    const byAudit = new Map<string, { audit: FailingAudit; notes: Map<string, string[]> }>();
    for (const a of audits) {
      for (const f of a.failing) {
        const key = `${f.category}/${f.id}`;
        const entry = byAudit.get(key) ?? { audit: f, notes: new Map<string, string[]>() };
        const why = [f.displayValue, f.explanation].filter(Boolean).join('; ').slice(0, 160);
        const note = `${f.score.toFixed(2)}${why ? ` (${why})` : ''}`;
        entry.notes.set(note, [...(entry.notes.get(note) ?? []), a.page]);
        byAudit.set(key, entry);
      }
    }
    console.log('\nAudits below 1 (lowest score over the runs, and the pages):');
    if (!byAudit.size) console.log('  none');
    for (const { audit, notes } of byAudit.values()) {
      console.log(`  [${audit.category}] ${audit.id}: ${audit.title}`);
      for (const [note, pages] of notes) console.log(`      ${note}: ${pages.length === PAGES.length ? 'all 8 pages' : pages.join(', ')}`);
    }
    const offOrigin = audits.flatMap((a) => a.offOrigin);
    if (offOrigin.length) console.log(`\nWARNING: requests to other origins: ${offOrigin.join(', ')}`);

    console.log('\n(d) search, phone, no throttling');
    printSearch(search!);

    const results = {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
      versions: { node: process.version, chromium: chromiumVersion, lighthouse: lighthouseVersion },
      site,
      build: built,
      sectorFirstVisits: sectors,
      pages: weights,
      lighthouse: { runs: RUNS, preset: 'mobile (default config)', pages: audits },
      search,
    };
    const file = new URL('./results.json', import.meta.url);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWritten to ${file.pathname}`);
  } finally {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
