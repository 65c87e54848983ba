/**
 * The site's explanatory texts read from content/ as the build reads them, for unit tests without
 * Astro: the sector pages' title, summary and body through the content check's strict reader, and the
 * measure summaries, the 解读 and the 问答 from the loaded policy source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkMdxFile } from '../../src/lib/document/sector-file.ts';
import { AUTHORED_LOCALES, ORIGINAL } from '../../src/lib/editions/locales.ts';
import type { SectorEntry } from '../../src/lib/document/sector-content.ts';
import { source } from './model.ts';

const SECTORS_DIR = source.files.sectors;

/** A sector page read strictly; its problems, if any, stop the test as they stop the build. */
function readSectorPage(file: string): SectorEntry {
  const { problems, entry } = checkMdxFile(file, readFileSync(file, 'utf8'));
  if (!entry) throw new Error(`${file}: ${problems.join('; ')}`);
  return entry;
}

/** Each sector page per authored edition: its file, front matter and body. */
function sectorFiles() {
  const slugs = readdirSync(`${SECTORS_DIR}/${ORIGINAL}`).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/u, ''));
  return slugs.map((slug) => {
    const page = Object.fromEntries(
      AUTHORED_LOCALES.map((locale) => {
        const file = `${SECTORS_DIR}/${locale}/${slug}.mdx`;
        const { data, body = '' } = readSectorPage(file);
        return [locale, { file, data, body }];
      }),
    );
    return { slug, page };
  });
}

export function explanatoryTexts() {
  const sectors = sectorFiles().map(({ page }) => {
    const per = <T>(f: (p: (typeof page)[string]) => T) => Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, f(page[l]!)]));
    return { file: per((p) => p.file), paragraph: page[ORIGINAL]!.data.paragraph, summary: per((p) => p.data.summary), body: per((p) => p.body), name: per((p) => p.data.title) };
  });
  return {
    files: { measures: source.files.measures, explained: source.files.explained, questions: source.files.questions },
    measureSummaries: source.measureSummaries,
    sectors,
    explained: source.explained,
    questions: source.questions,
  };
}
