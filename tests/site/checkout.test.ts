/**
 * A checkout on Windows: git with core.autocrlf=true turns LF into CRLF in every text file it writes,
 * which changed the pinned seed and stopped the build. .gitattributes keeps seeds/ byte for byte and
 * every other text file in LF, so a clone made that way builds, and its dist/ is the very build this
 * project made: `npm run verify` finds no difference against this project's dist/integrity.json.
 * (The clone is of the committed tree: run it on a clean checkout, as CI does.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../../src/lib/load-policy.ts';
import { linkNodeModules, npmRun } from '../support/project-copy.ts';

const clone = mkdtempSync(join(tmpdir(), 'autocrlf-'));
let built: { code: number; output: string };
let verified: { code: number; output: string };

beforeAll(async () => {
  execFileSync('git', ['clone', '-q', '-c', 'core.autocrlf=true', resolve('.'), clone]);
  linkNodeModules(clone);
  built = await npmRun(clone, ['run', 'build']);
  verified = await npmRun(resolve('.'), ['run', 'verify', '--', join(clone, 'dist')]);
}, 170_000);

afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a clone with core.autocrlf=true (a Windows checkout)', () => {
  it('is one: git would write CRLF, yet the seed and the text files are as committed', () => {
    expect(execFileSync('git', ['config', 'core.autocrlf'], { cwd: clone, encoding: 'utf8' }).trim()).toBe('true');
    expect(readFileSync(join(clone, SEED_FILE)).equals(readFileSync(SEED_FILE))).toBe(true);
    for (const file of ['content/policy.en.json', 'content/sectors/zh/6g.mdx', 'public/reading-settings.js', 'src/lib/parse-policy.ts']) {
      expect(readFileSync(join(clone, file), 'utf8').includes('\r'), file).toBe(false);
    }
  });

  it('builds, and npm run verify finds its dist/ identical to this project\'s build', () => {
    expect(built.code, built.output.slice(-3000)).toBe(0);
    expect(built.output).toContain('Build complete:');
    expect(verified.code, verified.output.slice(-3000)).toBe(0);
  });
});
