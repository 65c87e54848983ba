import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, languageTag } from '../../src/lib/editions/locales.ts';
import { DIST, SECTOR_ROUTES, ZONE_SLUGS, exists, page, pageFile, policy } from '../support/dist.ts';
import { MEASURES, NAMED_DEPARTMENTS, NAMED_ZONES, SECTORS, measuresOf, sectorsInZone, sectorsLedBy } from '../support/expected.ts';

const attrs = (file: string, selector: string, attr: string) => page(file).querySelectorAll(selector).map((e) => e.getAttribute(attr));

describe.each(LOCALES)('zones and departments (%s)', (locale) => {
  it('lists the 15 key areas of the brief, each page naming exactly the sectors the model puts there', () => {
    expect([...NAMED_ZONES].sort()).toEqual([...ZONE_SLUGS].sort());
    expect(attrs(pageFile(locale, 'zones'), '.entity-list [data-zone]', 'data-zone')).toEqual(NAMED_ZONES);
    for (const zone of ZONE_SLUGS) {
      expect(attrs(pageFile(locale, `zones/${zone}`), '[data-sector]', 'data-sector'), zone).toEqual(sectorsInZone(zone));
    }
    expect(sectorsInZone('songshan-lake')).toHaveLength(9);
    expect(sectorsInZone('chashan')).toEqual(['2.2.4']);
  });

  it('draws the sector × zone matrix from the model', () => {
    const root = page(pageFile(locale, 'zones'));
    const sectorColumns = root.querySelectorAll('[data-matrix] thead [data-sector]').map((th) => th.getAttribute('data-sector'));
    expect(sectorColumns).toEqual(SECTORS.map((s) => s.id));
    for (const row of root.querySelectorAll('[data-matrix] tbody tr')) {
      const zone = row.getAttribute('data-zone')!;
      const hits = row.querySelectorAll('td').flatMap((td, i) => (td.hasAttribute('data-hit') ? [sectorColumns[i]] : []));
      expect(hits, zone).toEqual(sectorsInZone(zone));
    }
  });

  it('gives every named department a page listing the sectors it leads and the measures it shares', () => {
    expect(NAMED_DEPARTMENTS).toHaveLength(12);
    expect(MEASURES).toHaveLength(10);
    expect(attrs(pageFile(locale, 'departments'), '[data-department]', 'data-department')).toEqual(NAMED_DEPARTMENTS);
    for (const d of NAMED_DEPARTMENTS) {
      const file = pageFile(locale, `departments/${d}`);
      expect(attrs(file, '[data-sector]', 'data-sector'), d).toEqual(sectorsLedBy(d));
      expect(attrs(file, '[data-measure]', 'data-measure'), d).toEqual(measuresOf(d));
    }
  });

  it('links each zone page to the measures, which apply there too, and to the finder with the zone chosen', () => {
    for (const zone of ZONE_SLUGS) {
      expect(attrs(pageFile(locale, `zones/${zone}`), '.note a', 'href'), zone).toEqual([`/${locale}/measures/`, `/${locale}/for-enterprises/?zone=${zone}`]);
    }
  });

  it('links each department page to the finder with the sectors it leads chosen', () => {
    const slugOf = (id: string) => SECTOR_ROUTES[SECTORS.findIndex((s) => s.id === id)]!.split('/')[1]!;
    for (const d of NAMED_DEPARTMENTS) {
      const query = sectorsLedBy(d).map((id) => `sector=${slugOf(id)}`).join('&');
      expect(attrs(pageFile(locale, `departments/${d}`), 'main a[href*="/for-enterprises/"]', 'href'), d).toEqual([`/${locale}/for-enterprises/${query ? `?${query}` : ''}`]);
    }
    expect(sectorsLedBy('development-reform').length).toBeGreaterThan(0);
  });

  it('links each sector page to its zones and lead departments', () => {
    SECTOR_ROUTES.forEach((route, i) => {
      const sector = SECTORS[i]!;
      const links = page(pageFile(locale, route)).querySelectorAll('#breakdown ~ ul a').map((a) => a.getAttribute('href'));
      for (const zone of sector.zones) expect(links).toContain(`/${locale}/zones/${zone}/`);
      for (const lead of sector.leads) expect(links).toContain(`/${locale}/departments/${lead}/`);
    });
  });
});

