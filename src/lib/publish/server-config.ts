/**
 * How a server must serve the built site, in one place: its security headers, caching, MIME types,
 * per-language 404 pages, the redirect of the base without its slash and the refusal of dot-files.
 * From it come the header files the build writes (_headers, .htaccess) and the configurations that
 * `npm run server-config -- nginx|apache` prints. Pure: the callers read the built files.
 */

/** What a server needs to know about one build. */
export interface ServedSite {
  /** '/' or '/sub/path/'. */
  base: string;
  /** The site-wide Content-Security-Policy (see siteCsp). */
  csp: string;
  /** The first path segment of each edition ('zh', 'en', …), each with its own 404.html. */
  locales: readonly string[];
  /** The file extensions the build contains, without the dot. */
  extensions: readonly string[];
}

/** Sent with every response: pages, scripts, data, search files, errors and redirects. */
export const securityHeaders = (csp: string): [string, string][] => [
  ['Content-Security-Policy', csp],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

const YEAR = 'public, max-age=31536000, immutable';
/** Pages, data, the service worker (sw.js) and everything not matched below are revalidated, so a new build shows at once. */
export const DEFAULT_CACHE = 'no-cache';
/**
 * Cache-Control by the path below the base, first match wins. Files whose names carry a content hash
 * never change: a year. Pagefind's entry files and engine keep their names between builds: an hour.
 */
export const CACHE_RULES: readonly { path: RegExp; value: string }[] = [
  { path: /^_astro\//u, value: YEAR },
  { path: /^pagefind\/.+\.pf_[a-z]+$/u, value: YEAR },
  { path: /^pagefind\//u, value: 'public, max-age=3600' },
];

export const cacheControlOf = (path: string): string => CACHE_RULES.find((rule) => rule.path.test(path))?.value ?? DEFAULT_CACHE;

/** MIME type of each extension a build may contain; text types are sent with charset=utf-8. */
export const MIME_TYPES: Record<string, { type: string; text: boolean }> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  xml: { type: 'application/xml', text: true },
  txt: { type: 'text/plain', text: true },
  csv: { type: 'text/csv', text: true },
  svg: { type: 'image/svg+xml', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  wasm: { type: 'application/wasm', text: false },
  png: { type: 'image/png', text: false },
  ico: { type: 'image/x-icon', text: false },
  // Pagefind's compressed engine and index chunks: bytes its script fetches and unpacks itself.
  pagefind: { type: 'application/octet-stream', text: false },
  pf_meta: { type: 'application/octet-stream', text: false },
  pf_index: { type: 'application/octet-stream', text: false },
  pf_fragment: { type: 'application/octet-stream', text: false },
  pf_filter: { type: 'application/octet-stream', text: false },
};

/**
 * The types a server compresses on the fly: every text type and WebAssembly. Pagefind's engine and
 * index (.pagefind, .pf_*) are gzip files already and go out as they are.
 */
export function compressibleTypes(site: ServedSite): string[] {
  const types = mimeTypesOf(site.extensions).filter(([, mime]) => mime.text || mime.type === 'application/wasm');
  return [...new Set(types.map(([, mime]) => mime.type))];
}

/** The extension of a served file ("a/b.pf_meta" → "pf_meta"); none for dot-files, which are never served. */
export function extensionOf(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}

/** Written for other hosts (Netlify and Cloudflare Pages read it; they do not serve it). */
export const OTHER_HOSTS_FILE = '_headers';
/**
 * A file a server hands out. Dot-files (.htaccess, .git/…) and the other hosts' _headers are refused
 * by every configuration here, and `npm run verify` checks them in a folder only: they configure a
 * server, they are not the site, and a request for a dot-file is a scanner's probe. integrity.json is
 * served on purpose: it is the build's public statement of what it wrote, for anyone to compare with
 * their own rebuild (it names only files that are public anyway).
 */
export const isServed = (path: string): boolean => path !== OTHER_HOSTS_FILE && path.split('/').every((segment) => !segment.startsWith('.'));

/** The types of the extensions of a build; an extension without a known type fails rather than go out as octet-stream. */
export function mimeTypesOf(extensions: readonly string[]): [string, { type: string; text: boolean }][] {
  return [...new Set(extensions)].sort().map((ext) => {
    const mime = MIME_TYPES[ext];
    if (!mime) throw new Error(`no MIME type is known for ".${ext}" files: add one to MIME_TYPES in src/lib/publish/server-config.ts`);
    return [ext, mime];
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\#]/gu, '\\$&');
const quoted = (value: string) => `"${value.replace(/["\\]/gu, '\\$&')}"`;
/** The base without its final slash, for the redirect of "/policy" to "/policy/"; empty at the root. */
const bareBase = (base: string) => base.replace(/\/$/u, '');
/** A URL-path regular expression for a cache rule: the rule's pattern below the base. */
const urlPattern = (base: string, path: RegExp) => `^${escapeRegExp(base)}${path.source.replace(/^\^/u, '').replaceAll('\\/', '/')}`;

/** Apache directives for the site's folder: the same in .htaccess and in a <Directory> section. */
export function apacheDirectives(site: ServedSite): string {
  const { base } = site;
  const types = mimeTypesOf(site.extensions);
  const lines = [
    'Options -Indexes',
    'DirectoryIndex index.html',
    '',
    '# Not found: the page of the edition the URL is in, else the bilingual one at the root.',
    `ErrorDocument 404 ${base}404.html`,
    ...site.locales.flatMap((locale) => [`<If "%{REQUEST_URI} =~ m#^${escapeRegExp(base)}${locale}/#">`, `  ErrorDocument 404 ${base}${locale}/404.html`, '</If>']),
    '',
    `# Dot-files (this one included) and ${OTHER_HOSTS_FILE} are not part of the site.`,
    'RedirectMatch 404 "/\\."',
    `RedirectMatch 404 "^${escapeRegExp(base)}${OTHER_HOSTS_FILE}$"`,
    '',
    ...types.map(([ext, mime]) => `AddType ${mime.type} .${ext}`),
    `AddCharset utf-8 ${types.filter(([, mime]) => mime.text).map(([ext]) => `.${ext}`).join(' ')}`,
    '',
    '# Compression of every text type: Brotli where mod_brotli is loaded (Debian ships it), else gzip.',
    '# Each module leaves alone a response the other has encoded; both add Vary: Accept-Encoding.',
    '<IfModule mod_brotli.c>',
    `  AddOutputFilterByType BROTLI_COMPRESS ${compressibleTypes(site).join(' ')}`,
    '</IfModule>',
    '<IfModule mod_deflate.c>',
    `  AddOutputFilterByType DEFLATE ${compressibleTypes(site).join(' ')}`,
    '</IfModule>',
    '',
    '# No <IfModule> around the headers: without mod_headers Apache must refuse to start, not serve the site unprotected.',
    ...securityHeaders(site.csp).map(([name, value]) => `Header always set ${name} ${quoted(value)}`),
    '',
    ...CACHE_RULES.flatMap((rule, i) => [
      `<${i === 0 ? 'If' : 'ElseIf'} "%{REQUEST_URI} =~ m#${urlPattern(base, rule.path)}#">`,
      `  Header always set Cache-Control ${quoted(rule.value)}`,
      `</${i === 0 ? 'If' : 'ElseIf'}>`,
    ]),
    '<Else>',
    `  Header always set Cache-Control ${quoted(DEFAULT_CACHE)}`,
    '</Else>',
  ];
  return `${lines.join('\n')}\n`;
}

/** dist/.htaccess, for Apache hosts where only the site's folder can be configured. */
export const htaccess = (site: ServedSite): string =>
  `# Apache 2.4 settings for this site, written by the build (npm run server-config -- apache prints a\n` +
  `# server configuration with the same directives). Needs AllowOverride All and mod_headers, mod_alias,\n` +
  `# mod_mime and mod_dir (Debian: a2enmod headers); compresses with mod_brotli or mod_deflate where loaded.\n${apacheDirectives(site)}`;

/** dist/_headers, for Netlify and Cloudflare Pages (path patterns, no regular expressions). */
export function headersFile(site: ServedSite): string {
  const block = (pattern: string, headers: [string, string][]) => [pattern, ...headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n');
  return `${[
    '# Headers for Netlify and Cloudflare Pages, written by the build.',
    block(`${site.base}*`, securityHeaders(site.csp)),
    '# Bundled CSS and scripts carry a content hash in their names: cache them for a year.',
    block(`${site.base}_astro/*`, [['Cache-Control', YEAR]]),
    "# Pagefind's files: an hour (its chunk names carry hashes, but these hosts match no file extension).",
    block(`${site.base}pagefind/*`, [['Cache-Control', 'public, max-age=3600']]),
  ].join('\n\n')}\n`;
}

export interface ServerOptions {
  /** The folder on the server that holds the uploaded dist/. */
  root: string;
  /** nginx `listen` value, or the address of Apache's <VirtualHost>. */
  listen: string;
  serverName?: string;
}

/** A ready nginx configuration (for the http context, e.g. /etc/nginx/sites-available/). */
export function nginxConfig(site: ServedSite, options: ServerOptions): string {
  const { base } = site;
  const id = `site_${bareBase(base).replace(/[^a-z0-9]+/giu, '_') || 'root'}`;
  const root = options.root.endsWith('/') ? options.root : `${options.root}/`;
  const types = mimeTypesOf(site.extensions);
  const lines = [
    `# nginx configuration for the site built with base ${base}; generated by npm run server-config -- nginx.`,
    '# Every header is set at the server level and no location adds one: a location with its own',
    '# add_header would drop all the inherited ones (nginx\'s rule), leaving scripts without the CSP.',
    `map $uri $${id}_cache_control {`,
    `    default ${quoted(DEFAULT_CACHE)};`,
    ...CACHE_RULES.map((rule) => `    ${quoted(`~${urlPattern(base, rule.path)}`)} ${quoted(rule.value)};`),
    '}',
    `map $uri $${id}_not_found {`,
    `    default ${base}404.html;`,
    ...site.locales.map((locale) => `    ${quoted(`~^${escapeRegExp(base)}${locale}/`)} ${base}${locale}/404.html;`),
    '}',
    'server {',
    `    listen ${options.listen};`,
    `    server_name ${options.serverName ?? '_'};`,
    '    server_tokens off;',
    '    absolute_redirect off;',
    ...securityHeaders(site.csp).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
    `    add_header Cache-Control $${id}_cache_control always;`,
    '    # Only the types the site uses (a types block replaces the inherited list).',
    '    types {',
    ...types.map(([ext, mime]) => `        ${mime.type} ${ext};`),
    '    }',
    '    default_type application/octet-stream;',
    '    charset utf-8;',
    `    charset_types ${[...new Set(types.filter(([, m]) => m.text && m.type !== 'text/html').map(([, m]) => m.type))].join(' ')};`,
    "    # Every text type compressed, not only HTML as with Debian's nginx.conf alone (text/html is implied).",
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 5;',
    '    gzip_min_length 256;',
    `    gzip_types ${compressibleTypes(site).filter((type) => type !== 'text/html').join(' ')};`,
    "    # Brotli is not built into Debian's nginx: with libnginx-mod-http-brotli-filter installed, add",
    `    # brotli on; brotli_comp_level 5; brotli_types ${compressibleTypes(site).filter((type) => type !== 'text/html').join(' ')};`,
    // A folder without index.html (_astro/) is not found either, rather than nginx's bare 403.
    `    error_page 403 404 =404 $${id}_not_found;`,
    ...(base === '/' ? [] : [`    location = ${bareBase(base)} { return 301 ${base}; }`]),
    `    # ${OTHER_HOSTS_FILE} is for other hosts, dot-files (.htaccess) for Apache: not part of the site.`,
    `    location = ${base}${OTHER_HOSTS_FILE} { return 404; }`,
    `    location ^~ ${base} {`,
    `        alias ${root};`,
    '        index index.html;',
    '        location ~ /\\. { return 404; }',
    '    }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** A ready Apache 2.4 configuration: a virtual host serving the folder with the .htaccess directives. */
export function apacheConfig(site: ServedSite, options: ServerOptions): string {
  const root = options.root.replace(/\/$/u, '');
  const directives = apacheDirectives(site).trimEnd().split('\n').map((line) => (line ? `        ${line}` : ''));
  const lines = [
    `# Apache 2.4 configuration for the site built with base ${site.base}; generated by npm run server-config -- apache.`,
    '# Needs mod_headers, mod_alias, mod_mime, mod_dir and mod_authz_core (Debian: a2enmod headers alias),',
    '# and for compression mod_brotli and mod_deflate (a2enmod brotli deflate).',
    `<VirtualHost ${options.listen}>`,
    ...(options.serverName ? [`    ServerName ${options.serverName}`] : []),
    '    ServerSignature Off',
    site.base === '/' ? `    DocumentRoot ${quoted(root)}` : `    Alias ${bareBase(site.base)} ${quoted(root)}`,
    `    <Directory ${quoted(root)}>`,
    '        Require all granted',
    '        # Everything is here; the .htaccess in the folder holds the same directives and is not read.',
    '        AllowOverride None',
    ...directives,
    '    </Directory>',
    '</VirtualHost>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The 404 page of each edition, most specific first, then the bilingual one at the root. */
const notFoundPages = (site: ServedSite) => [
  ...site.locales.map((locale) => ({ prefix: `${site.base}${locale}/`, page: `${locale}/404.html` })),
  { prefix: site.base, page: '404.html' },
];
/** The Content-Type value of a type: text types carry their charset. */
const mimeValue = (mime: { type: string; text: boolean }) => (mime.text ? `${mime.type}; charset=utf-8` : mime.type);

/**
 * A ready Caddyfile (Caddy 2.6+). Caddy sends a 404 page from its error route, which starts with
 * none of the main route's headers: the security headers are set in both. Debian's Caddy has gzip
 * and zstd encoders but no Brotli.
 */
export function caddyConfig(site: ServedSite, options: ServerOptions): string {
  const { base } = site;
  const root = options.root.replace(/\/$/u, '');
  const types = mimeTypesOf(site.extensions);
  const headerBlock = (extra: [string, string][]) => [
    '\theader {',
    ...[...securityHeaders(site.csp), ...extra].map(([name, value]) => `\t\t${name} ${quoted(value)}`),
    '\t\t-Server',
    '\t}',
  ];
  const lines = [
    `# Caddyfile for the site built with base ${base}; generated by npm run server-config -- caddy.`,
    '(compression) {',
    '\tencode zstd gzip {',
    '\t\tminimum_length 256',
    '\t\tmatch {',
    ...compressibleTypes(site).map((type) => `\t\t\theader Content-Type ${type}*`),
    '\t\t}',
    '\t}',
    '}',
    '',
    `${options.listen} {`,
    ...headerBlock([]),
    '\tmap {path} {site_cache_control} {',
    ...CACHE_RULES.map((rule) => `\t\t~${urlPattern(base, rule.path)} ${quoted(rule.value)}`),
    `\t\tdefault ${quoted(DEFAULT_CACHE)}`,
    '\t}',
    '\theader Cache-Control {site_cache_control}',
    '\t# Only the types the site uses, with their charset (Caddy would guess them from /etc/mime.types).',
    ...types.flatMap(([ext, mime]) => [`\t@type_${ext} path *.${ext}`, `\theader @type_${ext} Content-Type ${quoted(mimeValue(mime))}`]),
    '\timport compression',
    `\t# ${OTHER_HOSTS_FILE} is for other hosts, dot-files (.htaccess) for Apache: not part of the site.`,
    `\t@hidden path_regexp hidden ^${escapeRegExp(base)}${OTHER_HOSTS_FILE}$|/\\.`,
    '\t# A route runs in the order written (Caddy would otherwise sort handle_path before error).',
    '\troute {',
    '\t\terror @hidden 404',
    ...(base === '/'
      ? [`\t\troot * ${quoted(root)}`, '\t\tfile_server']
      : [
          `\t\tredir ${bareBase(base)} ${base} 301`,
          `\t\thandle_path ${base}* {`,
          `\t\t\troot * ${quoted(root)}`,
          '\t\t\tfile_server',
          '\t\t}',
          '\t\terror 404',
        ]),
    '\t}',
    '\t# Not found: the page of the edition the URL was in (the original path: the main route may have',
    '\t# rewritten it), with the status of the error.',
    '\thandle_errors {',
    ...headerBlock([
      ['Cache-Control', DEFAULT_CACHE],
      ['Content-Type', mimeValue(MIME_TYPES.html!)],
    ]).map((line) => `\t${line}`),
    '\t\timport compression',
    '\t\tmap {http.request.orig_uri.path} {site_not_found} {',
    ...notFoundPages(site).map(({ prefix, page }) => `\t\t\t~^${escapeRegExp(prefix)} /${page}`),
    '\t\t}',
    `\t\troot * ${quoted(root)}`,
    '\t\trewrite * {site_not_found}',
    '\t\tfile_server',
    '\t}',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** A lighttpd string: its parser takes backslashes as they are, so only quotes are escaped. */
const lighttpdQuoted = (value: string) => `"${value.replace(/"/gu, '\\"')}"`;
/** A folder that does not exist: a request looked up there is not found. */
const NOWHERE = '/nonexistent/';

/**
 * A ready lighttpd.conf (lighttpd 1.4.56+, Debian: lighttpd and lighttpd-mod-deflate). Three traps are
 * avoided: error-handler-404 answers 200 (server.error-handler keeps the 404); a folder without
 * index.html and a dot-file refused by mod_access answer 403 (each is turned into a plain not-found
 * instead); and a conditional's setenv replaces the outer one (each carries every header).
 */
export function lighttpdConfig(site: ServedSite, options: ServerOptions): string {
  const { base } = site;
  const root = options.root.endsWith('/') ? options.root : `${options.root}/`;
  const types = mimeTypesOf(site.extensions);
  const [, host, port] = /^(?:(.+):)?(\d+)$/u.exec(options.listen) ?? [];
  if (!port) throw new Error(`lighttpd listens on [host:]port, not "${options.listen}"`);
  const headers = (cache: string) =>
    `setenv.set-response-header = ( ${[...securityHeaders(site.csp), ['Cache-Control', cache] as [string, string]].map(([n, v]) => `${lighttpdQuoted(n)} => ${lighttpdQuoted(v)}`).join(',\n    ')} )`;
  const lines = [
    `# lighttpd configuration for the site built with base ${base}; generated by npm run server-config -- lighttpd.`,
    '# A whole lighttpd.conf (Debian: /etc/lighttpd/lighttpd.conf), needing the packages lighttpd and lighttpd-mod-deflate.',
    'server.compat-module-load = "disable"',
    '# mod_setenv before mod_redirect, or redirects go out without the headers.',
    'server.modules = ( "mod_indexfile", "mod_setenv", "mod_alias", "mod_rewrite", "mod_redirect", "mod_deflate", "mod_staticfile" )',
    ...(host ? [`server.bind = ${lighttpdQuoted(host)}`] : []),
    `server.port = ${port}`,
    'server.username = "www-data"',
    'server.groupname = "www-data"',
    'server.tag = ""',
    ...(options.serverName ? [`$HTTP["host"] != ${lighttpdQuoted(options.serverName)} { url.access-deny = ( "" ) }`] : []),
    // Under a sub-path, only the alias serves the site: nothing is looked up outside it.
    `server.document-root = ${lighttpdQuoted(base === '/' ? root : NOWHERE)}`,
    ...(base === '/' ? [] : [`alias.url = ( ${lighttpdQuoted(base)} => ${lighttpdQuoted(root)} )`, `url.redirect = ( ${lighttpdQuoted(`^${escapeRegExp(bareBase(base))}$`)} => ${lighttpdQuoted(base)} )`, 'url.redirect-code = 301']),
    'index-file.names = ( "index.html" )',
    '# A folder URL is its index.html: where there is none (_astro/), a 404 rather than the 403 of a folder.',
    `url.rewrite-once = ( "^(${escapeRegExp(base)}(?:.*/)?)(\\?.*)?$" => "$1index.html$2" )`,
    '',
    '# Only the types the site uses, with their charset.',
    `mimetype.assign = ( ${types.map(([ext, mime]) => `".${ext}" => ${lighttpdQuoted(mimeValue(mime))}`).join(', ')}, "" => "application/octet-stream" )`,
    '',
    '# Every text type compressed, Brotli first (Debian builds mod_deflate with it), then gzip.',
    `deflate.mimetypes = ( ${compressibleTypes(site).map(lighttpdQuoted).join(', ')} )`,
    'deflate.allowed-encodings = ( "br", "gzip" )',
    'deflate.min-compress-size = 256',
    '# Compressed copies are made afresh for each request; to keep them, name a folder lighttpd can write:',
    '# deflate.cache-dir = "/var/cache/lighttpd/compress/"',
    '',
    '# Not found: the page of the edition the URL is in, with status 404 (server.error-handler keeps it).',
    ...notFoundPages(site)
      .reverse()
      .map(({ prefix, page }) => (prefix === base && base === '/' ? `server.error-handler = ${lighttpdQuoted(`/${page}`)}` : `$HTTP["url"] =~ ${lighttpdQuoted(`^${escapeRegExp(prefix)}`)} { server.error-handler = ${lighttpdQuoted(`${base}${page}`)} }`)),
    ...(base === '/' ? [] : [`$HTTP["url"] !~ ${lighttpdQuoted(`^${escapeRegExp(base)}`)} { server.error-handler = ${lighttpdQuoted(`${base}404.html`)} }`]),
    `# ${OTHER_HOSTS_FILE} is for other hosts, dot-files (.htaccess) for Apache: looked up in no folder, so not found.`,
    `$HTTP["url"] =~ ${lighttpdQuoted(`^${escapeRegExp(base)}${OTHER_HOSTS_FILE}$|/\\.`)} { server.document-root = ${lighttpdQuoted(NOWHERE)} ${base === '/' ? '' : 'alias.url = ( ) '}}`,
    '',
    '# Security headers and cache rule on every response, 404 pages and redirects included. The last',
    '# matching block wins and replaces the whole list, so each block carries every header.',
    headers(DEFAULT_CACHE),
    ...[...CACHE_RULES].reverse().map((rule) => `$HTTP["url"] =~ ${lighttpdQuoted(urlPattern(base, rule.path))} {\n  ${headers(rule.value)}\n}`),
  ];
  return `${lines.join('\n')}\n`;
}

const xmlAttr = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/**
 * A ready web.config for IIS 10 (static content). IIS keeps the status of a 404 answered by
 * ExecuteURL, and hides web.config itself. Compression is IIS's static compression; which types it
 * compresses (httpCompression) and Brotli (Microsoft's IIS Compression module) are server-level
 * settings that a web.config may not change: the comment names them.
 */
export function iisConfig(site: ServedSite): string {
  const { base } = site;
  const types = mimeTypesOf(site.extensions);
  const cacheOf = (value: string) =>
    value === DEFAULT_CACHE
      ? '<clientCache cacheControlMode="DisableCache" />'
      : `<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${secondsAsTimeSpan(Number(/max-age=(\d+)/u.exec(value)![1]))}" cacheControlCustom="${xmlAttr(value.replace(/,?\s*max-age=\d+/u, ''))}" />`;
  // IIS sets cache rules by folder only: a folder's rule is the first rule naming a file in it (Pagefind's hashed chunks sit beside its entry files and get their hour).
  const folders = [...new Set(CACHE_RULES.map((rule) => /^\^([a-z_]+)\\?\//u.exec(rule.path.source)?.[1]).filter((f) => f !== undefined))];
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- IIS 10 configuration for the site built with base ${base}; printed by npm run server-config (host: iis).`,
    '     Put it in the folder the site is uploaded to. Compression: enable static compression, and in',
    '     applicationHost.config (httpCompression, not settable here) add to staticTypes:',
    `     ${compressibleTypes(site).join(', ')}; Brotli needs Microsoft's IIS Compression module. -->`,
    '<configuration>',
    '  <system.webServer>',
    '    <urlCompression doStaticCompression="true" doDynamicCompression="false" />',
    '    <directoryBrowse enabled="false" />',
    '    <defaultDocument enabled="true"><files><clear /><add value="index.html" /></files></defaultDocument>',
    '    <staticContent>',
    ...types.flatMap(([ext, mime]) => [`      <remove fileExtension=".${ext}" />`, `      <mimeMap fileExtension=".${ext}" mimeType="${xmlAttr(mimeValue(mime))}" />`]),
    `      ${cacheOf(DEFAULT_CACHE)}`,
    '    </staticContent>',
    '    <httpProtocol>',
    '      <customHeaders>',
    '        <remove name="X-Powered-By" />',
    ...securityHeaders(site.csp).map(([name, value]) => `        <add name="${name}" value="${xmlAttr(value)}" />`),
    '      </customHeaders>',
    '    </httpProtocol>',
    '    <httpErrors errorMode="Custom" existingResponse="Replace">',
    '      <remove statusCode="404" subStatusCode="-1" />',
    `      <error statusCode="404" path="${base}404.html" responseMode="ExecuteURL" />`,
    '    </httpErrors>',
    '    <security>',
    '      <requestFiltering>',
    `        <!-- ${OTHER_HOSTS_FILE} is for other hosts, .htaccess for Apache: not part of the site. -->`,
    '        <hiddenSegments>',
    `          <add segment="${OTHER_HOSTS_FILE}" />`,
    '          <add segment=".htaccess" />',
    '        </hiddenSegments>',
    '      </requestFiltering>',
    '    </security>',
    '  </system.webServer>',
    ...site.locales.flatMap((locale) => [
      `  <location path="${locale}">`,
      '    <system.webServer>',
      '      <httpErrors errorMode="Custom" existingResponse="Replace">',
      '        <remove statusCode="404" subStatusCode="-1" />',
      `        <error statusCode="404" path="${base}${locale}/404.html" responseMode="ExecuteURL" />`,
      '      </httpErrors>',
      '    </system.webServer>',
      '  </location>',
    ]),
    ...folders.map((folder) => [
      `  <location path="${folder}">`,
      '    <system.webServer>',
      `      <staticContent>${cacheOf(CACHE_RULES.find((rule) => rule.path.test(`${folder}/x`))!.value)}</staticContent>`,
      '    </system.webServer>',
      '  </location>',
    ]).flat(),
    '</configuration>',
  ];
  return `${lines.join('\n')}\n`;
}

/** IIS's TimeSpan for a number of seconds: "365.00:00:00". */
function secondsAsTimeSpan(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const days = Math.floor(seconds / 86400);
  const rest = seconds % 86400;
  return `${days}.${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
}

/**
 * A vercel.json for the uploaded folder: Vercel's routes, which can give a 404 page its status
 * (its rewrites cannot). The header routes come first and continue, so every response, 404 pages
 * included, carries them; Vercel compresses text itself (gzip and Brotli).
 */
export function vercelConfig(site: ServedSite): string {
  const { base } = site;
  const headers = Object.fromEntries(securityHeaders(site.csp));
  const routes = [
    ...(base === '/' ? [] : [{ src: `^${escapeRegExp(bareBase(base))}$`, status: 301, headers: { ...headers, Location: base } }]),
    { src: '^/.*$', headers: { ...headers, 'Cache-Control': DEFAULT_CACHE }, continue: true },
    // CACHE_RULES is first match wins; Vercel's continuing routes let a later match override a header,
    // so the rules go most general first and the most specific ends up last.
    ...[...CACHE_RULES].reverse().map((rule) => ({ src: `${urlPattern(base, rule.path)}${rule.path.source.endsWith('$') ? '' : '.*$'}`, headers: { 'Cache-Control': rule.value }, continue: true })),
    { src: `^${escapeRegExp(base)}(?:${escapeRegExp(OTHER_HOSTS_FILE)}|.*/\\..*|\\..*)$`, status: 404, dest: `${base}404.html` },
    { handle: 'filesystem' },
    ...notFoundPages(site).map(({ prefix, page }) => ({ src: `^${escapeRegExp(prefix)}.*$`, status: 404, dest: `${base}${page}`, headers: { 'Cache-Control': DEFAULT_CACHE } })),
  ];
  return `${JSON.stringify({ $schema: 'https://openapi.vercel.sh/vercel.json', trailingSlash: true, routes }, null, 2)}\n`;
}

/**
 * Netlify's _redirects: the per-language 404 pages (a rule with status 404 applies only where no
 * file matches). For Netlify only: Cloudflare Pages refuses status 404 in _redirects, and finds the
 * nearest 404.html up the tree by itself.
 */
export function netlifyRedirects(site: ServedSite): string {
  const rules = notFoundPages(site).map(({ prefix, page }) => `${prefix}*  ${site.base}${page}  404`);
  return `# Netlify only: add to the published folder as _redirects (Cloudflare Pages refuses status 404 here).\n${rules.join('\n')}\n`;
}

/** Cloudflare Pages' limits for _headers (developers.cloudflare.com/pages/configuration/headers/). */
export const CLOUDFLARE_HEADERS_LIMITS = { rules: 100, lineLength: 2000 };

/** What in a _headers file breaks Cloudflare's limits: too many rules, or a line too long. */
export function headersFileProblems(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((line) => /^\S/u.test(line) && !line.startsWith('#'));
  const problems = lines.flatMap((line, i) =>
    line.length > CLOUDFLARE_HEADERS_LIMITS.lineLength ? [`line ${i + 1} has ${line.length} characters (Cloudflare Pages reads at most ${CLOUDFLARE_HEADERS_LIMITS.lineLength})`] : [],
  );
  if (rules.length > CLOUDFLARE_HEADERS_LIMITS.rules) problems.push(`${rules.length} rules (Cloudflare Pages reads at most ${CLOUDFLARE_HEADERS_LIMITS.rules})`);
  return problems;
}

/** dist/_headers as the build writes it; throws where Cloudflare Pages would drop rules past its limits (the CSP line is the one that grows). */
export function checkedHeadersFile(site: ServedSite): string {
  const text = headersFile(site);
  const problems = headersFileProblems(text);
  if (problems.length) throw new Error(`_headers is over Cloudflare Pages' limits: ${problems.join('; ')}`);
  return text;
}
