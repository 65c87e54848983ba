/**
 * Content carries text, never code: a careless or compromised editor's mistakes, planted in a
 * throw-away copy of the project with the last good dist/ in place. Each build must fail naming the
 * file (and line where there is one), and leave dist/ byte for byte as it was. The content check runs
 * before Astro, so each of these builds fails in about a second: the mistakes are planted a group at
 * a time (each in its own file, so one cannot hide another), a build per group, in two copies side by
 * side. The rules themselves, one by one, are unit-tested in tests/unit/content-guard.test.ts.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/lib/publish/integrity.ts';
import { readAllFiles } from '../../src/lib/publish/output-files.ts';
import { DIST } from '../support/dist.ts';
import { type ProjectCopy, projectCopy } from '../support/project-copy.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

/** What a group plants, file by file, and what the failed build must then say. */
interface Group {
  name: string;
  plant: (copy: ProjectCopy) => void;
  /** Lines the output must contain, computed from the planted files. */
  expected: (copy: ProjectCopy) => string[];
  /** How many problems the build reports: one per planted fault, no cascade. */
  count: number;
}

const EDITABLE = ['content', 'public', 'src/locales'];
const lineIn = (copy: ProjectCopy, file: string, needle: string) => readFileSync(join(copy.dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
const appendLine = (copy: ProjectCopy, file: string, text: string) => copy.append(file, `\n${text}\n`);
/** Writes a key's line twice (the first "key": value line ending in a comma), as a copy-paste slip does. */
const duplicateFirstKey = (copy: ProjectCopy, file: string) => copy.edit(file, /^(\s*"[^"]+": [^\n]*,)$/mu, '$1\n$1');

const GROUPS: Group[] = [
  {
    name: 'code in MDX pages',
    plant: (copy) => {
      writeFileSync(join(copy.dir, 'public/analytics.js'), 'navigator.sendBeacon("/collect", document.cookie);\n');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/semiconductors.mdx`, '<script src="/analytics.js"></script>');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`, '<script>fetch("/collect")</script>');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/6g.mdx`, 'Photo: <img src="../../favicon.svg" onload="alert(1)" alt="">');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/biomedicine.mdx`, '![Chart](http://img.example.com/chart.png)');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/zh/biomedicine.mdx`, '<iframe src="https://video.example.com/embed/1"></iframe>');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/new-energy.mdx`, '<object data="/report.pdf"></object>');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/zh/new-energy.mdx`, '<embed src="/report.pdf">');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/new-materials.mdx`, '<form action="/apply"></form>');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/zh/new-materials.mdx`, '重点发展<span style="color:red">新材料</span>。');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/future-health.mdx`, 'See [the form](javascript:alert(1)).');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/zh/future-health.mdx`, '![图](data:image/png;base64,iVBORw0KGgo=)');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/en/embodied-intelligence.mdx`, 'Robots do {1 + 1} things.');
      copy.edit(`${DEFAULT_DOCUMENT}/sectors/zh/semiconductors.mdx`, '碳化硅', '碳化\u200b硅');
      appendLine(copy, `${DEFAULT_DOCUMENT}/sectors/zh/high-end-equipment.mdx`, '高端装备🚀。');
      copy.edit(`${DEFAULT_DOCUMENT}/sectors/en/high-end-equipment.mdx`, /^title: /mu, 'titel: ');
    },
    expected: (copy) => {
      const at = (file: string, needle: string) => `${file}:${lineIn(copy, file, needle)}:`;
      return [
        'public/analytics.js: a script this site does not ship',
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/semiconductors.mdx`, 'analytics.js')}1: <script> element`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`, '<script>')}1: <script> element`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/6g.mdx`, 'onload')}`,
        'onload= event handler',
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/biomedicine.mdx`, 'img.example.com')}10: address on another origin "http://img.example.com/chart.png"`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/biomedicine.mdx`, '<iframe')}1: <iframe> element`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/new-energy.mdx`, '<object')}1: <object> element`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/new-energy.mdx`, '<embed')}1: <embed> element`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/new-materials.mdx`, '<form')}1: <form> element`,
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/new-materials.mdx`, 'style=')}`,
        'style= attribute',
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/future-health.mdx`, 'javascript:')}`,
        'javascript: URL',
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/future-health.mdx`, 'data:image')}`,
        'data: URL',
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/embodied-intelligence.mdx`, '{1 + 1}')}`,
        'MDX expression',
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/semiconductors.mdx`, '\u200b')}`,
        'zero-width character U+200B (ZERO WIDTH SPACE)',
        `${at(`${DEFAULT_DOCUMENT}/sectors/zh/high-end-equipment.mdx`, '🚀')}`,
        'emoji U+1F680',
        `${at(`${DEFAULT_DOCUMENT}/sectors/en/high-end-equipment.mdx`, 'titel: ')}1: unknown frontmatter key "titel" (the keys are paragraph, title, icon, summary, priorities, technologies)`,
      ];
    },
    // Three lines carry two faults each: the <img> (its handler; an element at all), the <iframe> (the
    // element; its other origin) and the <span> (its style; an element at all).
    count: 19,
  },
  {
    name: 'code, markup, other origins and hidden characters in content strings',
    plant: (copy) => {
      copy.edit(`${DEFAULT_DOCUMENT}/policy.en.json`, '"title": "Guiding Thought"', '"title": "Guiding Thought<script>alert(1)</script>"');
      copy.edit('content/zones.json', /("en": "[^"]+)"/u, '$1 (see https://zones.example.com/map)"');
      copy.edit('content/glossary.json', /("en": ")/u, '$1<b>Note:</b> ');
      copy.edit('src/locales/en.json', '"title": "About this site"', '"title": "About <em>this</em> site"');
      copy.edit(`${DEFAULT_DOCUMENT}/measures.json`, /("en": ")/u, '$1\u202e');
      copy.edit('content/departments.json', /("en": "[^"]+)"/u, '$1\ue000"');
    },
    expected: (copy) => [
      `${DEFAULT_DOCUMENT}/policy.en.json:${lineIn(copy, `${DEFAULT_DOCUMENT}/policy.en.json`, '<script>')}:`,
      '<script> element: content carries text, never code (field "1.1.title")',
      `content/zones.json:${lineIn(copy, 'content/zones.json', 'zones.example.com')}:`,
      'address on another origin "https://zones.example.com/map"',
      `content/glossary.json:${lineIn(copy, 'content/glossary.json', '<b>')}:`,
      'markup "<b>" in a text string',
      `src/locales/en.json:${lineIn(copy, 'src/locales/en.json', '<em>')}:`,
      'markup "<em>" in a text string',
      `${DEFAULT_DOCUMENT}/measures.json:${lineIn(copy, `${DEFAULT_DOCUMENT}/measures.json`, '\u202e')}:`,
      'BIDI control U+202E (RIGHT-TO-LEFT OVERRIDE)',
      `content/departments.json:${lineIn(copy, 'content/departments.json', '\ue000')}:`,
      'private-use character U+E000',
    ],
    count: 6,
  },
  {
    name: 'strict reading: a key written twice in each data file, a byte order mark',
    plant: (copy) => {
      for (const file of ['content/departments.json', 'content/glossary.json', `${DEFAULT_DOCUMENT}/measures.json`, `${DEFAULT_DOCUMENT}/policy.en.json`, 'content/search-aliases.json', `${DEFAULT_DOCUMENT}/status.json`, 'src/locales/en.json']) duplicateFirstKey(copy, file);
      writeFileSync(join(copy.dir, 'content/zones.json'), `\uFEFF${readFileSync(join(copy.dir, 'content/zones.json'), 'utf8')}`);
    },
    expected: (copy) => [
      ...['content/departments.json', 'content/glossary.json', `${DEFAULT_DOCUMENT}/measures.json`, `${DEFAULT_DOCUMENT}/policy.en.json`, 'content/search-aliases.json', `${DEFAULT_DOCUMENT}/status.json`, 'src/locales/en.json'].map((file) => {
        const lines = readFileSync(join(copy.dir, file), 'utf8').split('\n');
        const second = lines.findIndex((l, i) => i > 0 && l === lines[i - 1] && /^\s*"/u.test(l)) + 1;
        return `${file}:${second}:`;
      }),
      'is written twice in one object (first on line',
      'content/zones.json:1:1: starts with a byte order mark (BOM, U+FEFF)',
    ],
    count: 8,
  },
  {
    name: 'files in public/: an unlisted 6 MB PNG and JPEG, an icon over its budget',
    plant: (copy) => {
      mkdirSync(join(copy.dir, 'public/img'));
      writeFileSync(join(copy.dir, 'public/img/chart.png'), Buffer.alloc(6 * 1024 * 1024));
      writeFileSync(join(copy.dir, 'public/photo.jpg'), Buffer.alloc(20 * 1024));
      copy.append('public/favicon.svg', `<!--${'x'.repeat(8 * 1024)}-->\n`);
    },
    expected: () => ['public/img/chart.png: a file (6.0 MB), not listed in src/lib/publish/public-files.ts', 'public/photo.jpg: a file (20.0 KB), not listed', 'public/favicon.svg: 8.', 'over its budget of 4.0 KB'],
    count: 3,
  },
  {
    name: 'a date not on the calendar',
    plant: (copy) => copy.edit(`${DEFAULT_DOCUMENT}/status.json`, /"lastChecked": "[^"]+"/u, '"lastChecked": "2026-02-30"'),
    expected: () => [`${DEFAULT_DOCUMENT}/status.json: "lastChecked": "2026-02-30" is not a calendar date (YYYY-MM-DD)`],
    count: 1,
  },
  {
    name: '"no fewer than" turned into "no more than" (the figure kept)',
    plant: (copy) => copy.edit(`${DEFAULT_DOCUMENT}/policy.en.json`, 'no fewer than 7', 'no more than 7'),
    expected: () => [`${DEFAULT_DOCUMENT}/policy.en.json: paragraph "1.2": "no more than" sets a ceiling the Chinese does not`],
    count: 1,
  },
];

interface Attempt {
  code: number;
  output: string;
  expected: string[];
}
const attempts = new Map<string, Attempt>();
const copies: ProjectCopy[] = [];
const distBefore = () => buildManifest(readAllFiles(DIST));

beforeAll(async () => {
  const lanes = [GROUPS.filter((_, i) => i % 2 === 0), GROUPS.filter((_, i) => i % 2 === 1)];
  await Promise.all(
    lanes.map(async (groups) => {
      const copy = projectCopy();
      copies.push(copy);
      cpSync(DIST, join(copy.dir, 'dist'), { recursive: true });
      for (const group of groups) {
        group.plant(copy);
        const expected = group.expected(copy);
        attempts.set(group.name, { ...(await copy.build()), expected });
        // Back to the project's own files for the next group.
        for (const folder of EDITABLE) {
          rmSync(join(copy.dir, folder), { recursive: true, force: true });
          cpSync(folder, join(copy.dir, folder), { recursive: true });
        }
      }
    }),
  );
}, 120_000);

afterAll(() => copies.forEach((copy) => copy.remove()));

describe('a build with a content mistake fails before building, naming the file and line', () => {
  it.each(GROUPS.map((g) => [g.name, g] as const))('%s', (name, group) => {
    const { code, output, expected } = attempts.get(name)!;
    expect(code, output).toBe(1);
    for (const text of expected) expect(output).toContain(text);
    expect(output).toContain(`Build FAILED: ${group.count} problem(s) in the content, found before building:`);
    expect(output).toContain('dist/ is left as it was (the last good build)');
    // Failed before Astro started: nothing was built.
    expect(output).not.toContain('[build]');
  });

  it('leaves each copy\'s dist/ byte for byte as it was, with nothing beside it', () => {
    const before = distBefore();
    for (const copy of copies) {
      expect(buildManifest(readAllFiles(join(copy.dir, 'dist')))).toEqual(before);
      expect(readdirSync(copy.dir).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    }
  });
});
