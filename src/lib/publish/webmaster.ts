/**
 * Files for search engines and servers, written after the build: the sitemap with language
 * alternates, robots.txt, and the site-wide Content-Security-Policy for the server files.
 */
import { LOCALES, type Locale, ORIGINAL, languageTag } from '../editions/locales.ts';

const xml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

/** A page of the sitemap: its URL in each language that has it. */
export type SitemapEntry = Partial<Record<Locale, string>>;

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.flatMap((entry) =>
    LOCALES.filter((l) => entry[l]).map((locale) => {
      const alternates = LOCALES.filter((l) => entry[l]).map((l) => `<xhtml:link rel="alternate" hreflang="${languageTag(l)}" href="${xml(entry[l]!)}"/>`);
      const original = entry[ORIGINAL];
      if (original) alternates.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${xml(original)}"/>`);
      return `<url><loc>${xml(entry[locale]!)}</loc>${alternates.join('')}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  const items = sitemapUrls.map((url) => `<sitemap><loc>${xml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

export function robotsTxt(sitemapIndexUrl?: string): string {
  return `User-agent: *\nAllow: /\n${sitemapIndexUrl ? `\nSitemap: ${sitemapIndexUrl}\n` : ''}`;
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/u;

/** The Content-Security-Policy of a built page, from its <meta>. */
export const pageCsp = (html: string): string | undefined => CSP_META.exec(html)?.[1]?.replace(/&#39;/gu, "'");

/**
 * One policy for a whole site from the policies of its pages: for each directive the union of its
 * sources, so a header that applies to every file allows what each page's own <meta> allows.
 * frame-ancestors, which a <meta> cannot set, is added: no page may be framed by another site.
 */
export function siteCsp(pagePolicies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/u);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
