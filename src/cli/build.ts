/**
 * `npm run build [-- --outDir <dir>]`: checks the content (src/cli/check-content.ts), builds the site
 * into a staging folder beside the output and puts it in place only when every step and check passed
 * (the content check, Astro's build, its hooks with the output
 * guard, and a final check of the staged files against their own manifest). A failed build leaves
 * the previous output exactly as it was, or none: never a half-written or unchecked site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAllFiles } from '../lib/publish/output-files.ts';
import { INTEGRITY_FILE, compareToManifest, digestOf, parseManifest } from '../lib/publish/integrity.ts';
import { contentProblems } from './check-content.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');

class BuildFailure extends Error {}

/** The staged output must be exactly what its manifest lists: nothing written after it, nothing lost. */
function checkStaged(dir: string): number {
  const manifestPath = join(dir, INTEGRITY_FILE);
  if (!existsSync(manifestPath)) throw new BuildFailure(`the build wrote no ${INTEGRITY_FILE}`);
  const files = readAllFiles(dir);
  const manifest = parseManifest(new TextDecoder().decode(files.find((f) => f.path === INTEGRITY_FILE)!.bytes));
  const actual = new Map(files.map((f) => [f.path, digestOf(f.bytes)]));
  const { changed, missing, unexpected } = compareToManifest(manifest, actual, { unexpected: [...actual.keys()] });
  const problems = [...changed.map((p) => `changed after hashing: ${p}`), ...missing.map((p) => `missing: ${p}`), ...unexpected.map((p) => `not in the manifest: ${p}`)];
  if (problems.length) throw new BuildFailure(`the staged output does not match its ${INTEGRITY_FILE}:\n  - ${problems.join('\n  - ')}`);
  return files.length;
}

function build(outDir: string): void {
  const out = resolve(PROJECT, outDir);
  // Beside the output, so that the final rename stays on one file system and is immediate.
  const staging = `${out}.staging-${process.pid}`;
  const previous = `${out}.previous-${process.pid}`;
  const shown = relative(process.cwd(), out) || '.';
  rmSync(staging, { recursive: true, force: true });
  // The content first: a mistake there fails in about a second, before anything is built.
  const problems = contentProblems(PROJECT);
  if (problems.length) throw new BuildFailure(`${problems.length} problem(s) in the content, found before building:\n  - ${problems.join('\n  - ')}`);
  try {
    const astro = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', staging], { cwd: PROJECT, stdio: 'inherit' });
    if (astro.error) throw new BuildFailure(`could not run astro: ${astro.error.message}`);
    if (astro.status !== 0) throw new BuildFailure(`astro build exited with ${astro.status ?? astro.signal} (its error is above)`);
    const count = checkStaged(staging);
    if (existsSync(out)) renameSync(out, previous);
    renameSync(staging, out);
    rmSync(previous, { recursive: true, force: true });
    console.log(`\nBuild complete: ${count} files in ${shown}/, checked against its ${INTEGRITY_FILE}.`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
try {
  build(values.outDir);
} catch (error) {
  const reason = error instanceof BuildFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  const out = resolve(PROJECT, values.outDir);
  const kept = existsSync(out) ? `${relative(process.cwd(), out) || '.'}/ is left as it was (the last good build)` : 'no output was written';
  console.error(`\nBuild FAILED: ${reason}\n${kept}.`);
  process.exitCode = 1;
}
