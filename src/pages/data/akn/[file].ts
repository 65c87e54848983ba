/** The document in Akoma Ntoso 3.0, one file per edition (data/akn/zh.xml, data/akn/en.xml …). */
import type { APIRoute } from 'astro';
import { aknEdition } from '../../../lib/akn-edition.ts';
import type { Locale } from '../../../lib/policy-model.ts';
import { LOCALES } from '../../../lib/urls.ts';
import { documentStatus, policy } from '../../../site-data.ts';

export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { file: `${locale}.xml` }, props: { locale } }));

export const GET: APIRoute = ({ props }) =>
  new Response(aknEdition(policy, documentStatus, (props as { locale: Locale }).locale), { headers: { 'Content-Type': 'application/akn+xml' } });
