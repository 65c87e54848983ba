/** The document in Akoma Ntoso 3.0, one file per edition (data/akn/zh.xml, data/akn/en.xml …). */
import type { APIRoute } from 'astro';
import { aknEdition } from '../../../lib/formats/akn-edition.ts';
import { LOCALES, type Locale } from '../../../lib/editions/locales.ts';
import { site } from '../../../site-data.ts';

export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { file: `${locale}.xml` }, props: { locale } }));

export const GET: APIRoute = ({ props }) => new Response(aknEdition(site, (props as { locale: Locale }).locale), { headers: { 'Content-Type': 'application/akn+xml' } });
