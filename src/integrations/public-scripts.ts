/**
 * After the build: our hand-written browser scripts in public/ (reading settings, reader tools) go out
 * minified, since they count against the page's script budget; the share panel's QR code module is
 * bundled with its library (uqr). The service worker is written by the offline-reading hook, which
 * sets its cache version.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, transform } from 'esbuild';
import { SERVICE_WORKER_FILE } from '../lib/publish/offline.ts';
import { SHARE_QR_SCRIPT } from '../lib/formats/qr.ts';

/** Our browser modules that import a library, each bundled into one file at the root and loaded on first use. */
const BUNDLED = [{ source: new URL('../components/share-qr.ts', import.meta.url), file: SHARE_QR_SCRIPT }];

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
        for (const { source, file } of BUNDLED) {
          await build({ entryPoints: [fileURLToPath(source)], bundle: true, minify: true, format: 'esm', target: 'es2020', outfile: join(fileURLToPath(dir), file), logLevel: 'error' });
        }
      },
    },
  };
}
