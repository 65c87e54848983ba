/**
 * Builds that must fail, each in a throw-away copy of the project with an editor's mistake in it:
 * the build exits non-zero, names the source file and line or field, and leaves the last good dist/
 * byte for byte as it was, with nothing of the mistake in it. The builds run side by side.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllFiles } from '../../src/lib/publish/output-files.ts';
import { INTEGRITY_FILE, buildManifest, compareToManifest, digestOf, parseManifest } from '../../src/lib/publish/integrity.ts';
import { DIST } from '../support/dist.ts';
import { type ProjectCopy, projectCopy } from '../support/project-copy.ts';
import { lineOf } from '../support/lines.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

// Built from parts: the terms themselves must not sit in the sources. English pages may hold no Chinese.
const spam = ['博', '彩'].join('');
const spamEn = ['European', 'Cup'].join(' ');

interface Attempt {
  copy: ProjectCopy;
  code: number;
  output: string;
}
const attempts: Record<'body' | 'yaml' | 'unknownKey' | 'overClaim', Attempt> = {} as never;

beforeAll(async () => {
  const make = async (name: keyof typeof attempts, mistake: (copy: ProjectCopy) => void) => {
    const copy = projectCopy();
    cpSync(DIST, join(copy.dir, 'dist'), { recursive: true });
    mistake(copy);
    attempts[name] = { copy, ...(await copy.build()) };
  };
  await Promise.all([
    // Found only after every page, the search index and the header files are written.
    make('body', (copy) => {
      copy.append(`${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`, `\n卫星通信${spam}专区。\n`);
      copy.append(`${DEFAULT_DOCUMENT}/sectors/en/semiconductors.mdx`, `\nSee the [${spamEn} list](../no-such-sector/).\n`);
      // A script that only a page's code could write (content cannot: its check fails first); the output guard finds it by hash.
      copy.edit('src/pages/[locale]/about.astro', "<h1>{t('about.title')}</h1>", `<h1>{t('about.title')}</h1><Fragment set:html={'<script>document.title = "x";</script>'} />`);
    }),
    make('yaml', (copy) => copy.edit(`${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`, /^title: /mu, 'title: [')),
    make('unknownKey', (copy) => copy.edit(`${DEFAULT_DOCUMENT}/sectors/en/6g.mdx`, /^title: /mu, 'subtitle: Next\ntitle: ')),
    // Explanations that say more than their clauses: a dropped 探索 and 支持, a task stated as done.
    make('overClaim', (copy) => {
      copy.edit(`${DEFAULT_DOCUMENT}/measures.json`, '探索通过设置园中园', '通过设置园中园');
      copy.append(`${DEFAULT_DOCUMENT}/sectors/zh/biomedicine.mdx`, '\n以松山湖、滨海湾为重点建设集聚区，生物医药产业发展高地已建成。\n');
    }),
  ]);
}, 300_000);

afterAll(() => {
  for (const attempt of Object.values(attempts)) attempt?.copy.remove();
});

describe('a build with spam and a broken link in MDX bodies, and a script the build did not write', () => {
  it('fails, naming each MDX file and line, and each page with the script', () => {
    const { code, output, copy } = attempts.body;
    expect(code).toBe(1);
    const zh = readFileSync(join(copy.dir, `${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`), 'utf8');
    const en = readFileSync(join(copy.dir, `${DEFAULT_DOCUMENT}/sectors/en/semiconductors.mdx`), 'utf8');
    expect(output).toContain(`${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx:${lineOf(zh, spam)}: spam term "${spam}"`);
    expect(output).toContain(`${DEFAULT_DOCUMENT}/sectors/en/semiconductors.mdx:${lineOf(en, spamEn)}: spam term "${spamEn}"`);
    expect(output).toContain(`${DEFAULT_DOCUMENT}/sectors/en/semiconductors.mdx:${lineOf(en, 'no-such-sector')}: link "../no-such-sector/" names no file`);
    for (const locale of ['zh', 'en', 'zh-hant']) {
      expect(output).toMatch(new RegExp(`  - ${locale}/about/index\\.html:\\d+: inline script whose hash the build did not put in the page's Content-Security-Policy`, 'u'));
    }
    // The new words, converted for 繁體, put 彩 (彩 or 綵) in a context the review list lacks: named too, once.
    const context = `"信${spam.slice(0, 1)}[${spam.slice(1)}]专区" → ${spam.slice(1)} is not in the review list`;
    expect(output).toContain(`Traditional conversion (content/zh-hant-conversion.json): 1 context(s) not reviewed`);
    expect(output.split(context)).toHaveLength(2);
    expect(output).toContain('Build FAILED');
    expect(output).toContain('dist/ is left as it was');
  });

  it('leaves the last good dist/ byte for byte, verifying against its own manifest, with no trace of the spam', () => {
    const { copy } = attempts.body;
    const before = readAllFiles(DIST);
    const after = readAllFiles(join(copy.dir, 'dist'));
    expect(buildManifest(after)).toEqual(buildManifest(before));
    const manifest = parseManifest(readFileSync(join(copy.dir, 'dist', INTEGRITY_FILE), 'utf8'));
    const actual = new Map(after.map((f) => [f.path, digestOf(f.bytes)]));
    expect(compareToManifest(manifest, actual, { unexpected: [...actual.keys()] })).toEqual({ changed: [], missing: [], unexpected: [] });
    expect(after.filter((f) => Buffer.from(f.bytes).includes(spam) || Buffer.from(f.bytes).includes(spamEn)).map((f) => f.path)).toEqual([]);
    // Nothing half-written beside it either: no staging folder is left.
    expect(readdirSync(copy.dir).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  });
});

describe('editor mistakes in MDX frontmatter', () => {
  it('a YAML error fails the build naming the file and line', () => {
    const { code, output } = attempts.yaml;
    expect(code).toBe(1);
    // js-yaml notices the unclosed "[" of line 3 where line 4 begins.
    expect(output).toMatch(/content\/documents\/dong-fu-ban-2024-18\/sectors\/zh\/6g\.mdx:[34]:/u);
    expect(output).toContain('Build FAILED');
  });

  it('an unknown key fails the build naming the file, its line and the allowed keys, before Astro starts', () => {
    const { code, output, copy } = attempts.unknownKey;
    expect(code).toBe(1);
    const line = lineOf(readFileSync(join(copy.dir, `${DEFAULT_DOCUMENT}/sectors/en/6g.mdx`), 'utf8'), 'subtitle:');
    expect(output).toContain(`${DEFAULT_DOCUMENT}/sectors/en/6g.mdx:${line}:1: unknown frontmatter key "subtitle" (the keys are paragraph, title, icon, summary, priorities, technologies)`);
    expect(output).not.toContain('[build]');
  });
});

describe('explanations that say more than their clauses', () => {
  it('fail the build naming the file and the claim, and leave dist/ as it was', () => {
    const { code, output, copy } = attempts.overClaim;
    expect(code).toBe(1);
    expect(output).toContain(`${DEFAULT_DOCUMENT}/measures.json "3.4.zh": drops “探索” (explore)`);
    expect(output).toMatch(/content\/documents\/dong-fu-ban-2024-18\/sectors\/zh\/biomedicine\.mdx: body paragraph 3: drops “支持” \(support\): paragraph 2\.1\.6 puts “松山湖” under it/u);
    expect(output).toMatch(/content\/documents\/dong-fu-ban-2024-18\/sectors\/zh\/biomedicine\.mdx: body paragraph 3: states as done \(“已建”\) what paragraph 2\.1\.6 sets as a task — in “以松山湖、滨海湾为重点建设集聚区/u);
    expect(output).toContain('Build FAILED');
    expect(buildManifest(readAllFiles(join(copy.dir, 'dist')))).toEqual(buildManifest(readAllFiles(DIST)));
  });
});
