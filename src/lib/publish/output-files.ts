/** Reading what a build wrote: the build hooks, the verifier and the tests all walk the output this way. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type OutputFile, TEXT_FILE } from './output-checks.ts';

/**
 * Every file below dir, by its path relative to dir ("/" separators). Symbolic links count as the
 * file they point to, since that is what a web server would send.
 */
export const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((full) => statSync(full, { throwIfNoEntry: false })?.isFile())
    .map((full) => relative(dir, full).split(sep).join('/'));

/** Every file as bytes, binary-safe: an image or an index chunk can be tampered with as well as a page. */
export const readAllFiles = (dir: string): { path: string; bytes: Uint8Array }[] =>
  listFiles(dir).map((path) => ({ path, bytes: readFileSync(join(dir, path)) }));

/** The text files (pages, styles, scripts, data, server files), as UTF-8. */
export const readOutput = (dir: string): OutputFile[] =>
  listFiles(dir)
    .filter((path) => TEXT_FILE.test(path))
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
