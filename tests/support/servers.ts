/**
 * Debian's nginx and Apache, started for a test on a free loopback port with their own main
 * configuration, pid file and logs in a temporary folder, serving a site configuration given by the
 * test (normally the one `npm run server-config` prints), and stopped by their process id.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type ServerKind = 'nginx' | 'apache';

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

/** Copies a build to a folder of its own, readable by the server's workers. */
export function copyOfBuild(dist: string): string {
  const dir = join(workFolder('site-'), 'site');
  cpSync(dist, dir, { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  return dir;
}

/** The print of `npm run server-config` for a build, served from root on the given port. */
export function serverConfig(kind: ServerKind, dist: string, root: string, port: number): string {
  return execFileSync('npm', ['run', '--silent', 'server-config', '--', kind, '--dist', resolve(dist), '--root', root, '--listen', `127.0.0.1:${port}`], {
    encoding: 'utf8',
  });
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
export const APACHE_SITE_MODULES = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'headers'];

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
  const root = copyOfBuild(options.dist);
  const dir = workFolder(`${kind}-`);
  const port = await freePort();
  const site = options.siteConfig ? options.siteConfig(root, port) : serverConfig(kind, options.dist, root, port);
  writeFileSync(join(dir, 'site.conf'), site);
  const errorLog = () => readFileSync(join(dir, 'error.log'), { encoding: 'utf8', flag: 'a+' });
  let child: ChildProcess;
  if (kind === 'nginx') {
    writeFileSync(join(dir, 'nginx.conf'), nginxMain(dir));
    child = spawn('nginx', ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  } else {
    writeFileSync(join(dir, 'apache.conf'), apacheMain(dir, port, options.modules ?? APACHE_SITE_MODULES));
    child = spawn('apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
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
