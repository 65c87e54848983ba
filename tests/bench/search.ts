/**
 * Search figures (not a test: it prints a table and never fails on a number). On a phone-sized
 * Chromium, for a few queries per language:
 * - cold: a fresh context (empty cache) opens <lang>/search/?q=<query>, as a shared link or the
 *   header's search box does: total bytes, Pagefind's share, and ms until the first result shows;
 * - warm: in that same page the reader then types the next query: ms until the list reflects it,
 *   and the extra bytes (index chunks and fragments Pagefind had not fetched yet).
 * The warm figure includes the 200 ms debounce that search-panel.ts asks Pagefind for.
 * No network throttling: these are figures to compare builds, Lighthouse simulates the slow phone.
 *
 * Used by npm run bench (run.ts); npm run bench:search (search-journey.ts) compares builds instead.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serve } from '../support/browser.ts';

/** The phone the search page is designed for, as in tests/browser/search-page.test.ts. */
export const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Technologies, products and a town from the plan's text, in each language. */
const QUERIES: Record<'zh' | 'en', string[]> = {
  zh: ['碳化硅', '无人机', '谢岗', '合成生物学'],
  en: ['silicon carbide', 'drones', 'Xiegang', 'synthetic biology'],
};
/** A query that never shows a result is reported as "—" rather than hanging the bench. */
const WAIT_MS = 15_000;

export interface Transfer {
  /** The request's URL; '' for a worker request that started before the worker was observed. */
  url: string;
  /** Bytes on the wire (headers included), as Chromium's network stack counts them. */
  bytes: number;
  /** The script of the worker that made the request, if a worker did. */
  worker?: string;
}

export interface Recorder {
  /** Every request finished so far, in order. */
  transfers: Transfer[];
  /** Waits until the page's network has been quiet for a moment, then completes the figures. */
  settle: () => Promise<void>;
}

/**
 * Records every finished request of a page through the Chrome DevTools Protocol: encodedDataLength
 * of Network.loadingFinished is what crossed the wire.
 *
 * Pagefind searches in a Web Worker, whose requests (WASM, index, fragments) the page's session
 * never sees: this session auto-attaches to workers and enables Network in each. (Playwright's
 * own session uses the flattened protocol; ours talks to workers through sendMessageToTarget,
 * which a CDPSession can do.) Two gaps remain, both made up for below:
 * - Chromium reports a worker's own script with its headers only (or not at all);
 * - the worker waits for a debugger on start, but Playwright may release it before our
 *   Network.enable arrives, so its first request can finish without our seeing it start.
 */
export async function recordTransfers(context: BrowserContext, page: Page): Promise<Recorder> {
  const cdp = await context.newCDPSession(page);
  const urls = new Map<string, string>();
  const pending = new Set<string>();
  const finished = new Map<string, Transfer>();
  const transfers: Transfer[] = [];
  const workers = new Map<string, string>(); // CDP session id → worker script URL
  const workerScripts = new Set<string>(); // not yet completed by settle()

  type Params = { requestId: string; request?: { url: string }; encodedDataLength?: number };
  const onNetwork = (method: string, e: Params, worker?: string) => {
    if (method === 'Network.requestWillBeSent') {
      urls.set(e.requestId, e.request!.url);
      // Page and worker sessions are separate streams: a request can finish before its start is seen.
      const done = finished.get(e.requestId);
      if (done) done.url ||= e.request!.url;
      else pending.add(e.requestId);
    } else if (method === 'Network.loadingFinished' || method === 'Network.loadingFailed') {
      pending.delete(e.requestId);
      if (method === 'Network.loadingFailed') return;
      const transfer = { url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength ?? 0, worker };
      finished.set(e.requestId, transfer);
      transfers.push(transfer);
    }
  };
  for (const method of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
    cdp.on(method, (e) => onNetwork(method, e as Params));
  }
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const send = (id: number, method: string) => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => {});
    if (targetInfo.type === 'worker') {
      workers.set(sessionId, targetInfo.url);
      workerScripts.add(targetInfo.url);
      void send(1, 'Network.enable');
    }
    void send(2, 'Runtime.runIfWaitingForDebugger'); // the target waits for us (see setAutoAttach)
  });
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const m = JSON.parse(message) as { method?: string; params?: Params };
    if (m.method && m.params) onNetwork(m.method, m.params, workers.get(sessionId));
  });
  await cdp.send('Network.enable');
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  const settle = async (quietMs = 500, maxMs = 15_000) => {
    // Playwright's "networkidle" is reached once per navigation; later searches need our own wait.
    // A worker's script may never report its end (see above): it does not count as pending.
    const busy = () => [...pending].some((id) => !workerScripts.has(urls.get(id) ?? ''));
    const deadline = Date.now() + maxMs;
    let seen = -1;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (busy() || transfers.length !== seen) [seen, quietSince] = [transfers.length, Date.now()];
      else if (Date.now() - quietSince >= quietMs) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The page's Resource Timing has the worker script's body size (and its transfer size, with
    // a nominal 300 bytes of headers, for when CDP did not report it at all).
    const scripts = [...workerScripts];
    workerScripts.clear();
    const timings = await page.evaluate((names) => names.map((n) => (performance.getEntriesByName(n)[0] as PerformanceResourceTiming | undefined)?.toJSON()), scripts);
    for (const [i, url] of scripts.entries()) {
      const timing = timings[i] as { encodedBodySize: number; transferSize: number } | undefined;
      if (!timing) continue;
      const transfer = transfers.find((t) => t.url === url);
      if (!transfer) transfers.push({ url, bytes: timing.transferSize });
      else if (transfer.bytes < timing.encodedBodySize) transfer.bytes += timing.encodedBodySize;
      for (const id of pending) if (urls.get(id) === url) pending.delete(id);
    }
  };
  return { transfers, settle };
}

