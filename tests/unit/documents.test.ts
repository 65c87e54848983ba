/**
 * Documents as folders: the profile's schema (zod, and the committed JSON Schema generated from it),
 * the loader of content/documents/, and a second document — the fictional fixture 示府办〔2025〕3号 in
 * tests/fixtures/documents/ — read by the same generic reader and profile step, joined to its sector
 * pages and built into a site model; a wrong profile fails naming the file and the field or line.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/cli/check-content.ts';
import { type PolicySource, loadDocument, loadDocuments, loadPolicy } from '../../src/lib/document/load-policy.ts';
import { PROFILE_SCHEMA_FILE, profileJsonSchema, profileProblems } from '../../src/lib/document/profile.ts';
import { joinSectorContent } from '../../src/lib/document/sector-content.ts';
import { checkMdxFile } from '../../src/lib/document/sector-file.ts';
import { buildSiteModel } from '../../src/lib/document/site-model.ts';

const FIXTURE_ID = 'shi-fu-ban-2025-3';
const FIXTURE = `tests/fixtures/documents/${FIXTURE_ID}`;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project copy (content, seeds) with the fixture as a second document, its profile edited by `edit`. */
function projectWithFixture(edit?: (profile: Record<string, any>) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'documents-'));
  roots.push(root);
  // What the content check reads: the content, the captures, the UI strings and public/.
  for (const folder of ['content', 'seeds', 'src/locales', 'public']) cpSync(folder, join(root, folder), { recursive: true });
  const folder = join(root, 'content/documents', FIXTURE_ID);
  cpSync(FIXTURE, folder, { recursive: true });
  if (edit) {
    const profile = readJson(join(folder, 'profile.json'));
    edit(profile);
    writeFileSync(join(folder, 'profile.json'), JSON.stringify(profile, null, 2));
  }
  return root;
}

