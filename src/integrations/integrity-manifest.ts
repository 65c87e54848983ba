/**
 * Writes dist/integrity.json, the SHA-256 of every output file, so that what a host serves can be
 * proven identical to what was built (`npm run verify`): a compromised server is how the spam got
 * into the source page in the first place.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INTEGRITY_FILE, buildManifest, serializeManifest } from '../lib/publish/integrity.ts';
import { readAllFiles } from '../lib/publish/output-files.ts';

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
