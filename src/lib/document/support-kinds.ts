/**
 * The kinds of support a clause may speak of (content/support-kinds.json): per kind, the Chinese words
 * that mark it. The slugs are the enterprise finder's needs (a public URL parameter), so the file must
 * give exactly these, each once.
 */
import { z } from 'zod';
import { throwIfProblems } from '../checks/problems.ts';

export const SUPPORT_KINDS_FILE = 'content/support-kinds.json';
/** The finder's `need=` values, in the order it offers them. */
export const SUPPORT_NEEDS = ['funding', 'talent', 'land', 'scenarios', 'innovation', 'guangzhou-shenzhen', 'growth', 'investment'] as const;
export type SupportNeed = (typeof SUPPORT_NEEDS)[number];

const supportKindsSchema = z.strictObject({
  $comment: z.string().optional(),
  kinds: z.array(
    z.strictObject({
      slug: z.enum(SUPPORT_NEEDS),
      name: z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }),
      words: z.array(z.string().trim().min(1)).min(1),
      /** Phrases in which a word of the kind means something else (引进 in 人才引进 is talent, not investment): taken out before matching. */
      except: z.array(z.string().trim().min(1)).default([]),
    }),
  ),
});
export type SupportKind = z.output<typeof supportKindsSchema>['kinds'][number];

/** The lexicon, or an error naming the file and each faulty field. */
export function checkSupportKinds(raw: unknown, file: string): SupportKind[] {
  const result = supportKindsSchema.safeParse(raw);
  const problems = result.success ? [] : result.error.issues.map((i) => `field "${i.path.map(String).join('.')}": ${i.message}`);
  if (result.success) {
    const slugs = result.data.kinds.map((k) => k.slug);
    for (const need of SUPPORT_NEEDS) if (slugs.filter((s) => s === need).length !== 1) problems.push(`"kinds" must give "${need}" exactly once`);
  }
  throwIfProblems(file, problems);
  return result.data!.kinds;
}
