/**
 * A translation of the whole document, kept in policy.<locale>.json in the document's folder, keyed by paragraph id.
 * It must cover every block of the parsed model, with the same parts (title, text), and no more; the
 * paragraph of the targets also names each target and the plan's outlooks in the translation's words.
 */
import { type Locale, localeInfo, scriptProblem } from './locales.ts';
import type { Block, PolicyDocument } from '../document/policy-model.ts';
import { throwIfProblems } from '../checks/problems.ts';
import type { TextPair } from './term-check.ts';

export interface TranslatedBlock {
  title?: string;
  text?: string;
  /** On the targets' paragraph: each target's label, by target id (what the original's clause says before the figure). */
  targets?: Record<string, string>;
  /** On the targets' paragraph: each outlook's goal, in the document's order (从小到大 …). */
  outlooks?: string[];
}
export type Translation = Record<string, TranslatedBlock>;

/** A document's translation into an edition: policy.<locale>.json in its folder. */
export const translationFile = (folder: string, locale: Locale) => `${folder}/policy.${locale}.json`;

/** Every problem at once, so one build names them all. */
export function checkTranslation(translation: Translation, document: PolicyDocument, locale: Locale, file: string): Translation {
  const problems: string[] = [];
  const targetsParagraph = document.parts.targets;
  const { script } = localeInfo(locale);
  const blocks: readonly Block[] = document.blocks;
  const ids = new Set(blocks.map((b) => b.id));
  const inScript = (value: string, where: string) => {
    const problem = scriptProblem(value, script);
    if (problem) problems.push(`${where} ${problem}`);
  };
  for (const key of Object.keys(translation)) {
    if (!ids.has(key)) problems.push(`key "${key}" is not a paragraph id of the document`);
  }
  for (const block of blocks) {
    const entry = translation[block.id];
    if (!entry) {
      problems.push(`paragraph "${block.id}" has no translation`);
      continue;
    }
    for (const part of ['title', 'text'] as const) {
      const value = entry[part];
      if (block[part] && !value?.trim()) problems.push(`paragraph "${block.id}" lacks its translated ${part}`);
      if (!block[part] && value !== undefined) problems.push(`paragraph "${block.id}" has a ${part} the original does not have`);
      if (value) inScript(value, `paragraph "${block.id}" ${part}`);
    }
    const allowed = block.id === targetsParagraph ? ['title', 'text', 'targets', 'outlooks'] : ['title', 'text'];
    const unknown = Object.keys(entry).filter((k) => !allowed.includes(k));
    if (unknown.length) problems.push(`paragraph "${block.id}" has unknown field(s) ${unknown.join(', ')} (the fields are ${allowed.join(', ')})`);
  }
  const facts = translation[targetsParagraph];
  if (facts) {
    for (const target of document.targets) {
      const label = facts.targets?.[target.id];
      if (!label?.trim()) problems.push(`paragraph "${targetsParagraph}" field "targets": no label for target "${target.id}"`);
      else inScript(label, `paragraph "${targetsParagraph}" targets.${target.id}`);
    }
    for (const key of Object.keys(facts.targets ?? {})) {
      if (!document.targets.some((t) => t.id === key)) problems.push(`paragraph "${targetsParagraph}" field "targets": "${key}" is not a target of the plan`);
    }
    const outlooks = facts.outlooks ?? [];
    if (outlooks.length !== document.horizons.outlooks.length) {
      problems.push(`paragraph "${targetsParagraph}" field "outlooks": ${outlooks.length} goal(s), the plan states ${document.horizons.outlooks.length}`);
    }
    outlooks.forEach((goal, i) => inScript(goal, `paragraph "${targetsParagraph}" outlooks[${i}]`));
  }
  throwIfProblems(file, problems);
  return translation;
}

/** Each translated title and text beside the original's, named by file, paragraph id and field. */
export function translationPairs(translation: Translation, blocks: readonly Block[], file: string): TextPair[] {
  return blocks.flatMap((block) =>
    (['title', 'text'] as const)
      .filter((part) => block[part])
      .map((part) => ({ where: `${file}: paragraph "${block.id}" ${part}`, original: block[part], translated: translation[block.id]?.[part] ?? '' })),
  );
}
