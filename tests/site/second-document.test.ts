/**
 * A second document, added with content only: the fixture notice of tests/fixtures/documents/ copied
 * into content/documents/ of a throw-away copy of the project, then `npm run build` as an editor would
 * run it. It gets its own pages under /<locale>/<id>/, its own open data, Akoma Ntoso, search records
 * and integrity entries, shows its related document, and leaves every page, anchor and data file of
 * today's document as the real build has them.
 */
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { listFiles } from '../../src/lib/publish/output-files.ts';
import { DIST } from '../support/dist.ts';
import { type ProjectCopy, projectCopy } from '../support/project-copy.ts';

const FIXTURE = 'tests/fixtures/documents/shi-fu-ban-2025-3';
const ID = 'shi-fu-ban-2025-3';
/** Written out from the fixture's capture and translation, not taken from the code under test. */
const NUMBER = { zh: '示府办〔2025〕3号', en: 'Shi Fu Ban [2025] No. 3', 'zh-hant': '示府辦〔2025〕3號' } as Record<string, string>;
const TODAY_NUMBER = { zh: '东府办〔2024〕18号', en: 'Dong Fu Ban [2024] No. 18', 'zh-hant': '東府辦〔2024〕18號' } as Record<string, string>;
const PAGES = ['', 'policy/', 'policy/bilingual/', 'clusters/smart-terminals/', 'clusters/advanced-materials/', 'measures/', 'zones/', 'departments/'];
/** Pages of the site itself, which every document's pages link to at the locale root. */
const SITE_PAGES = /^(?:search|about)\/$/u;

let copy: ProjectCopy;
let build: { code: number; output: string };
let out: string;
/** The same document with an id that is the name of a page: its build must fail, naming the field. */
let clash: ProjectCopy;
let clashBuild: { code: number; output: string };
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]).sort();

beforeAll(async () => {
  copy = projectCopy();
  cpSync(FIXTURE, join(copy.dir, 'content/documents', ID), { recursive: true });
  clash = projectCopy();
  cpSync(FIXTURE, join(clash.dir, 'content/documents/zones'), { recursive: true });
  clash.edit('content/documents/zones/profile.json', `"id": "${ID}"`, '"id": "zones"');
  [build, clashBuild] = await Promise.all([copy.build(), clash.build()]);
  out = join(copy.dir, 'dist');
}, 280_000);
afterAll(() => {
  copy?.remove();
  clash?.remove();
});

describe('a second document added with content only', () => {
  it('builds', () => {
    expect(build.output).toContain('Build complete');
    expect(build.code).toBe(0);
  });

  it('fails when its id is the name of a page of the site, naming the profile’s field', () => {
    expect(clashBuild.code).toBe(1);
    expect(clashBuild.output).toContain('content/documents/zones/profile.json: field "id": "zones" is the name of a page or data folder of the site');
  });

  it('leaves every page and anchor of today’s document, and its data files, as the real build has them', () => {
    const pages = listFiles(DIST).filter((p) => p.endsWith('.html'));
    for (const page of pages) {
      expect(existsSync(join(out, page)), page).toBe(true);
      expect(ids(read(page)), page).toEqual(ids(readFileSync(join(DIST, page), 'utf8')));
    }
    const data = listFiles(join(DIST, 'data'));
    expect(data.length).toBeGreaterThan(6);
    for (const file of data) expect(read(`data/${file}`), file).toBe(readFileSync(join(DIST, 'data', file), 'utf8'));
  });

  it.each(LOCALES)('gives it its own pages in /%s/<id>/, naming its own 文号, linking within it', (locale) => {
    for (const page of PAGES) {
      const path = `${locale}/${ID}/${page}index.html`;
      expect(existsSync(join(out, path)), path).toBe(true);
      const html = read(path);
      expect(html, path).toContain(NUMBER[locale]);
      expect(html, path).not.toContain(TODAY_NUMBER[locale]);
      const root = parse(html);
      const main = root.querySelector('main')!;
      for (const link of main.querySelectorAll('a[href^="/"]')) {
        const href = link.getAttribute('href')!.split('#')[0]!;
        const rest = href.slice(`/${locale}/`.length);
        if (!href.startsWith(`/${locale}/`) || SITE_PAGES.test(rest) || rest === '') continue;
        expect(href.startsWith(`/${locale}/${ID}/`), `${path} links to ${href}`).toBe(true);
      }
    }
  });

  it('titles its home by its own short title, with no count of what it lacks, and leads the site’s name back to the site', () => {
    const profile = JSON.parse(readFileSync(join(FIXTURE, 'profile.json'), 'utf8'));
    for (const locale of ['zh', 'en'] as const) {
      const root = parse(read(`${locale}/${ID}/index.html`));
      expect(root.querySelector('title')!.text, locale).toContain(profile.shortTitle[locale]);
      expect(root.querySelector('main')!.text, locale).not.toMatch(/0\s*(?:个未来产业|future industries)/u);
      expect(root.querySelector('header a')!.getAttribute('href'), locale).toBe(`/${locale}/`);
    }
  });

  it('lists its related document, with the source that names it, on its policy page', () => {
    const html = read(`zh/${ID}/policy/index.html`);
    expect(html).toContain('示例市产业发展规划');
    expect(html).toContain('示府〔2024〕1号');
    expect(html).toContain('https://www.example.gov.cn/zwgk/2024/plan.html');
    expect(read(`zh/policy/index.html`)).not.toContain('示例市产业发展规划');
  });

  it('writes its own open data and Akoma Ntoso files, and lists them in integrity.json', () => {
    const data = JSON.parse(read(`data/${ID}/policy.json`));
    expect(JSON.stringify(data)).toContain(NUMBER.zh);
    expect(JSON.stringify(data)).not.toContain(TODAY_NUMBER.zh);
    for (const edition of ['zh', 'en', 'zh-hant']) {
      const xml = read(`data/akn/${ID}/${edition}.xml`);
      expect(xml, edition).toContain(`<docNumber>${NUMBER[edition]}</docNumber>`);
      expect(xml, edition).toContain('<FRBRcountry value="cn"/>');
    }
    const manifest = read('integrity.json');
    for (const file of [`data/${ID}/policy.json`, `data/akn/${ID}/zh.xml`, `zh/${ID}/policy/index.html`, `en/${ID}/clusters/smart-terminals/index.html`]) {
      expect(manifest, file).toContain(`"${file}"`);
    }
  });

  it('gets search records of its own in every edition', () => {
    // Pagefind's fragments are gzipped JSON, one per record, each with the record's URL.
    const fragments = readdirSync(join(out, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(join(out, 'pagefind/fragment', f))).toString('utf8'));
    for (const locale of LOCALES) {
      const own = fragments.filter((f) => f.includes(`"url":"/${locale}/${ID}/`));
      expect(own.length, locale).toBeGreaterThanOrEqual(PAGES.length);
      expect(own.some((f) => f.includes(`/${locale}/${ID}/clusters/smart-terminals/`)), locale).toBe(true);
    }
  });
});
