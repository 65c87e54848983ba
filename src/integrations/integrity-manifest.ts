/**
 * Writes dist/integrity.json, the SHA-256 of every output file, so that what a host serves can be
 * proven identical to what was built (`npm run verify`): a compromised server is how the spam got
 * into the source page in the first place.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INTEGRITY_FILE, buildManifest, serializeManifest } from '../lib/integrity.ts';

/**
 * Every file below dir, as bytes, with its path relative to dir ("/" separators). Binary-safe and
 * without any filter: an image or an index chunk can be tampered with as well as a page. Symbolic
 * links count as the file they point to, since that is what a web server would send.
 */
export function readAllFiles(dir: string): { path: string; bytes: Uint8Array }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((full) => statSync(full, { throwIfNoEntry: false })?.isFile())
    .map((full) => ({ path: relative(dir, full).split(sep).join('/'), bytes: readFileSync(full) }));
}

export default function integrityManifest(): AstroIntegration {
  return {
    name: 'integrity-manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = buildManifest(readAllFiles(outDir));
        writeFileSync(join(outDir, INTEGRITY_FILE), serializeManifest(manifest));
        logger.info(`${Object.keys(manifest.files).length} files hashed (SHA-256) into ${INTEGRITY_FILE}.`);
      },
    },
  };
}
