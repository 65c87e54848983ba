/** The default document's folder, read from the profiles (the one with "default": true), as content/ paths name it. */
import { readFileSync, readdirSync } from 'node:fs';

const folders = readdirSync('content/documents', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `content/documents/${entry.name}`);
const defaults = folders.filter((folder) => (JSON.parse(readFileSync(`${folder}/profile.json`, 'utf8')) as { default?: boolean }).default === true);
if (defaults.length !== 1) throw new Error(`tests/support/documents.ts: expected one default document in content/documents, found ${defaults.length}`);
export const DEFAULT_DOCUMENT = defaults[0]!;