export const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);
const isPagefind = (t: Transfer) => (t.url || t.worker || '').includes('/pagefind/');
export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints rows as an aligned text table; null shows as "—". */
export function printTable(rows: Record<string, string | number | null>[]): void {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '—' : String(v));
  // CJK characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
  const widths = columns.map((c) => Math.max(width(c), ...rows.map((r) => width(cell(r[c])))));
  const line = (values: string[]) => values.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => cell(row[c]))));
}

export interface SearchFigure {
  lang: 'zh' | 'en';
  query: string;
  coldMs: number | null;
  coldBytes: number;
  pagefindBytes: number;
  /** Typing this query into a page opened on `warmAfter`. */
  warmMs: number | null;
  warmBytes: number;
  warmAfter: string;
}

declare global {
  interface Window {
    __firstResult?: number;
    __warmDone?: number;
  }
}

/** Runs every query cold, then types the next query of its language warm (the last one wraps around). */
export async function benchSearch(browser: Browser, siteUrl: string): Promise<SearchFigure[]> {
  const figures: SearchFigure[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const queries = QUERIES[lang];
    const rows = queries.map((query) => ({ lang, query, coldMs: null, coldBytes: 0, pagefindBytes: 0, warmMs: null, warmBytes: 0, warmAfter: '' }) as SearchFigure);
    for (const [i, row] of rows.entries()) {
      const next = rows[(i + 1) % rows.length]!;
      const context = await browser.newContext(PHONE); // a new context starts with an empty cache
      const page = await context.newPage();
      const { transfers, settle } = await recordTransfers(context, page);
      // Timed inside the page: performance.now() counts from navigation start, without the
      // round trips between this script and the browser.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.result')) {
            window.__firstResult = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${siteUrl}${lang}/search/?q=${encodeURIComponent(row.query)}`);
      row.coldMs = await page
        .waitForFunction(() => window.__firstResult, null, { timeout: WAIT_MS })
        .then(async (handle) => Math.round((await handle.jsonValue()) as number))
        .catch(() => null);
      await settle(); // fragments still in flight belong to the cold figure
      row.coldBytes = sum(transfers);
      row.pagefindBytes = sum(transfers.filter(isPagefind));

      // Warm: the bundle, the WASM and part of the index are now in memory and in the cache.
      const seen = transfers.length;
      const start = await page.evaluate(() => {
        const status = document.querySelector('[data-search-status]')!;
        const list = document.querySelector('[data-search-results]')!;
        const before = { status: status.textContent, list: list.innerHTML };
        // The list and its status are set in the same task: done when either differs from
        // before (two queries can have the same count) and a result is shown.
        new MutationObserver((_, observer) => {
          const changed = status.textContent !== before.status || list.innerHTML !== before.list;
          if (changed && status.textContent && list.querySelector('.result')) {
            window.__warmDone = performance.now();
            observer.disconnect();
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
        return performance.now();
      });
      await page.fill('#search-query', next.query);
      next.warmAfter = row.query;
      next.warmMs = await page
        .waitForFunction(() => window.__warmDone, null, { timeout: WAIT_MS })
        .then(async (handle) => Math.round(((await handle.jsonValue()) as number) - start))
        .catch(() => null);
      await settle();
      next.warmBytes = sum(transfers.slice(seen));
      await context.close();
    }
    figures.push(...rows);
  }
  return figures;
}

/** The table both scripts print, with the medians as its last row. */
export function printSearch(figures: SearchFigure[]): void {
  const rows: Record<string, string | number | null>[] = figures.map((f) => ({
    query: f.query,
    lang: f.lang,
    'cold ms': f.coldMs,
    'cold KB': kb(f.coldBytes),
    'pagefind KB': kb(f.pagefindBytes),
    'warm ms': f.warmMs,
    'warm KB': kb(f.warmBytes),
    'typed after': f.warmAfter,
  }));
  const mid = (key: string) => median(rows.map((r) => r[key] as number | null));
  rows.push({ query: 'median', lang: '', 'cold ms': mid('cold ms'), 'cold KB': mid('cold KB'), 'pagefind KB': mid('pagefind KB'), 'warm ms': mid('warm ms'), 'warm KB': mid('warm KB'), 'typed after': '' });
  printTable(rows);
}

if (import.meta.main) {
  const server = await serve(); // DIST_DIR, or dist/
  const browser = await launchBrowser();
  try {
    console.log(`Search on ${server.url} (${process.env.DIST_DIR ?? 'dist'}), Chromium ${browser.version()}, phone 375×740\n`);
    printSearch(await benchSearch(browser, server.url));
  } finally {
    await browser.close();
    await server.close();
  }
}
