/**
 * After the build: moves each edition's "not found" page from <locale>/404/index.html to
 * <locale>/404.html, the name hosts look for in a folder (the site-wide 404.html is built as it is).
 */
import { renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/editions/locales.ts';

export default function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const locale of LOCALES) {
          const folder = join(out, locale, '404');
          renameSync(join(folder, 'index.html'), join(out, locale, '404.html'));
          rmdirSync(folder);
        }
      },
    },
  };
}
