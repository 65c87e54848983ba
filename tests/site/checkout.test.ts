/**
 * A checkout on Windows: git with core.autocrlf=true turns LF into CRLF in every text file it writes,
 * which changed the pinned seed and stopped the build. .gitattributes keeps seeds/ byte for byte and
 * every other text file in LF, so a clone made that way builds, with the sub-path build's variables
 * (SUBPATH_ENV), to the very bytes of the global setup's sub-path build: its integrity.json is the
 * same file, and `npm run verify` checks every file of the clone's dist/ against that manifest.
 * The one build proves two things: a Windows checkout builds, and builds are reproducible (another
 * folder, none of Astro's caches, the same bytes for the same commit).
 * (The clone is of the committed tree: run it on a clean checkout, as CI does.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { linkNodeModules, npmRun } from '../support/project-copy.ts';
import { SUBPATH_DIST, SUBPATH_ENV } from '../support/subpath-build.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

const clone = mkdtempSync(join(tmpdir(), 'autocrlf-'));
const MANIFEST = resolve(SUBPATH_DIST, 'integrity.json');
let built: { code: number; output: string };
let verified: { code: number; output: string };

beforeAll(async () => {
  execFileSync('git', ['clone', '-q', '-c', 'core.autocrlf=true', resolve('.'), clone]);
  linkNodeModules(clone);
  built = await npmRun(clone, ['run', 'build'], SUBPATH_ENV);
  verified = await npmRun(resolve('.'), ['run', 'verify', '--', join(clone, 'dist'), '--manifest', MANIFEST]);
}, 170_000);

afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a clone with core.autocrlf=true (a Windows checkout)', () => {
  it('is one: git would write CRLF, yet the seed and the text files are as committed', () => {
    expect(execFileSync('git', ['config', 'core.autocrlf'], { cwd: clone, encoding: 'utf8' }).trim()).toBe('true');
    const { file } = loadPolicy().capture;
    expect(readFileSync(join(clone, file)).equals(readFileSync(file))).toBe(true);
    for (const file of [`${DEFAULT_DOCUMENT}/policy.en.json`, `${DEFAULT_DOCUMENT}/sectors/zh/6g.mdx`, 'public/reading-settings.js', 'src/lib/document/reader.ts']) {
      expect(readFileSync(join(clone, file), 'utf8').includes('\r'), file).toBe(false);
    }
  });

  it('builds, and npm run verify finds every file of its dist/ as the sub-path build\'s manifest lists it', () => {
    expect(built.code, built.output.slice(-3000)).toBe(0);
    expect(built.output).toContain('Build complete:');
    expect(verified.code, verified.output.slice(-3000)).toBe(0);
  });
});

describe('reproducible builds', () => {
  it('give the same bytes for the same commit: the clean build in the clone matches the sub-path build file for file', () => {
    expect(built.code, built.output.slice(-3000)).toBe(0);
    const expected = readFileSync(MANIFEST, 'utf8');
    const actual = readFileSync(join(clone, 'dist', 'integrity.json'), 'utf8');
    if (actual !== expected) {
      const a = JSON.parse(actual).files as Record<string, { sha256: string }>;
      const e = JSON.parse(expected).files as Record<string, { sha256: string }>;
      const differing = [...new Set([...Object.keys(a), ...Object.keys(e)])].filter((path) => a[path]?.sha256 !== e[path]?.sha256);
      expect(differing).toEqual([]);
    }
    expect(actual).toBe(expected);
  });
});
