/** The long PNG of 一图读懂 beside its page, for chat apps (src/lib/formats/glance-png.ts). */
import type { APIRoute } from 'astro';
import { glanceImage } from '../../../../glance-data.ts';
import { GLANCE_ROUTE } from '../../../../lib/explain/at-a-glance.ts';
import { documentPaths, pageOf } from '../../../../site-pages.ts';

export const getStaticPaths = () => documentPaths(GLANCE_ROUTE);

export const GET: APIRoute = async ({ params, props, site }) => {
  const { locale, document } = pageOf(params, props, site);
  const { png } = await glanceImage(document, locale, site);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
