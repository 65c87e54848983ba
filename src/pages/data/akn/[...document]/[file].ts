/** Each document in Akoma Ntoso 3.0, one file per edition (data/akn/zh.xml … for the default document, data/akn/<document>/zh.xml … for another). */
import type { APIRoute } from 'astro';
import { aknEdition } from '../../../../lib/formats/akn-edition.ts';
import { LOCALES, type Locale } from '../../../../lib/editions/locales.ts';
import { dataPaths, documentById } from '../../../../site-pages.ts';

export const getStaticPaths = () => dataPaths(LOCALES.map((locale) => `${locale}.xml`));

export const GET: APIRoute = ({ params, props }) =>
  new Response(aknEdition(documentById(props.documentId as string).site, params.file!.replace(/\.xml$/u, '') as Locale), { headers: { 'Content-Type': 'application/akn+xml' } });
