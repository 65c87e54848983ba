/**
 * After the build: moves each language's "not found" page to <locale>/404.html, writes the sitemap
 * (when SITE gives the absolute origin it needs) and robots.txt, and fills the site's
 * Content-Security-Policy into the header files for servers (_headers, .htaccess).
 */
import { existsSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readOutput } from './output-files.ts';
import type { Locale } from '../lib/locales.ts';
import { LOCALES } from '../lib/locales.ts';
import { type SitemapEntry, fillHeaderTemplate, pageCsp, robotsTxt, siteCsp, sitemapIndexXml, sitemapXml } from '../lib/webmaster.ts';

const HEADER_TEMPLATES = ['_headers', '.htaccess'];

export default function webmasterFiles(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'webmaster-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const locale of LOCALES) {
          const folder = join(out, locale, '404');
          renameSync(join(folder, 'index.html'), join(out, locale, '404.html'));
          rmdirSync(folder);
        }

        const pages = readOutput(out).filter((f) => f.path.endsWith('/index.html') && LOCALES.some((l) => f.path.startsWith(`${l}/`)));
        const absolute = (path: string) => new URL(`${base}${path}`, site).href;
        if (site) {
          const routes = new Map<string, SitemapEntry>();
          for (const page of pages) {
            const [locale, ...rest] = page.path.split('/');
            const route = rest.slice(0, -1).join('/');
            routes.set(route, { ...routes.get(route), [locale as Locale]: absolute(page.path.replace(/index\.html$/u, '')) });
          }
          writeFileSync(join(out, 'sitemap-0.xml'), sitemapXml([...routes.values()]));
          writeFileSync(join(out, 'sitemap-index.xml'), sitemapIndexXml([absolute('sitemap-0.xml')]));
        } else {
          logger.warn('SITE is not set: no sitemap (it needs absolute URLs), and robots.txt names none.');
        }
        writeFileSync(join(out, 'robots.txt'), robotsTxt(site && absolute('sitemap-index.xml')));

        const policies = pages.map((p) => pageCsp(p.text)).filter((p) => p !== undefined);
        const csp = siteCsp(policies);
        for (const name of HEADER_TEMPLATES) {
          const file = join(out, name);
          if (existsSync(file)) writeFileSync(file, fillHeaderTemplate(readFileSync(file, 'utf8'), { csp, base }));
        }
        logger.info(`${pages.length} pages: sitemap ${site ? 'written' : 'skipped'}, robots.txt, header files with the site's CSP.`);
      },
    },
  };
}
