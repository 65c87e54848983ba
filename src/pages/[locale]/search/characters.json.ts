/**
 * For an edition converted from another (繁體 from 简体): the map that converts what a reader types in
 * the source edition's characters into this edition's, so that a Simplified query finds Traditional
 * pages. Learned from the site's own text at build time (src/lib/editions/convert.ts); a few KB, fetched by the
 * search page only when a query holds a character to convert.
 */
import type { APIRoute } from 'astro';
import { characterMap } from '../../../lib/editions/convert.ts';
import { LOCALE_LIST, type Locale } from '../../../lib/editions/locales.ts';
import { editionText } from '../../../lib/document/site-model.ts';
import { documents } from '../../../site-data.ts';

export const getStaticPaths = () =>
  LOCALE_LIST.flatMap((l) => (l.text.from === 'conversion' ? [{ params: { locale: l.code }, props: { source: l.text.of as Locale } }] : []));

export const GET: APIRoute = ({ params, props }) => {
  // One search for the whole site: the map is learned from the text of every document.
  const textOf = (locale: Locale) => documents.map((document) => editionText(document.site, locale)).join('\n');
  const [from, to] = characterMap(textOf(props.source as Locale), textOf(params.locale as Locale));
  return new Response(JSON.stringify({ from, to }));
};
