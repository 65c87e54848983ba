/**
 * Today's site model with its real sector pages (their front matter and body, read as the content
 * check reads them), for tests whose figures depend on the real texts, such as a size budget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkMdxFile } from '../../src/lib/document/sector-file.ts';
import { type SectorEntry, joinSectorContent } from '../../src/lib/document/sector-content.ts';
import { buildSiteModel } from '../../src/lib/document/site-model.ts';
import { AUTHORED_LOCALES } from '../../src/lib/editions/locales.ts';
import { source } from './model.ts';

const entries: SectorEntry[] = AUTHORED_LOCALES.flatMap((locale) => {
  const dir = `${source.files.sectors}/${locale}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = `${dir}/${f}`;
      const { problems, entry } = checkMdxFile(file, readFileSync(file, 'utf8'));
      if (!entry) throw new Error(`${file}: ${problems.join('; ')}`);
      return { ...entry, id: `${source.id}/sectors/${locale}/${f.replace(/\.mdx$/u, '')}` };
    });
});

export const realSite = buildSiteModel(source, joinSectorContent(entries, source.document, source.renderings));
