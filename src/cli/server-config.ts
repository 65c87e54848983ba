/**
 * `npm run server-config -- <nginx|apache> [options]`: prints a ready server configuration for the
 * built site: its Content-Security-Policy and base, MIME types, caching, security headers on every
 * response, per-language 404 pages, the base's redirect and the refusal of dot-files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { servedSiteOf } from '../integrations/server-files.ts';
import { apacheConfig, nginxConfig } from '../lib/server-config.ts';

const USAGE = `Usage: npm run server-config -- <nginx|apache> [--dist <folder>] [--root <folder>] [--listen <address>] [--server-name <name>]

Prints a server configuration for the built site (run npm run build first).
  --dist <folder>        the build to configure for (default: this project's dist/)
  --root <folder>        where the files are on the server (default: the --dist folder)
  --listen <address>     nginx: the listen value (default 80); Apache: the VirtualHost address (default *:80)
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
  if ((server !== 'nginx' && server !== 'apache') || extra.length) throw new Error('name one server: nginx or apache');
  const dist = values.dist ? userPath(values.dist) : join(PROJECT, 'dist');
  if (!statSync(join(dist, 'index.html'), { throwIfNoEntry: false })?.isFile()) throw new Error(`${dist} holds no built site: run npm run build first`);
  const site = servedSiteOf(dist, baseOf(dist));
  const options = { root: values.root ?? dist, serverName: values['server-name'] };
  process.stdout.write(
    server === 'nginx' ? nginxConfig(site, { ...options, listen: values.listen ?? '80' }) : apacheConfig(site, { ...options, listen: values.listen ?? '*:80' }),
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`server-config: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exitCode = 2;
}
