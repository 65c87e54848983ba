/**
 * The layers of src/ as docs/architecture.md draws them: components and layouts receive what they show
 * and never load the corpus; src/lib is pure TypeScript in its domains, with no Astro import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gmu)].map((m) => m[1]!);
/** The modules that load the documents and build the corpus, which only pages import. */
const CORPUS_MODULES = /(?:^|\/)(?:site-data|site-pages)(?:\.ts)?$|\/lib\/document\/load-policy\.ts$|astro:content/u;

describe('src/', () => {
  it('components and layouts import nothing that loads the corpus', () => {
    const found = ['src/components', 'src/layouts'].flatMap(filesUnder).flatMap((file) => importsOf(file).filter((m) => CORPUS_MODULES.test(m)).map((m) => `${file} imports ${m}`));
    expect(found).toEqual([]);
  });

  it('src/lib holds only its domains, and no module there imports Astro', () => {
    expect(readdirSync('src/lib', { withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    const astro = filesUnder('src/lib').flatMap((file) => importsOf(file).filter((m) => /^astro(?::|$|\/)/u.test(m)).map((m) => `${file} imports ${m}`));
    expect(astro).toEqual([]);
  });

  it('would see such an import', () => {
    expect(CORPUS_MODULES.test('../site-data.ts')).toBe(true);
    expect(CORPUS_MODULES.test('../lib/site/view.ts')).toBe(false);
  });
});
