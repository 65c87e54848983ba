import { existsSync } from 'node:fs';

/** Suites over the built site need dist/: say how to make it rather than fail on every file. */
export default function setup(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before `npm test` (see README).');
  }
}
