/** The long PNG of 一图读懂 beside its page, for chat apps (src/lib/glance-png.ts). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../lib/locales.ts';
import { localeParams } from '../../../lib/urls.ts';
import { glanceImage } from '../../../glance-data.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ params, site }) => {
  const { png } = await glanceImage(params.locale as Locale, site);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
