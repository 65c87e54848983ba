/** The web app manifest: name, colours and icon, with URLs under the configured base. */
import type { APIRoute } from 'astro';
import { t } from '../lib/editions/i18n.ts';
import { ORIGINAL, languageTag } from '../lib/editions/locales.ts';
import { pagePath, sitePath } from '../lib/site/urls.ts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: t(ORIGINAL, 'site.name'),
    short_name: t(ORIGINAL, 'site.shortName'),
    lang: languageTag(ORIGINAL),
    start_url: pagePath(base, ORIGINAL, ''),
    scope: base,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: [{ src: sitePath(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`);
};
