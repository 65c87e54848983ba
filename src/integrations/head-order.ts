/**
 * Moves each page's Content-Security-Policy <meta> to directly after <meta charset>, and keeps in it
 * only the hashes of the page's own inline scripts and styles (cspOwnHashes). Astro writes the <meta>
 * where it renders the head's styles, after the other head elements; a browser applies a policy from
 * a <meta> only to what comes after it, so on a host that sends no CSP header a script placed before
 * it would run. Runs first at build:done, so every later hook sees pages in their final order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFirst, cspOwnHashes } from '../lib/publish/output-checks.ts';
import { listFiles } from '../lib/publish/output-files.ts';

export default function headOrder(): AstroIntegration {
  return {
    name: 'head-order',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const path of listFiles(out).filter((p) => p.endsWith('.html'))) {
          const file = join(out, path);
          const html = readFileSync(file, 'utf8');
          const moved = cspFirst(cspOwnHashes(html));
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
