/**
 * A throw-away copy of the project for a build that is meant to fail: its sources, with an editor's
 * mistake made in it, and the real node_modules linked in entry by entry, so that Astro's caches
 * (node_modules/.astro, .vite) stay the copy's own and the project's next build is not affected.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'content', 'public', 'seeds', 'src'];
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * The environment for a build started from a test: Vitest's own variables (BASE_URL, MODE,
 * NODE_ENV=test …) must not reach it, nor those of the npm that started Vitest (npm_config_local_prefix
 * would send an `npm run` in a copy back to this project).
 */
export const buildEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|npm_.*|INIT_CWD)$/i.test(k)));

export interface ProjectCopy {
  dir: string;
  /** Replaces the first occurrence of `from` in a file of the copy; fails when it is not there. */
  edit: (file: string, from: string | RegExp, to: string) => void;
  append: (file: string, text: string) => void;
  /** npm run build in the copy, with extra environment variables if given. */
  build: (env?: NodeJS.ProcessEnv) => Promise<{ code: number; output: string }>;
  remove: () => void;
}

/** `npm …` in a folder, with the build environment (and `env`): its exit code and its output, colours removed. */
export const npmRun = (cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> =>
  new Promise((done) => {
    execFile('npm', [...args], { cwd, env: { ...buildEnv(), ...env }, encoding: 'utf8', timeout: 280_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/gu, '') });
    });
  });

/** The project's node_modules in another folder, entry by entry, with Astro's caches left out. */
export function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (!CACHES.has(entry)) symlinkSync(resolve('node_modules', entry), join(dir, 'node_modules', entry));
  }
}

export function projectCopy(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'project-'));
  for (const entry of SOURCES) cpSync(resolve(entry), join(dir, entry), { recursive: true });
  linkNodeModules(dir);
  return {
    dir,
    edit: (file, from, to) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const edited = text.replace(from, to);
      if (edited === text) throw new Error(`${file}: nothing to replace`);
      writeFileSync(path, edited);
    },
    append: (file, text) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + text),
    build: (env = {}) => npmRun(dir, ['run', 'build'], env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
