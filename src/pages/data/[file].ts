/** The open data files under data/: the plan as JSON with its schema, and two CSV tables. */
import type { APIRoute } from 'astro';
import { DATA_FILES, measuresCsv, policyData, policySchema, sectorsCsv } from '../../lib/open-data.ts';
import { site } from '../../site-data.ts';

const data = policyData(site);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const FILES: Record<(typeof DATA_FILES)[number], () => string> = {
  'policy.json': () => json(data),
  'policy.schema.json': () => json(policySchema()),
  'sectors.csv': () => sectorsCsv(data),
  'measures.csv': () => measuresCsv(data),
};

export const getStaticPaths = () => DATA_FILES.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(FILES[params.file as (typeof DATA_FILES)[number]]());
