/**
 * Debian's nginx, Apache, Caddy and lighttpd, started for a test on a free loopback port with their
 * own main configuration, pid file and logs in a temporary folder, serving a site configuration given
 * by the test (normally the one `npm run server-config` prints), and stopped by their process id.
 * Python's http.server stands for a host that sends no headers of its own (GitHub Pages, object storage).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type ServerKind = 'nginx' | 'apache' | 'caddy' | 'lighttpd' | 'python';
/** The servers `npm run server-config` writes a configuration for, with what their --listen takes. */
const LISTEN: Record<Exclude<ServerKind, 'python'>, (port: number) => string> = {
  nginx: (port) => `127.0.0.1:${port}`,
  apache: (port) => `127.0.0.1:${port}`,
  caddy: (port) => `http://127.0.0.1:${port}`,
  lighttpd: (port) => `127.0.0.1:${port}`,
};

export interface RunningServer {
  /** The site's URL: origin and base. */
  url: string;
  origin: string;
  pid: number;
  /** The folder it serves, a copy that tests may tamper with. */
  root: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

const APACHE_MODULES = '/usr/lib/apache2/modules';

/** A port nothing listens on now: the kernel picks it, we release it for the server to take. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** A temporary folder the server's unprivileged workers can read. */
function workFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

const run = (command: string, args: string[]) =>
  new Promise<string>((done, fail) => {
    execFile(command, args, { encoding: 'utf8' }, (error, stdout, stderr) => (error ? fail(new Error(`${command} ${args.join(' ')}: ${stderr || error.message}`)) : done(stdout)));
  });

/** Copies a build to a folder of its own, readable by the server's workers. */
export async function copyOfBuild(dist: string): Promise<string> {
  const dir = join(workFolder('site-'), 'site');
  cpSync(dist, dir, { recursive: true });
  await run('chmod', ['-R', 'a+rX', dir]);
  return dir;
}

/** The print of `npm run server-config` for a build, served from root on the given port. */
export function serverConfig(kind: Exclude<ServerKind, 'python'>, dist: string, root: string, port: number): Promise<string> {
  return run('npm', ['run', '--silent', 'server-config', '--', kind, '--dist', resolve(dist), '--root', root, '--listen', LISTEN[kind](port)]);
}

function nginxMain(dir: string): string {
  return [
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${dir}/${name};`),
    `    include ${dir}/site.conf;`,
    '}',
    '',
  ].join('\n');
}

function apacheMain(dir: string, port: number, modules: readonly string[]): string {
  return [
    `ServerRoot ${dir}`,
    `DefaultRuntimeDir ${dir}`,
    `PidFile ${dir}/apache.pid`,
    `ErrorLog ${dir}/error.log`,
    'LogLevel warn',
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    // Apache refuses to run its workers as root; started as root it switches to this user.
    'User nobody',
    'Group nogroup',
    // Only the types the site configuration adds: nothing from the system's list hides a missing one.
    'TypesConfig /dev/null',
    ...modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`),
    `Include ${dir}/site.conf`,
    '',
  ].join('\n');
}

/** Every module the generated configuration needs, and the event MPM. */
export const APACHE_SITE_MODULES = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'headers', 'filter', 'deflate', 'brotli'];

/** Caddy without its admin endpoint (several run at once), its state kept in the folder. */
const caddyMain = (dir: string) => ['{', '\tadmin off', `\tstorage file_system ${dir}/data`, '}', `import ${dir}/site.conf`, ''].join('\n');

/** lighttpd opens its log after switching to www-data: the log is made writable first. */
function lighttpdMain(dir: string): string {
  writeFileSync(join(dir, 'error.log'), '', { mode: 0o666 });
  chmodSync(join(dir, 'error.log'), 0o666);
  return [`server.pid-file = "${dir}/lighttpd.pid"`, `server.errorlog = "${dir}/error.log"`, `include "${dir}/site.conf"`, ''].join('\n');
}

async function waitForAnswer(origin: string, child: ChildProcess, errorLog: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${errorLog()}`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`no answer from ${origin}:\n${errorLog()}`);
}

export interface StartOptions {
  kind: ServerKind;
  /** The build to serve (copied first). */
  dist: string;
  base: string;
  /** The site configuration; by default the one `npm run server-config` prints for the copy. */
  siteConfig?: (root: string, port: number) => string;
  /** Apache only: the modules to load (default APACHE_SITE_MODULES). */
  modules?: readonly string[];
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { kind, base } = options;
  const root = await copyOfBuild(options.dist);
  const dir = workFolder(`${kind}-`);
  const port = await freePort();
  if (kind !== 'python') {
    const site = options.siteConfig ? options.siteConfig(root, port) : await serverConfig(kind, options.dist, root, port);
    writeFileSync(join(dir, 'site.conf'), site);
  }
  const errorLog = () => readFileSync(join(dir, 'error.log'), { encoding: 'utf8', flag: 'a+' });
  // Servers that log to their standard error write into the same file. The child keeps its own copy
  // of the descriptor: ours is closed once it is started.
  const log = openSync(join(dir, 'error.log'), 'a');
  const logged: ['ignore', number, number] = ['ignore', log, log];
  let child: ChildProcess;
  try {
    if (kind === 'nginx') {
      writeFileSync(join(dir, 'nginx.conf'), nginxMain(dir));
      child = spawn('nginx', ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
    } else if (kind === 'apache') {
      writeFileSync(join(dir, 'apache.conf'), apacheMain(dir, port, options.modules ?? APACHE_SITE_MODULES));
      child = spawn('apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
    } else if (kind === 'caddy') {
      writeFileSync(join(dir, 'Caddyfile'), caddyMain(dir));
      const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
      child = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { stdio: logged, env });
    } else if (kind === 'lighttpd') {
      writeFileSync(join(dir, 'lighttpd.conf'), lighttpdMain(dir));
      child = spawn('/usr/sbin/lighttpd', ['-D', '-f', join(dir, 'lighttpd.conf')], { stdio: logged });
    } else {
      if (base !== '/') throw new Error('http.server serves a folder at the root only');
      child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: logged });
    }
  } finally {
    closeSync(log);
  }
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(resolve(root, '..'), { recursive: true, force: true });
  };
  try {
    await waitForAnswer(origin, child, errorLog);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${origin}${base}`, origin, pid: child.pid!, root, errorLog, stop };
}
