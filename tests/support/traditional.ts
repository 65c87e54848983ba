import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/cn2t';

const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
const { phrases } = JSON.parse(readFileSync(new URL('../../content/zh-hant-conversion.json', import.meta.url), 'utf8')) as {
  phrases: Record<string, { form: string }>;
};

/**
 * The 繁體 edition's text of a Simplified text, as the tests expect it: OpenCC's cn → tw conversion with
 * the reviewed phrase overrides of content/zh-hant-conversion.json put in place of its output.
 */
export function toTraditional(text: string): string {
  let converted = opencc(text);
  for (const [from, { form }] of Object.entries(phrases)) {
    for (const match of text.matchAll(new RegExp(from, 'gu'))) {
      const at = [...text.slice(0, match.index)].length;
      converted = [...converted].toSpliced(at, [...form].length, ...form).join('');
    }
  }
  return converted;
}
