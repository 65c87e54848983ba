/** The text of the document in a locale: the seed's Chinese, or the checked English translation. */
import type { Block, Locale } from './policy-model.ts';
import { toChineseNumeral } from './text.ts';
import type { Translation } from './translation.ts';

export interface LocalizedBlock {
  id: string;
  depth: Block['depth'];
  label: string;
  title: string;
  text: string;
  runIn: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** English numbering mirrors the Chinese: 一、→ I. (一) → (1) 1. → 1. */
function englishLabel(block: Block): string {
  const n = Number(block.id.split('.').at(-1));
  if (block.depth === 1) return `${ROMAN[n - 1]}.`;
  if (block.depth === 2) return `(${n})`;
  if (block.depth === 3) return `${n}.`;
  return '';
}

export function localizeBlock(block: Block, locale: Locale, english: Translation): LocalizedBlock {
  if (locale === 'zh') return { ...block };
  const entry = english[block.id]!;
  return { id: block.id, depth: block.depth, label: englishLabel(block), title: entry.title ?? '', text: entry.text ?? '', runIn: block.runIn };
}

/**
 * How a reader cites a paragraph: 东府办〔2024〕18号 二(一)3, or Dong Fu Ban [2024] No. 18, II(1)3.
 * Notice and front-matter blocks cite the document alone.
 */
export function citation(id: string, locale: Locale, documentNumber: string): string {
  const parts = /^\d/u.test(id) ? id.split('.').map(Number) : [];
  if (locale === 'zh') {
    const [section, part, item] = parts;
    const label = section ? `${toChineseNumeral(section)}${part ? `(${toChineseNumeral(part)})` : ''}${item ?? ''}` : '';
    return label ? `${documentNumber} ${label}` : documentNumber;
  }
  const [section, part, item] = parts;
  const label = section ? `${ROMAN[section - 1]}${part ? `(${part})` : ''}${item ?? ''}` : '';
  return label ? `${documentNumber}, ${label}` : documentNumber;
}
