/**
 * Indexes the built site with Pagefind's Node API, so that `astro build` alone writes dist/pagefind/.
 * Pagefind makes one index per <html lang>; its npm binary is the extended build, which segments
 * Chinese. Only elements marked data-pagefind-body are indexed (the main content of each page).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  - ${errors.join('\n  - ')}`);
        };
        try {
          const { index, errors } = await createIndex({});
          if (!index) return fail('createIndex', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail('indexing', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writing', written.errors);
          logger.info(`${added.page_count} pages indexed into pagefind/.`);
        } finally {
          await close();
        }
      },
    },
  };
}
