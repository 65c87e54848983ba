/**
 * After the build, for the reader tools (PageTools.astro): writes each edition's file list for "save
 * for offline reading", states its size in the pages, and writes the service worker with the
 * deployment's cache version. Runs before the integrity manifest, which must hash the result.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITION_KB_SLOT, SEARCH_KB_SLOT, SERVICE_WORKER_FILE, cacheVersion, editionList, editionListFile, kilobytes } from '../lib/publish/offline.ts';
import { t } from '../lib/editions/i18n.ts';
import { LOCALES, languageTag } from '../lib/editions/locales.ts';
import { readAllFiles } from '../lib/publish/output-files.ts';

/** The lines of public/sw.js that the build replaces with the deployment's version and the editions' offline pages. */
const VERSION_LINE = /^const VERSION = 'development';$/mu;
const OFFLINE_PAGES_LINE = /^const OFFLINE_PAGES = \{\};$/mu;

/**
 * What the worker says, per edition, in place of a page neither opened nor saved: UI strings like any
 * page's, keyed by the edition's path below the site root.
 */
function offlinePages(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const page = {
        lang: languageTag(locale),
        title: t(locale, 'tools.unsavedTitle'),
        text: t(locale, 'tools.unsavedText'),
        search: t(locale, 'tools.searchNeedsNetwork'),
        query: t(locale, 'search.label'),
        home: t(locale, 'nav.home'),
      };
      return [`${locale}/`, page];
    }),
  );
}

/**
 * Writes dist/sw.js from the source with the version of `files`, what is in outDir now (read from
 * it unless given); also used by the tests to "deploy" a changed copy.
 */
export function writeServiceWorker(outDir: string, source: string, files: Parameters<typeof cacheVersion>[0] = readAllFiles(outDir)): string {
  if (!VERSION_LINE.test(source)) throw new Error(`public/${SERVICE_WORKER_FILE}: no line "const VERSION = 'development';" to set the cache version in`);
  if (!OFFLINE_PAGES_LINE.test(source)) throw new Error(`public/${SERVICE_WORKER_FILE}: no line "const OFFLINE_PAGES = {};" to set the offline pages in`);
  const version = cacheVersion(files);
  const written = source.replace(VERSION_LINE, `const VERSION = '${version}';`).replace(OFFLINE_PAGES_LINE, () => `const OFFLINE_PAGES = ${JSON.stringify(offlinePages())};`);
  writeFileSync(join(outDir, SERVICE_WORKER_FILE), written);
  return version;
}

export default function offlineReading(): AstroIntegration {
  let publicDir = '';
  let base = '/';
  return {
    name: 'offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);

        const files = new Map(readAllFiles(outDir).map((f) => [f.path, f.bytes]));
        // What this hook writes, kept so that the cache version covers it without reading dist/ again.
        const written = new Map<string, Uint8Array>();
        const write = (path: string, text: string) => {
          mkdirSync(dirname(join(outDir, path)), { recursive: true });
          writeFileSync(join(outDir, path), text);
          written.set(path, new TextEncoder().encode(text));
        };
        for (const locale of LOCALES) {
          const list = editionList(files, locale, languageTag(locale), base);
          write(editionListFile(locale), `${JSON.stringify(list)}\n`);
          for (const page of [...files.keys()].filter((p) => p.startsWith(`${locale}/`) && p.endsWith('.html'))) {
            const html = new TextDecoder().decode(files.get(page));
            if (!html.includes(EDITION_KB_SLOT)) continue;
            const filled = html
              .replaceAll(EDITION_KB_SLOT, `<span data-edition-kb>${kilobytes(list.bytes)}</span>`)
              .replaceAll(SEARCH_KB_SLOT, `<span data-search-kb>${kilobytes(list.searchBytes)}</span>`);
            write(page, filled);
          }
          logger.info(`/${locale}/ for offline reading: ${list.files.length} files, ${kilobytes(list.bytes)} KB; search adds ${kilobytes(list.searchBytes)} KB.`);
        }

        const now = [...new Map([...files, ...written])].map(([path, bytes]) => ({ path, bytes }));
        const version = writeServiceWorker(outDir, readFileSync(join(publicDir, SERVICE_WORKER_FILE), 'utf8'), now);
        logger.info(`${SERVICE_WORKER_FILE}: cache version ${version}.`);
      },
    },
  };
}
