/**
 * After the pages and the search index are written: the header files for servers (_headers for
 * Netlify and Cloudflare Pages, .htaccess for Apache), filled with the site's Content-Security-Policy,
 * base, cache rules and the MIME types of the files the build contains.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type ServedSite, checkedHeadersFile, extensionOf, htaccess, isServed } from '../lib/publish/server-config.ts';
import { LOCALES } from '../lib/editions/locales.ts';
import { pageCsp, siteCsp } from '../lib/publish/webmaster.ts';
import { listFiles } from '../lib/publish/output-files.ts';

/**
 * What a server must know about the build in dir: its CSP is the union of the policies of its pages,
 * the extensions those of the files it serves.
 */
export function servedSiteOf(dir: string, base: string): ServedSite {
  const paths = listFiles(dir).filter(isServed);
  const pages = paths.filter((path) => path.endsWith('.html')).map((path) => pageCsp(readFileSync(join(dir, path), 'utf8')));
  const csp = siteCsp(pages.filter((p) => p !== undefined));
  const extensions = paths.map(extensionOf).filter((ext) => ext !== undefined);
  return { base, csp, locales: LOCALES, extensions };
}

export default function serverFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'server-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = servedSiteOf(out, base);
        writeFileSync(join(out, '_headers'), checkedHeadersFile(site));
        writeFileSync(join(out, '.htaccess'), htaccess(site));
        logger.info(`_headers and .htaccess written for base ${base} (npm run server-config -- nginx|apache prints a server configuration).`);
      },
    },
  };
}
