/**
 * After the build: the files for crawlers, the sitemap (when SITE gives the absolute origin it
 * needs) and robots.txt.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readOutput } from '../lib/publish/output-files.ts';
import { LOCALES, type Locale } from '../lib/editions/locales.ts';
import { type SitemapEntry, robotsTxt, sitemapIndexXml, sitemapXml } from '../lib/publish/webmaster.ts';

export default function crawlerFiles(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'crawler-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
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
        const robots = robotsTxt(site && absolute('sitemap-index.xml'));
        writeFileSync(join(out, 'robots.txt'), robots);
        if (base !== '/') {
          // Crawlers read robots.txt at the root of the host only, which this build does not own.
          logger.warn(`BASE is ${base}: robots.txt is written to ${base}robots.txt, where crawlers do not look. Add these lines to the robots.txt at the root of the host:\n${robots}`);
        }
        logger.info(`${pages.length} pages: sitemap ${site ? 'written' : 'skipped'}, robots.txt.`);
      },
    },
  };
}
