// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import buildGuard from './src/integrations/build-guard.ts';
import headOrder from './src/integrations/head-order.ts';
import integrityManifest from './src/integrations/integrity-manifest.ts';
import moduleUrl from './src/integrations/module-url.ts';
import offlineReading from './src/integrations/offline-reading.ts';
import publicScripts from './src/integrations/public-scripts.ts';
import pagefind from './src/integrations/pagefind.ts';
import serverFiles from './src/integrations/server-files.ts';
import crawlerFiles from './src/integrations/crawler-files.ts';
import notFoundPages from './src/integrations/not-found-pages.ts';
import { LOCALES, ORIGINAL } from './src/lib/editions/locales.ts';

// SITE (absolute origin) and BASE (sub-path) come from the environment so one build script serves
// any host: see README, "Configure".
const site = process.env.SITE || undefined;
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Inline the one small stylesheet: a page then renders from a single response, with no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The editions come from the one locale list (src/lib/editions/locales.ts).
  i18n: {
    locales: [...LOCALES],
    defaultLocale: ORIGINAL,
    // Every edition is prefixed; the root page is our own (src/pages/index.astro).
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Order matters at build:done: the CSP <meta> is moved first in every head, then the 404 pages, the crawler files (sitemap, robots.txt) and
  // Pagefind's index are written first and our public scripts minified, then the offline-reading
  // files (which list and size them), then the server files (which list the MIME types of every file written), the guard checks
  // everything written, and the integrity manifest comes last because it must hash every file.
  // No code blocks to highlight; Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), headOrder(), notFoundPages(), crawlerFiles(), pagefind(), publicScripts(), offlineReading(), serverFiles(), buildGuard(), integrityManifest()],
  vite: {
    plugins: [tailwindcss(), moduleUrl()],
    build: {
      rolldownOptions: {
        // MDX modules start with Astro's own "use astro:head-inject" directive, which the bundler
        // reports once per file (about 250 lines) although Astro handles it: they would bury a real error.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  security: {
    // Every page gets a Content-Security-Policy <meta> with the hashes of its own scripts and styles.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // 'self' loads Pagefind's pagefind.js and its worker. 'wasm-unsafe-eval' lets Pagefind compile its
      // WebAssembly search engine: its worker needs it once a server sends this policy as a header
      // (README's server configs do), and so does Pagefind's fallback on the page itself when a
      // worker cannot start. It allows WebAssembly only, never eval of JavaScript or inline script.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
