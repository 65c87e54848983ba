/** The enterprise finder's data beside its page: what the page's script reads (src/finder-page-data.ts). */
import type { APIRoute } from 'astro';
import { finderOf } from '../../../../finder-page-data.ts';
import { FINDER_ROUTE } from '../../../../lib/site/routes.ts';
import { documentPaths, pageOf } from '../../../../site-pages.ts';

export const getStaticPaths = () => documentPaths(FINDER_ROUTE);

export const GET: APIRoute = ({ params, props, site }) => {
  const { locale, document } = pageOf(params, props, site);
  return new Response(JSON.stringify(finderOf(document, locale)), { headers: { 'Content-Type': 'application/json' } });
};
