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

/** The extension of a served file ("a/b.pf_meta" → "pf_meta"); none for dot-files, which are never served. */
export function extensionOf(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}

/** Written for other hosts (Netlify and Cloudflare Pages read it; they do not serve it). */
const OTHER_HOSTS_FILE = '_headers';
/**
 * A file a server hands out. Dot-files (.htaccess, .git/…) and the other hosts' _headers are refused
 * by every configuration here, and `npm run verify` checks them in a folder only.
 */
export const isServed = (path: string): boolean => path !== OTHER_HOSTS_FILE && path.split('/').every((segment) => !segment.startsWith('.'));

/** The types of the extensions of a build; an extension without a known type fails rather than go out as octet-stream. */
export function mimeTypesOf(extensions: readonly string[]): [string, { type: string; text: boolean }][] {
  return [...new Set(extensions)].sort().map((ext) => {
    const mime = MIME_TYPES[ext];
    if (!mime) throw new Error(`no MIME type is known for ".${ext}" files: add one to MIME_TYPES in src/lib/server-config.ts`);
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
  `# mod_mime and mod_dir (Debian: a2enmod headers).\n${apacheDirectives(site)}`;

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
    '# Needs mod_headers, mod_alias, mod_mime, mod_dir and mod_authz_core (Debian: a2enmod headers alias).',
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
