/**
 * The contents list of the document: the notice, then the plan's sections (一、) and their parts
 * ((一)), each linking to the paragraph id that policy/ and policy/bilingual/ both use as anchor.
 */
import type { LocalizedParagraph } from '../document/site-model.ts';

export interface ContentsEntry {
  id: string;
  label: string;
  children: ContentsEntry[];
}

/** Heading levels by a block's depth in the document, under the plan title's h2: sections h3, parts h4, items h5. */
export const HEADING_LEVEL = { 0: 3, 1: 3, 2: 4, 3: 5 } as const;

/** A heading as printed, its number joined to its words by the locale's separator. */
export const blockHeading = (block: Pick<LocalizedParagraph, 'label' | 'title'>, separator: string): string =>
  [block.label, block.title].filter(Boolean).join(separator);

/**
 * The notice and the plan title lead; the plan's sections and their parts nest under the plan.
 * `notice` names the notice in the page's language (it has no heading of its own in the text).
 */
export function documentContents(blocks: readonly LocalizedParagraph[], notice: string, separator: string): ContentsEntry[] {
  const planTitle = blocks.find((b) => b.id === 'plan.title');
  if (!planTitle) throw new Error('The document has no plan title (paragraph "plan.title")');
  const sections: ContentsEntry[] = [];
  for (const block of blocks) {
    const entry = { id: block.id, label: blockHeading(block, separator), children: [] };
    if (block.depth === 1) sections.push(entry);
    else if (block.depth === 2) {
      const section = sections.at(-1);
      if (!section) throw new Error(`Paragraph "${block.id}" comes before any section`);
      section.children.push(entry);
    }
  }
  return [
    { id: 'notice', label: notice, children: [] },
    { id: planTitle.id, label: planTitle.text, children: sections },
  ];
}
