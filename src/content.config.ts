import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One MDX page per sector and language: content/sectors/<locale>/<slug>.mdx. The file name is the
 * sector's slug; `paragraph` ties it to the plan. Kind and order follow from the paragraph id, and
 * the checks against the seed run in src/lib/sector-content.ts.
 */
const sectors = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/sectors' }),
  schema: z
    .object({
      paragraph: z.string().regex(/^2\.[12]\.\d+$/, 'must be a sector paragraph id such as "2.1.3"'),
      title: z.string().min(1),
      summary: z.string().min(1),
      priorities: z.array(z.string().min(1)).min(1),
      technologies: z.array(z.string().min(1)).min(1),
    })
    .strict(),
});

export const collections = { sectors };
