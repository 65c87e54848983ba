/**
 * Weight budgets, on bytes (deterministic, so they can be tests): a sector page's first visit in at
 * most 12 KB gzip, pages other than search and the finder carry almost no script (the finder has its own budget), no web fonts, no oversized files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/publish/output-files.ts';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { DIST, SECTOR_ROUTES, allContractPages, page, pageFile } from '../support/dist.ts';
import { withImports } from '../../src/lib/publish/offline.ts';
import { FINDER_ROUTE } from '../../src/lib/site/routes.ts';
import { firstVisit, gzipSize as gz, htmlBreakdown, serviceWorkerGzip } from '../support/first-visit.ts';

const KB = 1024;
const read = (path: string) => readFileSync(join(DIST, path));

/** Every script a page runs: inline module code and the external files it names. */
function scriptBytes(file: string): number {
  return page(file)
    .querySelectorAll('script')
    .filter((s) => !['application/ld+json'].includes(s.getAttribute('type') ?? ''))
    .reduce((sum, s) => sum + gz(s.getAttribute('src') ? read(s.getAttribute('src')!.replace(/^\//, '')) : s.textContent), 0);
}

describe('weight budgets', () => {
  it('every sector page’s first visit (HTML, its CSS, the scripts it loads and their imports) at most 12 KB gzip, in every edition', () => {
    const visits = SECTOR_ROUTES.flatMap((r) => LOCALES.map((l) => pageFile(l, r))).map((file) => {
      const downloads = firstVisit(DIST, file);
      return { file, downloads, total: downloads.reduce((sum, d) => sum + d.gzip, 0) };
    });
    const heaviest = visits.reduce((a, b) => (b.total > a.total ? b : a));
    const parts = Object.entries(htmlBreakdown(DIST, heaviest.file)).map(([name, bytes]) => `${name} ${bytes}`);
    console.log(
      `Heaviest sector page's first visit: ${heaviest.file}, ${heaviest.total} bytes gzip (${heaviest.downloads.map((d) => `${d.path} ${d.gzip}`).join(' + ')});\n` +
        `  its HTML, each part gzipped alone: ${parts.join(', ')};\n  after load, the service worker sw.js: ${serviceWorkerGzip(DIST)}.`,
    );
    // Each page names its scripts itself: the reading settings, with the service worker's registration, at least.
    for (const visit of visits) expect(visit.downloads.map((d) => d.path), visit.file).toContain('reading-settings.js');
    expect(visits.filter((v) => v.total > 12 * KB).map((v) => `${v.file}: ${v.total} bytes`)).toEqual([]);
  });

  it('script on every page but search/ and for-enterprises/ at most 1 KB gzip', () => {
    const heavy = allContractPages()
      .filter((p) => p.route !== 'search' && p.route !== FINDER_ROUTE)
      .map((p) => ({ file: p.file, bytes: scriptBytes(p.file) }))
      .filter((p) => p.bytes > KB);
    expect(heavy).toEqual([]);
  });

  it('the finder (for-enterprises/) at most 10 KB gzip of script with its imports (its QR code encoder is about 4 KB), and its data file at most 10 KB gzip, in every edition', () => {
    for (const locale of LOCALES) {
      const file = pageFile(locale, FINDER_ROUTE);
      const scripts = page(file)
        .querySelectorAll('script[src]')
        .map((s) => s.getAttribute('src')!.replace(/^\//u, ''));
      const bytes = withImports(scripts, new Map(listFiles(DIST).filter((f) => f.endsWith('.js')).map((f) => [f, read(f)]))).reduce((sum, path) => sum + gz(read(path)), 0);
      expect(bytes, file).toBeLessThanOrEqual(10 * KB);
      expect(bytes, file).toBeGreaterThan(KB);
      expect(gz(read(`${locale}/${FINDER_ROUTE}/finder.json`)), locale).toBeLessThanOrEqual(10 * KB);
    }
  });

  it('each reader tool’s script, loaded on first use, at most 2 KB gzip', () => {
    const tools = new Set(allContractPages().flatMap((p) => [...read(p.file).toString().matchAll(/data-tool="([a-z-]+)"/gu)].map((m) => m[1]!)));
    expect([...tools].sort()).toEqual(['offline', 'read-aloud', 'settings-panel', 'share']);
    for (const tool of tools) expect(gz(read(`${tool}.js`)), tool).toBeLessThanOrEqual(2 * KB);
    // The share panel's QR code, with its encoder, loads when the reader shares.
    expect(gz(read('share-qr.js'))).toBeLessThanOrEqual(5 * KB);
  });

  it('uses no web fonts', () => {
    const files = listFiles(DIST);
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    for (const f of files.filter((f) => /\.(css|html)$/.test(f))) expect(read(f).toString(), f).not.toMatch(/@font-face/);
  });

  it('has no file over 200 KB except Pagefind’s own and the at-a-glance images (under 600 KB), and prints the size of dist/', () => {
    const files = listFiles(DIST).map((path) => ({ path, size: statSync(join(DIST, path)).size }));
    const longImage = (path: string) => /^[^/]+\/at-a-glance\/at-a-glance\.png$/u.test(path);
    expect(files.filter((f) => f.size > 200 * KB && !f.path.startsWith('pagefind') && !longImage(f.path)).map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => longImage(f.path) && f.size > 600 * KB).map((f) => f.path)).toEqual([]);
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const pagefind = files.filter((f) => f.path.startsWith('pagefind')).reduce((sum, f) => sum + f.size, 0);
    console.log(`dist/: ${files.length} files, ${(total / KB).toFixed(0)} KB (Pagefind ${(pagefind / KB).toFixed(0)} KB)`);
  });
});
