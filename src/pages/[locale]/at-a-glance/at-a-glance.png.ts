/** The long PNG of 一图读懂 beside its page, for chat apps (src/lib/formats/glance-png.ts). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../lib/editions/locales.ts';
import { localeParams } from '../../../lib/site/urls.ts';
import { glanceImage } from '../../../glance-data.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ params, site }) => {
  const { png } = await glanceImage(params.locale as Locale, site);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