/** The error message of loading the fixture with an edited profile; fails if it loads. */
function fixtureError(edit: (profile: Record<string, any>) => void): string {
  const root = projectWithFixture(edit);
  try {
    loadDocument(root, `content/documents/${FIXTURE_ID}`);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the edited profile loaded');
}

/** A document's sector pages, read strictly as the content check reads them. */
function sectorEntries(source: PolicySource) {
  return ['zh', 'en'].flatMap((locale) =>
    readdirSync(`${source.files.sectors}/${locale}`).map((name) => {
      const file = `${source.files.sectors}/${locale}/${name}`;
      const { problems, entry } = checkMdxFile(file, readFileSync(file, 'utf8'));
      if (!entry) throw new Error(problems.join('\n'));
      return entry;
    }),
  );
}

describe('the profile', () => {
  it('has its JSON Schema committed as generated from the zod schema', () => {
    expect(readJson(PROFILE_SCHEMA_FILE)).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });

  it('of every document and of the fixture is valid', () => {
    for (const name of readdirSync('content/documents', { withFileTypes: true }).filter((e) => e.isDirectory())) {
      expect(profileProblems(readJson(`content/documents/${name.name}/profile.json`)), name.name).toEqual([]);
    }
    expect(profileProblems(readJson(`${FIXTURE}/profile.json`))).toEqual([]);
  });

  it('names each faulty field: an unknown key, a pattern with the wrong groups, a part the outline lacks, a missing pattern', () => {
    const profile = readJson(`${FIXTURE}/profile.json`) as Record<string, any>;
    const broken = structuredClone(profile);
    broken.colour = 'red';
    broken.chrome.published = '^发布时间:';
    delete broken.targets[1].pattern;
    broken.number = '^示府办〔(\\d{4}';
    expect(profileProblems(broken)).toEqual([
      expect.stringMatching(/^field "chrome\.published": must have 1 capturing group\(s\) \(the publication date YYYY-MM-DD.*\); it has 0$/u),
      expect.stringMatching(/^field "number": not a valid regular expression: .*Unterminated group/u),
      'field "targets.1.pattern": Invalid input: expected string, received undefined',
      'unknown field(s) "colour"',
    ]);
    const partless = structuredClone(profile);
    partless.parts.clusters = '4';
    expect(profileProblems(partless)).toEqual(['field "parts.clusters": "4" is not a part of "outline" (which gives "", "1", "2", "2.1", "3")']);
  });
});

describe('the documents of content/documents/', () => {
  it('today: one, the default, whose id is its folder', () => {
    const documents = loadDocuments();
    expect(documents.map((d) => [d.id, d.isDefault])).toEqual([['dong-fu-ban-2024-18', true]]);
    expect(loadPolicy()).toBe(documents[0]);
  });

  it('with the fixture beside it: two, the default first, each with its own files', () => {
    const documents = loadDocuments(projectWithFixture());
    expect(documents.map((d) => [d.id, d.isDefault])).toEqual([
      ['dong-fu-ban-2024-18', true],
      [FIXTURE_ID, false],
    ]);
    // The SHA-256 it carries is the one its pin file pins, checked before the capture was read.
    const pinned = readFileSync(`${FIXTURE}/SHA256SUMS`, 'utf8').split(' ')[0];
    expect(documents[1]!.capture).toEqual({ file: `content/documents/${FIXTURE_ID}/capture.txt`, pins: `content/documents/${FIXTURE_ID}/SHA256SUMS`, sha256: pinned });
  });

  it('pass the content check, the fixture’s sector pages and its issuer source included', () => {
    expect(contentProblems(projectWithFixture())).toEqual([]);
  });

  it('two defaults, or a folder whose name is not its id, fail naming the files', () => {
    expect(() => loadDocuments(projectWithFixture((p) => (p.default = true)))).toThrow(/2 documents have "default": true \(content\/documents\/dong-fu-ban-2024-18\/profile\.json, content\/documents\/shi-fu-ban-2025-3\/profile\.json\)/u);
    expect(fixtureError((p) => (p.id = 'other-id'))).toMatch(/^content\/documents\/shi-fu-ban-2025-3\/profile\.json: 1 problem\(s\):\n {2}- field "id": "other-id" differs from the folder's name "shi-fu-ban-2025-3"/u);
  });
});

describe('the fixture document (示府办〔2025〕3号)', () => {
  const source = loadDocument('.', FIXTURE);

  it('is read by the generic reader and its profile: notice, two clusters, three measures, targets, horizons', () => {
    const { document } = source;
    expect(document.notice).toMatchObject({ number: '示府办〔2025〕3号', issuer: '示例市人民政府办公室', date: '2025-03-05', published: '2025-03-10' });
    expect(document.sectors.map((s) => [s.id, s.kind, s.zones, s.leads])).toEqual([
      ['2.1.1', 'cluster', ['songshan-lake'], ['industry-it']],
      ['2.1.2', 'cluster', ['binhaiwan'], ['science-technology']],
    ]);
    expect(document.measures.map((m) => [m.id, m.departments])).toEqual([
      ['3.1', ['development-reform', 'industry-it']],
      ['3.2', ['human-resources']],
      ['3.3', ['natural-resources', 'towns-and-parks']],
    ]);
    expect(document.targets.map((t) => [t.id, t.value, t.unit])).toEqual([
      ['output', 5000, '亿元'],
      ['clusters', 2, '个'],
    ]);
    expect(document.horizons).toEqual({ targetYear: 2027, outlooks: [{ from: 3, to: 5, goal: '形成特色', clause: '3至5年内形成特色' }] });
    expect(source.profile.related).toHaveLength(1);
  });

  it('builds a site model from its content only, with its profile and its own names in it', () => {
    // The search aliases are shared: they may name any document's sectors, today's among them.
    const sectorSlugs = [...sectorEntries(loadPolicy()), ...sectorEntries(source)].map((e) => e.id.split('/').at(-1)!);
    const site = buildSiteModel(source, joinSectorContent(sectorEntries(source), source.document, source.renderings), { sectorSlugs });
    expect(site.document).toMatchObject({ id: FIXTURE_ID, isDefault: false, akn: { country: 'cn', subtype: 'notice' }, issuerHosts: ['example.gov.cn'] });
    expect(site.sectors.map((s) => s.slug)).toEqual(['smart-terminals', 'advanced-materials']);
    expect(site.facts.number.en).toBe('Shi Fu Ban [2025] No. 3');
    expect(site.counts).toEqual({ clusters: 2, futures: 0, sectors: 2, measures: 3 });
    expect(site.document.captureSha256).toBe(source.capture.sha256);
    // The names the UI strings give it are its own, from its profile; the converted edition's names are the original's, converted.
    expect(site.facts.shortTitle).toEqual({ zh: '示例市培育新兴产业集群实施方案', en: 'Shili’s plan for fostering emerging industry clusters', 'zh-hant': '示例市培育新興產業集群實施方案' });
    expect(site.facts.publisher.name).toEqual({ zh: '示例市人民政府', en: 'Shili Municipal People’s Government', 'zh-hant': '示例市人民政府' });
    expect(site.facts.publisher.website['zh-hant']).toBe('示例市人民政府門戶網站');
    expect(site.facts.jurisdiction).toEqual({ zh: '示例省示例市', en: 'Shili, Shili Province, China', 'zh-hant': '示例省示例市' });
  });

  it('fails with the capture line and the profile field when the profile is wrong', () => {
    const capture = `content/documents/${FIXTURE_ID}/capture.txt`;
    const profile = `content/documents/${FIXTURE_ID}/profile.json`;
    expect(fixtureError((p) => (p.number = '^示府发〔\\d{4}〕\\d+号$'))).toBe(
      `${capture}:6: expected the document number matching /^示府发〔\\d{4}〕\\d+号$/ (as ${profile} says), found "示府办〔2025〕3号"`,
    );
    expect(fixtureError((p) => (p.parts.measures = '2'))).toBe(`${capture}:17: "（一）产业集群" does not end with its responsible departments in brackets (field "parts.measures")`);
    expect(fixtureError((p) => (p.outline['2.1'] = 3))).toBe(`${capture}:17: part 2.1 has 2 numbered children, expected 3 (${profile} field "outline")`);
    expect(fixtureError((p) => (p.targets[0].pattern = '(规上工业增加值超过)(\\d+)(亿元)'))).toBe(
      `${capture}:14: the targets paragraph does not state /(规上工业增加值超过)(\\d+)(亿元)/ (${profile} field "targets.0.pattern", target "output")`,
    );
    expect(fixtureError((p) => (p.issuer.name = '示例市人民政府'))).toMatch(new RegExp(`^${capture}:9: expected the issuer "示例市人民政府"`, 'u'));
    expect(fixtureError((p) => delete p.targets[1].pattern)).toMatch(new RegExp(`^${profile}: 1 problem\\(s\\):\\n {2}- field "targets\\.1\\.pattern": `, 'u'));
    expect(fixtureError((p) => (p.chrome.colour = 'red'))).toBe(`${profile}: 1 problem(s):\n  - unknown field(s) "chrome.colour"`);
    // A name needs its text in every authored edition, each in its edition's script.
    expect(fixtureError((p) => delete p.publisher.name.en)).toBe(`${profile}: 1 problem(s):\n  - field "publisher.name.en": Invalid input: expected string, received undefined`);
    expect(fixtureError((p) => (p.jurisdiction.en = '示例市'))).toBe(`${profile}: 1 problem(s):\n  - field "jurisdiction.en": contains letters outside the Latin script: 示例市`);
    // …and renders the terms, zones and departments it names as the translation does.
    expect(fixtureError((p) => (p.shortTitle = { zh: '示例市培育新兴产业集群实施方案（松山湖）', en: 'Shili’s plan for fostering emerging industry clusters (Lake Songshan)' }))).toBe(
      `Terms in content/documents/${FIXTURE_ID}/policy.en.json and ${profile}: 1 problem(s):\n  - ${profile}: field "shortTitle": the original has 松山湖 but the translation lacks "Songshan Lake" (content/zones.json "songshan-lake")`,
    );
  });

  it('lists a related document only where a source names it', () => {
    const profile = `content/documents/${FIXTURE_ID}/profile.json`;
    expect(fixtureError((p) => (p.related[0].source = '1.1'))).toBe(`${profile}: 1 problem(s):\n  - field "related.0.source": paragraph "1.1" does not name "示例市产业发展规划" or "示府〔2024〕1号"`);
    expect(fixtureError((p) => (p.related[0].source = 'https://mirror.example.com/plan.html'))).toMatch(/field "related\.0\.source": "https:\/\/mirror\.example\.com\/plan\.html" is neither a paragraph id/u);
    expect(() => loadDocuments(projectWithFixture((p) => (p.related[0].source = 'https://www.example.gov.cn/zwgk/plan.html')))).not.toThrow();
  });
});
