/**
 * The enterprise finder (for-enterprises/) in Chromium, for the choices issue 21 names, in every edition:
 * the sector's paragraph, every paragraph naming the zone and every measure are shown (expected from the
 * corpus tags, not from the finder's code), with the departments; every clause link lands on an element
 * of its page; the same clauses in every edition; nothing requested after the page has loaded; the
 * address carries and restores the choice (and is what the share control shares), and unknown values in it are said; the print view is one A4
 * sheet with a QR code of the result's address, for any two needs; no "not eligible" wording; without JavaScript, the
 * sector and zone pages; and it works offline after a visit. One browser, one server, a few pages.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/document/corpus.ts';
import { loadSupportKinds } from '../../src/lib/document/load-policy.ts';
import { LOCALES, type Locale } from '../../src/lib/editions/locales.ts';
import { cacheControlOf } from '../../src/lib/publish/server-config.ts';
import { FINDER_ROUTE } from '../../src/lib/site/routes.ts';
import { launchBrowser } from '../support/browser.ts';
import { decodedQr } from '../support/qr.ts';
import { DIST, exists, page as distPage } from '../support/dist.ts';
import { source } from '../support/model.ts';
import { realSite } from '../support/real-site.ts';

const CHOICES = [
  { sector: 'low-altitude-economy', zone: 'songshan-lake' },
  { sector: 'biomedicine', zone: 'xiegang' },
  { sector: 'semiconductors', zone: 'binhaiwan' },
] as const;
/** The typical choice of the one-page brief: one sector, one zone, two needs. */
const TYPICAL = '?sector=low-altitude-economy&zone=songshan-lake&need=funding&need=talent';
/** What the typical choice's brief says the Development and Reform Bureau leads and answers for, in each edition. */
const DEVELOPMENT_REFORM_ROLES: Record<Locale, string> = {
  zh: '牵头：二(一)8 · 负责：三(一)至三(六)、三(八)至三(十)',
  en: 'Leads: II(1)8 · Responsible: III(1)–III(6), III(8)–III(10)',
  'zh-hant': '牽頭：二(一)8 · 負責：三(一)至三(六)、三(八)至三(十)',
};
const NOT_ELIGIBLE = /not eligible|ineligible|not qualif|不符合|不合格|不具备资格|不具備資格/iu;

/** Expectations from the corpus alone. */
const corpus = buildCorpus([source], loadSupportKinds(), new Map([[source.id, new Map(realSite.sectors.map((s) => [s.id, s.slug]))]]));
const clauses = corpus.clauses.filter((c) => c.document === source.id);
const sectorClause = (slug: string) => clauses.find((c) => c.sectors.some((t) => t.slug === slug && t.paragraph === c.paragraph))!;
const zoneClauses = (slug: string) => clauses.filter((c) => c.zones.some((t) => t.slug === slug)).map((c) => c.id);
const measureClauses = clauses.filter((c) => c.paragraph.startsWith(`${source.document.parts.measures}.`) && c.paragraph.split('.').length === 2).map((c) => c.id);
const departmentName = (slug: string, locale: Locale) => realSite.departments.find((d) => d.slug === slug)!.name[locale];

let browser: Browser;
let server: Server;
let origin: string;
/** The server drops every connection while offline, as a lost network does. */
const network = { offline: false };

