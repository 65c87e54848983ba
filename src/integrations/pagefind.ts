/**
 * Indexes the built site with Pagefind's Node API, so that `astro build` alone writes dist/pagefind/.
 * Pagefind makes one index per <html lang>; its npm binary is the extended build, which segments
 * Chinese. Only elements marked data-pagefind-body are indexed (the main content of each page).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

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
          const bundle = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) fail('writing', written.errors);
          // Pagefind also writes its ready-made UIs; the site uses its own search page, so they go.
          for (const ui of UNUSED_UI_FILES) rmSync(join(bundle, ui), { force: true });
          logger.info(`${added.page_count} pages indexed into pagefind/.`);
        } finally {
          await close();
        }
      },
    },
  };
}
