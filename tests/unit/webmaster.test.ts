import { describe, expect, it } from 'vitest';
import { pageCsp, robotsTxt, siteCsp, sitemapIndexXml, sitemapXml } from '../../src/lib/webmaster.ts';

describe('sitemap and robots.txt', () => {
  it('list each page once per language with all its alternates', () => {
    const xml = sitemapXml([{ zh: 'https://x.cn/p/zh/', en: 'https://x.cn/p/en/' }]);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://x.cn/p/en/</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="https://x.cn/p/zh/"/><xhtml:link rel="alternate" hreflang="en" href="https://x.cn/p/en/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://x.cn/p/zh/"/></url>');
    expect(sitemapIndexXml(['https://x.cn/a&b.xml'])).toContain('<loc>https://x.cn/a&amp;b.xml</loc>');
    expect(robotsTxt('https://x.cn/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.cn/sitemap-index.xml\n');
    expect(robotsTxt()).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('the site-wide Content-Security-Policy', () => {
  it('is read from a page and merged across pages, with frame-ancestors added', () => {
    const page = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-a&#39;">`;
    expect(pageCsp(page)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
    expect(siteCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
  });
});
