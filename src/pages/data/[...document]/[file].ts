/** The open data files of each document: the plan as JSON with its schema, and two CSV tables (data/… for the default document, data/<document>/… for another). */
import type { APIRoute } from 'astro';
import { DATA_FILES, jsonFile, measuresCsv, policyData, policySchema, sectorsCsv } from '../../../lib/formats/open-data.ts';
import { dataPaths, documentById } from '../../../site-pages.ts';

type DataFile = (typeof DATA_FILES)[number];
const FILES: Record<DataFile, (data: ReturnType<typeof policyData>) => string> = {
  'policy.json': (data) => jsonFile(data),
  'policy.schema.json': () => jsonFile(policySchema()),
  'sectors.csv': (data) => sectorsCsv(data),
  'measures.csv': (data) => measuresCsv(data),
};

export const getStaticPaths = () => dataPaths(DATA_FILES);

export const GET: APIRoute = ({ params, props }) => new Response(FILES[params.file as DataFile](policyData(documentById(props.documentId as string).site)));
