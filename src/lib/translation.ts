/**
 * The English translation of the whole document, kept in content/policy.en.json keyed by paragraph id.
 * It must cover every block of the parsed model, with the same parts (title, text), and no more.
 */
import type { Block } from './policy-model.ts';
import type { TextPair } from './term-check.ts';
import { CJK } from './text.ts';

export interface TranslatedBlock {
  title?: string;
  text?: string;
}
export type Translation = Record<string, TranslatedBlock>;

export class TranslationError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'TranslationError';
  }
}

/** Every problem at once, so one build names them all. */
export function checkTranslation(translation: Translation, blocks: readonly Block[], file: string): Translation {
  const problems: string[] = [];
  const ids = new Set(blocks.map((b) => b.id));
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
      if (!block[part] && value !== undefined) problems.push(`paragraph "${block.id}" has a ${part} the Chinese text does not have`);
      if (value && CJK.test(value)) problems.push(`paragraph "${block.id}" ${part} contains Chinese characters`);
    }
    const unknown = Object.keys(entry).filter((k) => k !== 'title' && k !== 'text');
    if (unknown.length) problems.push(`paragraph "${block.id}" has unknown field(s) ${unknown.join(', ')}`);
  }
  if (problems.length) throw new TranslationError(file, problems);
  return translation;
}

/** Each translated title and text beside its Chinese, named by file, paragraph id and field. */
export function translationPairs(translation: Translation, blocks: readonly Block[], file: string): TextPair[] {
  return blocks.flatMap((block) =>
    (['title', 'text'] as const)
      .filter((part) => block[part])
      .map((part) => ({ where: `${file}: paragraph "${block.id}" ${part}`, zh: block[part], en: translation[block.id]?.[part] ?? '' })),
  );
}
