import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SECTOR_ENTRIES_BASE, type SECTOR_FIELDS } from './lib/document/sector-content.ts';
import { SECTOR_ICON_NAMES } from './lib/site/sector-icons.ts';

/**
 * One MDX page per sector and language, in every document's folder:
 * content/documents/<document>/sectors/<locale>/<slug>.mdx (the entry id is that path under
 * content/documents/, so src/site-data.ts joins each document's own). The file name is the sector's
 * slug; `paragraph` ties it to the plan. Kind and order follow from the paragraph id, and the checks
 * against the capture run in src/lib/document/sector-content.ts.
 */
const sectors = defineCollection({
  loader: glob({ pattern: '*/sectors/*/*.mdx', base: `./${SECTOR_ENTRIES_BASE}` }),
  schema: z
    .object({
      // The keys are SECTOR_FIELDS, which the content check (src/cli/check-content.ts) names to an editor.
      paragraph: z.string().regex(/^\d+(?:\.\d+)+$/, 'must be a sector paragraph id such as "2.1.3"'),
      title: z.string().min(1),
      icon: z.enum(SECTOR_ICON_NAMES).optional(),
      summary: z.string().min(1),
      priorities: z.array(z.string().min(1)).min(1),
      technologies: z.array(z.string().min(1)).min(1),
    } satisfies Record<(typeof SECTOR_FIELDS)[number], z.ZodType>)
    .strict(),
});

export const collections = { sectors };
