/**
 * A translation of the whole document, kept in content/policy.<locale>.json keyed by paragraph id.
 * It must cover every block of the parsed model, with the same parts (title, text), and no more; the
 * paragraph of the targets also names each target and the plan's outlooks in the translation's words.
 */
import { type Locale, localeInfo, scriptProblem } from './locales.ts';
import { type Block, type PolicyDocument, TARGETS_PARAGRAPH } from '../document/policy-model.ts';
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

export const translationFile = (locale: Locale) => `content/policy.${locale}.json`;

/** Every problem at once, so one build names them all. */
export function checkTranslation(translation: Translation, document: PolicyDocument, locale: Locale): Translation {
  const problems: string[] = [];
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
    const allowed = block.id === TARGETS_PARAGRAPH ? ['title', 'text', 'targets', 'outlooks'] : ['title', 'text'];
    const unknown = Object.keys(entry).filter((k) => !allowed.includes(k));
    if (unknown.length) problems.push(`paragraph "${block.id}" has unknown field(s) ${unknown.join(', ')} (the fields are ${allowed.join(', ')})`);
  }
  const facts = translation[TARGETS_PARAGRAPH];
  if (facts) {
    for (const target of document.targets) {
      const label = facts.targets?.[target.id];
      if (!label?.trim()) problems.push(`paragraph "${TARGETS_PARAGRAPH}" field "targets": no label for target "${target.id}"`);
      else inScript(label, `paragraph "${TARGETS_PARAGRAPH}" targets.${target.id}`);
    }
    for (const key of Object.keys(facts.targets ?? {})) {
      if (!document.targets.some((t) => t.id === key)) problems.push(`paragraph "${TARGETS_PARAGRAPH}" field "targets": "${key}" is not a target of the plan`);
    }
    const outlooks = facts.outlooks ?? [];
    if (outlooks.length !== document.horizons.outlooks.length) {
      problems.push(`paragraph "${TARGETS_PARAGRAPH}" field "outlooks": ${outlooks.length} goal(s), the plan states ${document.horizons.outlooks.length}`);
    }
    outlooks.forEach((goal, i) => inScript(goal, `paragraph "${TARGETS_PARAGRAPH}" outlooks[${i}]`));
  }
  throwIfProblems(translationFile(locale), problems);
  return translation;
}

/** Each translated title and text beside the original's, named by file, paragraph id and field. */
export function translationPairs(translation: Translation, blocks: readonly Block[], locale: Locale): TextPair[] {
  return blocks.flatMap((block) =>
    (['title', 'text'] as const)
      .filter((part) => block[part])
      .map((part) => ({ where: `${translationFile(locale)}: paragraph "${block.id}" ${part}`, original: block[part], translated: translation[block.id]?.[part] ?? '' })),
  );
}
