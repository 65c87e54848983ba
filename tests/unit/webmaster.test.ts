import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import {
  apacheConfig,
  apacheDirectives,
  caddyConfig,
  cacheControlOf,
  checkedHeadersFile,
  headersFile,
  headersFileProblems,
  htaccess,
  iisConfig,
  isServed,
  lighttpdConfig,
  mimeTypesOf,
  netlifyRedirects,
  nginxConfig,
  vercelConfig,
} from '../../src/lib/publish/server-config.ts';
import { judgeProtections, type Sample } from '../../src/lib/publish/protections.ts';
import { pageCsp, robotsTxt, siteCsp, sitemapIndexXml, sitemapXml } from '../../src/lib/publish/webmaster.ts';

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
    // Every text type compressed, not only Debian's default text/html (which nginx refuses to list again).
    expect(config).toContain('gzip_types text/javascript application/manifest+json;');
  });

  it('give Apache the headers without <IfModule>, so that a missing mod_headers stops it', () => {
    const directives = apacheDirectives(site);
    // Only compression is optional: its two modules are each wrapped.
    expect(directives.match(/<IfModule (mod_[a-z]+)\.c>\n[^<]*<\/IfModule>/g)?.map((block) => block.split(/[ .]/)[1])).toEqual(['mod_brotli', 'mod_deflate']);
    expect(directives.replace(/<IfModule[^]*?<\/IfModule>|^#.*$/gm, '')).not.toContain('IfModule');
    expect(directives).toContain(`Header always set Content-Security-Policy "default-src 'self'"`);
    expect(directives).toContain('ErrorDocument 404 /policy/en/404.html');
    expect(htaccess(site)).toContain(directives);
    expect(apacheConfig(site, { root: '/srv/site', listen: '*:80' })).toContain('Alias /policy "/srv/site"');
  });
});

