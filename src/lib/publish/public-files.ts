/**
 * The manifest of public/: every file copied into the site as it is, with what it is for and how
 * large it may be. A file not listed here (an analytics script, a stray image) or over its budget
 * fails the build before anything is built: nothing reaches the site from public/ unreviewed.
 */
import { SHARE_QR_SCRIPT } from '../formats/qr.ts';

export interface PublicFile {
  /** Path under public/, with "/" separators. */
  path: string;
  /** Why the site ships it. */
  purpose: string;
  /** Largest size allowed, in bytes (as written in public/, before the build minifies scripts). */
  budget: number;
  /** A script: the build minifies it (src/integrations/public-scripts.ts) and pages may load it. */
  script?: boolean;
}

const KB = 1024;
/** The budget of any image: a phone on a weak connection pays for every byte. */
export const IMAGE_BUDGET = 300 * KB;

export const PUBLIC_FILES: readonly PublicFile[] = [
  { path: 'favicon.svg', purpose: 'the site icon in tabs and bookmarks', budget: 4 * KB },
  { path: 'reading-settings.js', purpose: 'reading settings (text size, colours) applied before first paint, the language switch and the reader tools\' loader', budget: 8 * KB, script: true },
  { path: 'read-aloud.js', purpose: 'read aloud with the browser\'s own speech synthesis, loaded on first use', budget: 8 * KB, script: true },
  { path: 'share.js', purpose: 'share or copy the page\'s address, loaded on first use', budget: 4 * KB, script: true },
  { path: 'settings-panel.js', purpose: 'closing the reading settings panel on Escape or a tap outside it, loaded when the panel first opens', budget: 2 * KB, script: true },
  { path: 'offline.js', purpose: 'saving an edition for offline reading, loaded on first use', budget: 4 * KB, script: true },
  { path: 'sw.js', purpose: 'the service worker for offline reading; the build sets its cache version (src/integrations/offline-reading.ts)', budget: 8 * KB, script: true },
];

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp)$/iu;
const sizeOf = (bytes: number) => (bytes >= 1024 * KB ? `${(bytes / (1024 * KB)).toFixed(1)} MB` : bytes >= KB ? `${(bytes / KB).toFixed(1)} KB` : `${bytes} bytes`);

/** Problems with what public/ holds, one per file: unlisted, over its budget, or listed but absent. */
export function publicFileProblems(found: readonly { path: string; size: number }[], manifest: readonly PublicFile[] = PUBLIC_FILES): string[] {
  const listed = new Map(manifest.map((f) => [f.path, f]));
  const problems: string[] = [];
  for (const { path, size } of found) {
    const entry = listed.get(path);
    if (!entry) {
      const kind = /\.m?js$/iu.test(path) ? 'a script this site does not ship' : 'a file';
      problems.push(`public/${path}: ${kind} (${sizeOf(size)}), not listed in src/lib/publish/public-files.ts: every file in public/ is published as it is, so each is listed there with its purpose and size budget`);
      continue;
    }
    const budget = IMAGE.test(path) ? Math.min(entry.budget, IMAGE_BUDGET) : entry.budget;
    if (size > budget) problems.push(`public/${path}: ${sizeOf(size)} (${size} bytes), over its budget of ${sizeOf(budget)}${IMAGE.test(path) ? ' (images: at most 300 KB; compress or resize it)' : ''}`);
  }
  const present = new Set(found.map((f) => f.path));
  for (const entry of manifest) if (!present.has(entry.path)) problems.push(`public/${entry.path}: listed in src/lib/publish/public-files.ts but missing`);
  return problems;
}

/**
 * The scripts the site itself ships at its root: those of public/, and the modules the build bundles
 * with a library (src/integrations/public-scripts.ts). The only ones besides Astro's and Pagefind's
 * that a page may load.
 */
export const PUBLIC_SCRIPTS: readonly string[] = [...PUBLIC_FILES.filter((f) => f.script).map((f) => f.path), SHARE_QR_SCRIPT];

/** The scripts the build writes: Astro's bundles, Pagefind's engine and the site's own (PUBLIC_SCRIPTS). */
export const isOwnScript = (path: string): boolean => path.startsWith('_astro/') || path.startsWith('pagefind/') || PUBLIC_SCRIPTS.includes(path);