describe('glossary', () => {
  it('has every entry in every edition, at least 25', () => {
    expect(policy.glossary.length).toBeGreaterThanOrEqual(25);
    for (const locale of LOCALES) {
      const ids = attrs(pageFile(locale, 'glossary'), 'dt[id]', 'id');
      expect([...ids].sort()).toEqual(policy.glossary.map((g) => g.slug).sort());
    }
  });

  it('is linked from the first use of a term on sector and measure pages, to entries that exist', () => {
    for (const locale of LOCALES) {
      const ids = new Set(attrs(pageFile(locale, 'glossary'), 'dt[id]', 'id'));
      const linked = attrs(pageFile(locale, 'measures'), 'a.term', 'href').map((h) => h!.split('#')[1]);
      expect(linked.length, locale).toBeGreaterThan(3);
      expect(new Set(linked).size).toBe(linked.length);
      for (const slug of linked) expect(ids).toContain(slug);
    }
    const semiconductors = attrs(pageFile('zh', 'clusters/semiconductors'), 'a.term', 'href');
    expect(semiconductors).toContain('/zh/glossary/#third-generation-semiconductors');
  });
});

describe('open data', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'data/policy.json'), 'utf8'));

  it('validates against its published JSON Schema and covers the whole plan', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'data/policy.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data) ? '' : ajv.errorsText(validate.errors)).toBe('');
    expect(data.sectors).toHaveLength(12);
    expect(data.measures).toHaveLength(10);
    expect(data.zones.map((z: { slug: string }) => z.slug).sort()).toEqual([...ZONE_SLUGS].sort());
    expect(data.departments.map((d: { slug: string }) => d.slug).sort()).toEqual([...NAMED_DEPARTMENTS].sort());
    expect(data.paragraphs).toHaveLength(policy.document.blocks.length);
    expect(data.document.number).toEqual({ zh: '东府办〔2024〕18号', en: 'Dong Fu Ban [2024] No. 18', 'zh-hant': '東府辦〔2024〕18號' });
    expect(data.editions.map((e: { code: string }) => e.code)).toEqual([...LOCALES]);
  });

  /** A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [[]];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') rows.at(-1)!.push(field), (field = '');
      else if (c === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), (i += 1);
      else field += c;
    }
    if (rows.at(-1)!.length === 0 && field === '') rows.pop();
    return rows;
  }

  it.each(['sectors', 'measures'])('%s.csv starts with a BOM, parses, and matches the JSON', (name) => {
    const text = readFileSync(join(DIST, `data/${name}.csv`), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(data[name].length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    records.forEach((record, i) => {
      const item = data[name][i];
      expect(record.id).toBe(item.id);
      if (name === 'sectors') {
        expect(record).toMatchObject({ slug: item.slug, name_zh: item.shortName.zh, 'name_zh-hant': item.shortName['zh-hant'], paragraph_en: item.paragraph.en, zones: item.zones.join(';') });
      } else {
        expect(record).toMatchObject({ title_zh: item.title.zh, 'text_zh-hant': item.text['zh-hant'], departments: item.departments.join(';') });
      }
    });
  });
});

describe('machine-readable pages', () => {
  const ld = (file: string) => page(file).querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));

  it('describe the plan as schema.org Legislation on policy/', () => {
    for (const locale of LOCALES) {
      const legislation = ld(pageFile(locale, 'policy')).find((d) => d['@type'] === 'Legislation');
      expect(legislation).toMatchObject({
        legislationIdentifier: '东府办〔2024〕18号',
        legislationDate: '2024-09-14',
        datePublished: '2024-09-25',
        inLanguage: languageTag(locale),
        legislationPassedBy: { '@type': 'GovernmentOrganization' },
        legislationJurisdiction: { '@type': 'AdministrativeArea' },
      });
      expect(legislation.name).toBeTruthy();
    }
  });

  it('give every page a BreadcrumbList and Open Graph tags', () => {
    for (const file of [pageFile('zh', ''), pageFile('en', 'zones/songshan-lake'), pageFile('zh', 'departments/finance')]) {
      expect(exists(file)).toBe(true);
      const crumbs = ld(file).find((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs.itemListElement.length).toBeGreaterThanOrEqual(1);
      const root = page(file);
      for (const property of ['og:title', 'og:description', 'og:locale']) {
        expect(root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), `${file} ${property}`).toBeTruthy();
      }
    }
    const zone = ld(pageFile('en', 'zones/songshan-lake')).find((d) => d['@type'] === 'BreadcrumbList');
    expect(zone.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Key agglomeration areas', 'Songshan Lake']);
  });
});
