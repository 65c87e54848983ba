/**
 * The site's data, loaded once per build: the parsed plan with its translation, zones and departments
 * (src/lib/load-policy.ts) and the sector MDX entries joined to it. Any error here fails the build.
 */
import { getCollection } from 'astro:content';
import { loadPolicy } from './lib/load-policy.ts';
import { joinSectorContent } from './lib/sector-content.ts';

export const policy = loadPolicy();
export const sectorContent = joinSectorContent(await getCollection('sectors'), policy.document);