describe('the other hosts', () => {
  const site = { base: '/policy/', csp: "default-src 'self'; frame-ancestors 'none'", locales: ['zh', 'en'], extensions: ['html', 'js', 'json', 'pf_meta'] };
  const options = { root: '/srv/site', listen: 'http://:80' };

  it('give Caddy the headers again in its error route, and each edition its 404 page by the original path', () => {
    const config = caddyConfig(site, options);
    expect(config.match(/Content-Security-Policy "default-src 'self'; frame-ancestors 'none'"/g)).toHaveLength(2);
    const errors = config.slice(config.indexOf('handle_errors {'));
    expect(errors).toContain('Content-Type "text/html; charset=utf-8"');
    expect(errors).toContain('map {http.request.orig_uri.path} {site_not_found}');
    expect(errors.indexOf('~^/policy/zh/ /zh/404.html')).toBeLessThan(errors.indexOf('~^/policy/ /404.html'));
    expect(config).toContain('redir /policy /policy/ 301');
    expect(config).toContain('@hidden path_regexp hidden ^/policy/_headers$|/\\.');
    expect(config).toContain('header Content-Type application/json*');
  });

  it('give lighttpd a 404 that keeps its status, no 403 for folders or dot-files, and every header in each block', () => {
    const config = lighttpdConfig(site, { ...options, listen: '127.0.0.1:8080' });
    expect(config).not.toContain('error-handler-404');
    expect(config).toContain('$HTTP["url"] =~ "^/policy/en/" { server.error-handler = "/policy/en/404.html" }');
    expect(config).toContain('url.rewrite-once = ( "^(/policy/(?:.*/)?)(\\?.*)?$" => "$1index.html$2" )');
    expect(config.indexOf('"mod_setenv"')).toBeLessThan(config.indexOf('"mod_redirect"'));
    const blocks = config.split('setenv.set-response-header').slice(1);
    expect(blocks).toHaveLength(4);
    for (const block of blocks) expect(block).toContain('"Content-Security-Policy" => "default-src \'self\'; frame-ancestors \'none\'"');
    expect(config).toContain('server.bind = "127.0.0.1"\nserver.port = 8080');
    expect(config).toContain('deflate.allowed-encodings = ( "br", "gzip" )');
  });

  it('give IIS a well-formed web.config with a 404 page per edition and the headers', async () => {
    const config = iisConfig(site);
    // Formatting it (xmllint --format) parses it: a malformed file gives errors.
    const result = await validateXML({ xml: [{ fileName: 'web.config', contents: config }], normalization: 'format' });
    expect(result.errors).toEqual([]);
    expect(config).toContain('<location path="en">');
    expect(config).toContain('<error statusCode="404" path="/policy/en/404.html" responseMode="ExecuteURL" />');
    expect(config).toContain(`<add name="Content-Security-Policy" value="default-src 'self'; frame-ancestors 'none'" />`);
    expect(config).toContain('<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />');
  });

  it('give Vercel header routes before the files and a 404 route per edition after them', () => {
    const { routes } = JSON.parse(vercelConfig(site)) as { routes: { src?: string; handle?: string; status?: number; dest?: string; continue?: boolean; headers?: Record<string, string> }[] };
    const filesystem = routes.findIndex((r) => r.handle === 'filesystem');
    expect(routes.slice(0, filesystem).filter((r) => r.continue).every((r) => r.headers)).toBe(true);
    expect(routes.find((r) => r.src === '^/.*$')!.headers!['Content-Security-Policy']).toBe(site.csp);
    expect(routes.slice(filesystem + 1).map((r) => [r.src, r.status, r.dest])).toEqual([
      ['^/policy/zh/.*$', 404, '/policy/zh/404.html'],
      ['^/policy/en/.*$', 404, '/policy/en/404.html'],
      ['^/policy/.*$', 404, '/policy/404.html'],
    ]);
  });

  it("give every file Vercel's Cache-Control of the cache rules, where a later continuing route overrides an earlier one", () => {
    const { routes } = JSON.parse(vercelConfig(site)) as { routes: { src?: string; continue?: boolean; headers?: Record<string, string> }[] };
    const served = (path: string) =>
      routes.filter((r) => r.continue && r.src && new RegExp(r.src, 'u').test(path) && r.headers?.['Cache-Control']).at(-1)!.headers!['Cache-Control'];
    const year = 'public, max-age=31536000, immutable';
    expect(served('/policy/pagefind/fragment/zh_1a2b3c.pf_fragment')).toBe(year);
    expect(served('/policy/pagefind/pagefind.js')).toBe('public, max-age=3600');
    expect(served('/policy/_astro/page.1a2b3c.js')).toBe(year);
    expect(served('/policy/zh/index.html')).toBe('no-cache');
  });

  it('give Netlify its per-edition 404 rules', () => {
    expect(netlifyRedirects(site).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/policy/zh/*  /policy/zh/404.html  404',
      '/policy/en/*  /policy/en/404.html  404',
      '/policy/*  /policy/404.html  404',
    ]);
  });

  it("check _headers against Cloudflare's limits of 100 rules and 2,000 characters a line", () => {
    expect(headersFileProblems(headersFile(site))).toEqual([]);
    const long = headersFile({ ...site, csp: `default-src 'self'; script-src ${"'sha256-0000000000000000000000000000000000000000000='".repeat(40)}` });
    expect(headersFileProblems(long)).toEqual([expect.stringMatching(/^line 4 has 2\d{3} characters/)]);
    const many = Array.from({ length: 101 }, (_, i) => `/p${i}/*\n  X-A: b`).join('\n');
    expect(headersFileProblems(many)).toEqual(['101 rules (Cloudflare Pages reads at most 100)']);
    expect(headersFileProblems(Array.from({ length: 100 }, (_, i) => `/p${i}/*\n  X-A: ${'b'.repeat(1985)}`).join('\n'))).toEqual([]);
  });

  it('give the build and the CLI one checked _headers: the file itself, or an error naming the limit', () => {
    expect(checkedHeadersFile(site)).toBe(headersFile(site));
    const csp = `default-src 'self'; script-src ${"'sha256-0000000000000000000000000000000000000000000='".repeat(40)}`;
    expect(() => checkedHeadersFile({ ...site, csp })).toThrow(/^_headers is over Cloudflare Pages' limits: line 4 has 2\d{3} characters/);
  });
});

describe('the protections a deployment gives', () => {
  const secure = { 'content-security-policy': "default-src 'self'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'strict-transport-security': 'max-age=31536000', 'content-encoding': 'br' };
  const sample = (role: string, headers: Record<string, string>, status = 200): Sample => ({ role, url: `https://x/${role}`, status, headers, expectedBody: true, size: 5000 });

  it('are all there when every header arrives, HSTS judged on HTTPS only', () => {
    const all = [sample('page', secure), sample('script', secure), sample('data', secure), sample('not found', secure, 404)];
    expect(judgeProtections(all, true).filter((p) => !p.ok)).toEqual([]);
    const plain = Object.fromEntries(Object.entries(secure).filter(([k]) => k !== 'strict-transport-security'));
    const overHttp = judgeProtections(all.map((s) => ({ ...s, headers: plain })), false);
    expect(overHttp.find((p) => p.name === 'Strict-Transport-Security')).toMatchObject({ ok: true, notApplicable: true });
    expect(judgeProtections(all.map((s) => ({ ...s, headers: plain })), true).find((p) => p.name === 'Strict-Transport-Security')!.ok).toBe(false);
  });

  it('name what is missing: a header on some responses, compression, a soft 404', () => {
    const { 'x-content-type-options': _, 'content-encoding': __, ...weaker } = secure;
    const judged = judgeProtections([sample('page', secure), sample('script', weaker), sample('not found', secure, 200)], true);
    const failed = Object.fromEntries(judged.filter((p) => !p.ok).map((p) => [p.name, p.detail]));
    expect(Object.keys(failed)).toEqual(['X-Content-Type-Options: nosniff', 'compression', '404 status with the edition’s 404 page']);
    expect(failed['X-Content-Type-Options: nosniff']).toBe('missing on: script');
    expect(failed['compression']).toBe('not compressed: script');
    expect(failed['404 status with the edition’s 404 page']).toBe('status 200 for a page that does not exist');
    // A small file is not expected to be compressed; framing is refused by frame-ancestors alone.
    const small = { ...sample('script', { ...weaker, 'x-content-type-options': 'nosniff' }), size: 500 };
    const { 'x-frame-options': ___, ...noXfo } = { ...secure, 'x-frame-options': 'DENY' };
    expect(judgeProtections([sample('page', noXfo), small], false).filter((p) => !p.ok)).toEqual([]);
  });
});
