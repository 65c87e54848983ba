/** The open data files under data/: the plan as JSON with its schema, and two CSV tables. */
import type { APIRoute } from 'astro';
import { DATA_FILES, jsonFile, measuresCsv, policyData, policySchema, sectorsCsv } from '../../lib/formats/open-data.ts';
import { site } from '../../site-data.ts';

const data = policyData(site);
const FILES: Record<(typeof DATA_FILES)[number], () => string> = {
  'policy.json': () => jsonFile(data),
  'policy.schema.json': () => jsonFile(policySchema()),
  'sectors.csv': () => sectorsCsv(data),
  'measures.csv': () => measuresCsv(data),
};

export const getStaticPaths = () => DATA_FILES.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(FILES[params.file as (typeof DATA_FILES)[number]]());
