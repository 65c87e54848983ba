/**
 * Fails the build when any output file carries a spam term or an internal link that does not
 * resolve: the compromised source page must never leak into what we deploy.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, linkProblems, spamProblems } from '../lib/output-checks.ts';
import { listFiles, readOutput } from './output-files.ts';

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
        const problems = [...spamProblems(files), ...linkProblems(files, base, listFiles(fileURLToPath(dir)))];
        if (problems.length) throw new Error(`The build wrote ${problems.length} problem(s):\n${formatProblems(problems)}`);
        logger.info(`${files.length} text files checked: no spam terms, every internal link resolves.`);
      },
    },
  };
}
