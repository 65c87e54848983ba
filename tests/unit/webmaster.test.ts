import { describe, expect, it } from 'vitest';
import { apacheConfig, apacheDirectives, cacheControlOf, htaccess, isServed, mimeTypesOf, nginxConfig } from '../../src/lib/server-config.ts';
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

describe('the server rules', () => {
  const site = { base: '/policy/', csp: "default-src 'self'", locales: ['zh', 'en'], extensions: ['html', 'js', 'webmanifest', 'pf_meta'] };

  it('cache hashed files for a year, Pagefind entry files for an hour, the rest revalidated', () => {
    expect(cacheControlOf('_astro/SearchPanel.BL37qugY.js')).toMatch(/max-age=31536000, immutable/);
    expect(cacheControlOf('pagefind/fragment/zh-cn_1a2b.pf_fragment')).toMatch(/max-age=31536000, immutable/);
    expect(cacheControlOf('pagefind/pagefind.js')).toBe('public, max-age=3600');
    expect(cacheControlOf('zh/index.html')).toBe('no-cache');
    expect(cacheControlOf('data/sectors.csv')).toBe('no-cache');
  });

  it('serve no dot-file and not the other hosts’ _headers', () => {
    expect(['.htaccess', 'a/.git/config', '_headers', 'zh/index.html', 'zh/_headers'].filter(isServed)).toEqual(['zh/index.html', 'zh/_headers']);
  });

  it('refuse an extension without a known MIME type rather than send it as bytes', () => {
    expect(() => mimeTypesOf(['html', 'avif'])).toThrow(/no MIME type is known for "\.avif"/);
  });

  it('give nginx every header at the server level and none in a location (which would drop the others)', () => {
    const config = nginxConfig(site, { root: '/srv/site', listen: '80' });
    const locations = config.slice(config.indexOf('    location'));
    expect(locations).not.toContain('add_header');
    expect(config.match(/add_header [\w-]+ .* always;/g)).toHaveLength(7);
    expect(config).toContain('location = /policy { return 301 /policy/; }');
    expect(config).toContain('application/manifest+json webmanifest;');
    expect(config).toContain('"~^/policy/zh/" /policy/zh/404.html;');
  });

  it('give Apache the headers without <IfModule>, so that a missing mod_headers stops it', () => {
    const directives = apacheDirectives(site);
    expect(directives).not.toMatch(/^\s*<IfModule/m);
    expect(directives).toContain(`Header always set Content-Security-Policy "default-src 'self'"`);
    expect(directives).toContain('ErrorDocument 404 /policy/en/404.html');
    expect(htaccess(site)).toContain(directives);
    expect(apacheConfig(site, { root: '/srv/site', listen: '*:80' })).toContain('Alias /policy "/srv/site"');
  });
});
