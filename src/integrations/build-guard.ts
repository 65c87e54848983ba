/**
 * Fails the build when any output file carries a spam term or an internal link that does not
 * resolve: the compromised source page must never leak into what we deploy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type OutputFile, TEXT_FILE, formatProblems, linkProblems, spamProblems } from '../lib/output-checks.ts';

export function readOutput(dir: string): OutputFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => TEXT_FILE.test(path))
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
}

export default function buildGuard(): AstroIntegration {
  let base = '/';
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const files = readOutput(fileURLToPath(dir));
        const problems = [...spamProblems(files), ...linkProblems(files, base)];
        if (problems.length) throw new Error(`The build wrote ${problems.length} problem(s):\n${formatProblems(problems)}`);
        logger.info(`${files.length} text files checked: no spam terms, every internal link resolves.`);
      },
    },
  };
}
