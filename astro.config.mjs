// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import buildGuard from './src/integrations/build-guard.ts';
import integrityManifest from './src/integrations/integrity-manifest.ts';
import pagefind from './src/integrations/pagefind.ts';

// SITE (absolute origin) and BASE (sub-path) come from the environment so one build script serves
// any host: see README, "Configure".
const site = process.env.SITE || undefined;
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    // Both languages are prefixed; the root page is our own (src/pages/index.astro).
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Order matters at build:done: Pagefind indexes the pages, the guard checks everything written,
  // and the integrity manifest comes last because it must hash every file.
  integrations: [mdx(), pagefind(), buildGuard(), integrityManifest()],
  vite: { plugins: [tailwindcss()] },
});
