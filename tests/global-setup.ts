import { existsSync } from 'node:fs';
import { buildSubpath } from './support/subpath-build.ts';

/**
 * Suites over the built site need dist/: say how to make it rather than fail on every file. The
 * build under a sub-path is made here once for every suite that needs it.
 */
export default function setup(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before `npm test` (see README).');
  }
  buildSubpath();
}
