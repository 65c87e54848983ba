/**
 * `npm run server-config -- <host> [options]`: prints a ready configuration of a server or host for
 * the built site: its Content-Security-Policy and base, MIME types, caching, compression, security
 * headers on every response, per-language 404 pages, the base's redirect and the refusal of dot-files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { servedSiteOf } from '../integrations/server-files.ts';
import {
  apacheConfig,
  caddyConfig,
  checkedHeadersFile,
  iisConfig,
  lighttpdConfig,
  netlifyRedirects,
  nginxConfig,
  type ServedSite,
  type ServerOptions,
  vercelConfig,
} from '../lib/publish/server-config.ts';

/** Each host: what it prints, and its default listen value. */
const HOSTS: Record<string, { print: (site: ServedSite, options: ServerOptions) => string; listen: string; what: string }> = {
  nginx: { print: nginxConfig, listen: '80', what: 'a server block (sites-available/)' },
  apache: { print: apacheConfig, listen: '*:80', what: 'a <VirtualHost> (sites-available/)' },
  caddy: { print: caddyConfig, listen: 'http://:80', what: 'a Caddyfile' },
  lighttpd: { print: lighttpdConfig, listen: '80', what: 'a lighttpd.conf' },
  iis: { print: iisConfig, listen: '', what: 'web.config, for the uploaded folder' },
  vercel: { print: vercelConfig, listen: '', what: 'vercel.json, for the uploaded folder' },
  netlify: { print: netlifyRedirects, listen: '', what: "_redirects, for the uploaded folder (the build's _headers is read as it is)" },
  cloudflare: { print: checkedHeadersFile, listen: '', what: "_headers, as the build writes it, checked against Cloudflare's limits" },
};

const USAGE = `Usage: npm run server-config -- <host> [--dist <folder>] [--root <folder>] [--listen <address>] [--server-name <name>]

Prints a configuration for the built site (run npm run build first). Hosts:
${Object.entries(HOSTS).map(([name, host]) => `  ${name.padEnd(11)}${host.what}`).join('\n')}
  --dist <folder>        the build to configure for (default: this project's dist/)
  --root <folder>        where the files are on the server (default: the --dist folder)
  --listen <address>     nginx: the listen value (default 80); Apache: the VirtualHost address (default *:80);
                         Caddy: the site address (default http://:80); lighttpd: [host:]port (default 80)
  --server-name <name>   the host name (default: any)`;

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
/** npm runs scripts in the package root; a relative path means where the user typed the command. */
const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

/** The base the site was built for, from its web app manifest's scope. */
function baseOf(dist: string): string {
  const file = join(dist, 'site.webmanifest');
  const scope: unknown = JSON.parse(readFileSync(file, 'utf8')).scope;
  if (typeof scope !== 'string' || !scope.startsWith('/') || !scope.endsWith('/')) throw new Error(`${file}: no "scope" naming the base path`);
  return scope;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dist: { type: 'string' }, root: { type: 'string' }, listen: { type: 'string' }, 'server-name': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [server, ...extra] = positionals;
  const host = server === undefined ? undefined : HOSTS[server];
  if (!host || extra.length) throw new Error(`name one host: ${Object.keys(HOSTS).join(', ')}`);
  const dist = values.dist ? userPath(values.dist) : join(PROJECT, 'dist');
  if (!statSync(join(dist, 'index.html'), { throwIfNoEntry: false })?.isFile()) throw new Error(`${dist} holds no built site: run npm run build first`);
  const site = servedSiteOf(dist, baseOf(dist));
  process.stdout.write(host.print(site, { root: values.root ?? dist, serverName: values['server-name'], listen: values.listen ?? host.listen }));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`server-config: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exitCode = 2;
}
