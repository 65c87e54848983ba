/**
 * Two editions of the document paragraph against paragraph, for policy/bilingual/. Rows follow the
 * first edition's order; every edition must hold the same paragraphs, or the rows would misalign.
 */
import type { LocalizedParagraph } from '../document/site-model.ts';
import type { Locale } from '../editions/locales.ts';

export interface Edition {
  locale: Locale;
  blocks: readonly LocalizedParagraph[];
}
export interface ParallelRow {
  id: string;
  depth: LocalizedParagraph['depth'];
  /** One half per edition, in the order given. */
  halves: { locale: Locale; block: LocalizedParagraph }[];
}

export function alignParagraphs(editions: readonly Edition[]): ParallelRow[] {
  const [first, ...others] = editions;
  if (!first || !others.length) throw new Error('Side-by-side reading needs at least two editions');
  const byId = others.map((e) => new Map(e.blocks.map((b) => [b.id, b])));
  others.forEach((edition, i) => {
    const missing = first.blocks.filter((b) => !byId[i]!.has(b.id)).map((b) => b.id);
    const extra = edition.blocks.filter((b) => !first.blocks.some((f) => f.id === b.id)).map((b) => b.id);
    if (missing.length || extra.length || edition.blocks.length !== first.blocks.length) {
      throw new Error(`The ${edition.locale} edition does not align with the ${first.locale} one: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`);
    }
  });
  return first.blocks.map((block) => ({
    id: block.id,
    depth: block.depth,
    halves: [{ locale: first.locale, block }, ...others.map((e, i) => ({ locale: e.locale, block: byId[i]!.get(block.id)! }))],
  }));
}
