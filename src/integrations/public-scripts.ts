/**
 * After the build: our hand-written browser scripts in public/ (reading settings, reader tools) go out
 * minified, since they count against the page's script budget. The service worker is written by the
 * offline-reading hook, which sets its cache version.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { SERVICE_WORKER_FILE } from '../lib/offline.ts';

export default function publicScripts(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'public-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir }) => {
        for (const name of readdirSync(publicDir).filter((f) => f.endsWith('.js') && f !== SERVICE_WORKER_FILE)) {
          const { code } = await transform(readFileSync(join(publicDir, name), 'utf8'), { minify: true, target: 'es2020' });
          writeFileSync(join(fileURLToPath(dir), name), code);
        }
      },
    },
  };
}