beforeAll(async () => {
  const files = sirv(DIST, { dev: true, etag: false, setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlOf(path.slice(1))) });
  server = createServer((req, res) => {
    if (network.offline) return req.socket.destroy();
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a finder address, records what is requested after the load event and every error, and waits for the result. */
async function openFinder(page: Page, address: string) {
  const after: string[] = [];
  const problems: string[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('request', (r) => loaded && after.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' || /Content.Security.Policy/iu.test(m.text())) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForSelector('[data-finder-items] [data-clause]');
  return { after, problems };
}

/** How many A4 sheets the page prints on, counted in the PDF Chromium makes of it. */
async function a4Sheets(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
}

const shownClauses = (page: Page, within = '[data-finder-items]') => page.$$eval(`${within} [data-clause]`, (items) => items.map((i) => (i as HTMLElement).dataset.clause!));

/** An address in the site as the dist/ file holding it and its fragment: /zh/measures/#3.1 → zh/measures/index.html, 3.1. */
function targetOf(href: string): { file: string; id: string } {
  const url = new URL(href);
  return { file: `${decodeURIComponent(url.pathname).slice(1)}index.html`, id: decodeURIComponent(url.hash.slice(1)) };
}

describe('the enterprise finder', () => {
  it('shows, for each named choice in every edition, the sector’s paragraph, every paragraph naming the zone, every measure and the departments, with working anchors, the same clauses in every edition and nothing requested after load', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    for (const { sector, zone } of CHOICES) {
      const byLocale = new Map<Locale, string[]>();
      for (const locale of LOCALES) {
        const where = `${locale} ${sector} ${zone}`;
        const { after, problems } = await openFinder(page, `${origin}${locale}/${FINDER_ROUTE}/?sector=${sector}&zone=${zone}`);
        const shown = await shownClauses(page);
        byLocale.set(locale, shown);
        const expected = sectorClause(sector);
        expect(await page.$eval(`[data-finder-items] [data-clause="${expected.id}"]`, (li) => li.className), where).toContain('finder__item--sector');
        for (const id of [expected.id, ...zoneClauses(zone), ...measureClauses]) expect(shown, `${where}: ${id}`).toContain(id);
        // The measures are said to apply citywide; no item appears twice.
        expect(await page.locator('.finder__group--measure .note').innerText(), where).not.toBe('');
        expect(new Set(shown).size, where).toBe(shown.length);

        // The departments: the sector's leads and every measure's, by name.
        const departments = await page.$$eval('[data-finder-departments] li a', (links) => links.map((a) => a.textContent));
        const leads = expected.departments.filter((d) => d.role === 'lead').map((d) => d.slug);
        expect(leads.length, where).toBeGreaterThan(0);
        for (const slug of new Set([...leads, ...realSite.measures.flatMap((m) => m.departments.map((d) => d.slug))])) expect(departments, `${where}: ${slug}`).toContain(departmentName(slug, locale));

        // Every clause link lands on an element of its page.
        const hrefs = await page.$$eval('[data-finder-items] .finder__ref a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs.length, where).toBe(shown.length);
        for (const href of hrefs) {
          const { file, id } = targetOf(href);
          expect(exists(file), `${where}: ${href}`).toBe(true);
          expect(distPage(file).getElementById(id), `${where}: ${href}`).not.toBeNull();
        }
        expect(await page.locator('main').innerText(), where).not.toMatch(NOT_ELIGIBLE);
        expect(after, where).toEqual([]);
        expect(problems, where).toEqual([]);
      }
      expect(byLocale.get('en'), `${sector} ${zone}`).toEqual(byLocale.get('zh'));
      expect(byLocale.get('zh-hant'), `${sector} ${zone}`).toEqual(byLocale.get('zh'));
    }
    await page.close();
  });

  it('keeps the choice in the address, restores it, says what it does not know, and prints a brief with the result’s QR code on one A4 sheet', async () => {
    for (const locale of LOCALES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const { after, problems } = await openFinder(page, `${origin}${locale}/${FINDER_ROUTE}/?sector=nanotech&zone=atlantis&need=talent`);
      // Unknown values are said, and the known ones applied.
      const status = await page.locator('[data-finder-status]').innerText();
      expect(status, locale).toContain('nanotech');
      expect(status, locale).toContain('atlantis');
      expect(await page.locator('input[name=need][value=talent]').isChecked(), locale).toBe(true);

      // The form writes the address: choosing a sector, a zone and a second need.
      await page.locator('input[name=sector][value=low-altitude-economy]').check();
      await page.locator('select[name=zone]').selectOption('songshan-lake');
      await page.locator('input[name=need][value=funding]').check();
      await page.locator('input[name=need][value=talent]').uncheck();
      await page.locator('input[name=need][value=talent]').check();
      expect(new URL(page.url()).search, locale).toBe(TYPICAL);
      expect(after, `${locale}: requests after load`).toEqual([]);
      const result = await shownClauses(page);

      // Reopened, the address gives the same form and result.
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('[data-finder-items] [data-clause]');
      expect(await page.locator('input[name=sector]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)), locale).toEqual(['low-altitude-economy']);
      expect(await page.locator('select[name=zone]').inputValue(), locale).toBe('songshan-lake');
      expect(await page.locator('input[name=need]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)), locale).toEqual(['funding', 'talent']);
      expect(await shownClauses(page), locale).toEqual(result);

      // The share control shares the result's address.
      await page.locator('[data-tool="share"]').click();
      await expect.poll(() => page.locator('[data-share-panel] input').inputValue(), { timeout: 10_000 }).toBe(page.url());

      // Printed: the QR code of this result's address, no relative address, and (for the original and its conversion) one A4 sheet.
      await page.emulateMedia({ media: 'print' });
      const qr = page.locator('[data-finder-qr]');
      expect(await qr.isVisible(), locale).toBe(true);
      expect(await qr.innerText(), locale).toContain(page.url());
      expect(await decodedQr(qr.locator('svg')), locale).toBe(page.url());
      // The site prints a link's address after it; not here: the brief's links would print as relative paths.
      const printedAddresses = await page.locator('main a[href]').evaluateAll((links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => getComputedStyle(a, '::after').content).filter((c) => c.includes('attr') || c.includes('/')));
      expect(printedAddresses, locale).toEqual([]);
      expect(await page.locator('.site-footer, .site-header, .finder-form').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length), locale).toBe(0);
      // On paper every item keeps its clause's place, and every department what it leads or answers for.
      for (const item of await page.locator('[data-finder-items] [data-clause]').all()) {
        expect(await item.locator('.finder__place').isVisible(), `${locale}: place of ${await item.getAttribute('data-clause')}`).toBe(true);
      }
      const departments = page.locator('[data-finder-departments] li');
      expect(await departments.count(), locale).toBeGreaterThan(0);
      for (const department of await departments.all()) expect(await department.locator('.finder__roles').innerText(), locale).toMatch(/\S/u);
      // Read off the plan: the Development and Reform Bureau leads drones (二(一)8) and answers for every measure but the talent one (三(七)).
      const developmentReform = page.locator(`[data-finder-departments] li:has(a:text-is("${departmentName('development-reform', locale)}")) .finder__roles`);
      expect(await developmentReform.innerText(), locale).toBe(DEVELOPMENT_REFORM_ROLES[locale]);
      expect(await a4Sheets(page), `${locale}: A4 sheets`).toBe(1);
      expect(problems, locale).toEqual([]);
      await page.close();
    }
  });

  it('prints one A4 sheet for any two needs, with the sector that leaves the most paragraphs naming the zone the plan names most, in every edition', async () => {
    // The heaviest one-sector, one-zone choice: the zone with the most paragraphs, a sector whose own paragraph is not among them.
    const zone = [...new Set(clauses.flatMap((c) => c.zones.map((t) => t.slug)))].sort((a, b) => zoneClauses(b).length - zoneClauses(a).length)[0]!;
    const sector = realSite.sectors.find((s) => !zoneClauses(zone).includes(sectorClause(s.slug).id))!.slug;
    const needs = loadSupportKinds().map((k) => k.slug);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    for (const locale of LOCALES) {
      for (const [i, first] of needs.entries()) {
        for (const second of needs.slice(i + 1)) {
          await page.goto(`${origin}${locale}/${FINDER_ROUTE}/?sector=${sector}&zone=${zone}&need=${first}&need=${second}`);
          await page.waitForSelector('[data-finder-items] [data-clause]');
          expect(await a4Sheets(page), `${locale} ${sector} ${zone} ${first} ${second}`).toBe(1);
        }
      }
    }
    await page.close();
  }, 120_000);

  it('without JavaScript says the finder needs it and links every sector’s and zone’s page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${origin}en/${FINDER_ROUTE}/`);
    expect(await page.locator('.finder-form').isVisible()).toBe(false);
    expect(await page.locator('[data-no-script]').first().isVisible()).toBe(true);
    const hrefs = await page.locator('.finder__browse a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual([...realSite.sectors, ...realSite.zones].map((item) => `/en/${item.route}/`));
    await context.close();
  });

  it('works offline after a visit', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${origin}zh/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await openFinder(page, `${origin}zh/${FINDER_ROUTE}/?sector=biomedicine`);
    network.offline = true;
    try {
      await page.goto(`${origin}zh/${FINDER_ROUTE}/?sector=biomedicine&zone=xiegang`);
      await page.waitForSelector('[data-finder-items] [data-clause]');
      expect(await shownClauses(page)).toEqual(expect.arrayContaining([sectorClause('biomedicine').id, ...zoneClauses('xiegang'), ...measureClauses]));
    } finally {
      network.offline = false;
      await context.close();
    }
  });
});
