/**
 * Nothing in src/ knows the notice the site publishes today: its 文号, its issuer and the headings of
 * its parts live in its document folder and reach the code through its profile and the parser. The
 * words looked for are read here from the capture and the translation, not from the code under test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';

const DOCUMENTS = 'content/documents';
const folder = readdirSync(DOCUMENTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(DOCUMENTS, entry.name))
  .find((dir) => JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8')).default === true)!;
const profile = JSON.parse(readFileSync(join(folder, 'profile.json'), 'utf8'));
const capturePath = profile.capture.file.startsWith('./') ? join(folder, profile.capture.file) : profile.capture.file;
const lines = readFileSync(capturePath, 'utf8').split('\n').map((line) => line.normalize('NFKC').trim());
const english = JSON.parse(readFileSync(join(folder, 'policy.en.json'), 'utf8'));

const number = lines.find((line) => /^\S+〔\d{4}〕\d+号$/u.test(line))!;
const issuer = lines.find((line) => line.endsWith('人民政府办公室'))!;
/** 一、总体要求, and each (一) heading that stands alone on its line with numbered items under it. */
const partHeadings = lines.flatMap((line, i) => {
  const section = /^[一二三四五六七八九十]+、(.+)$/u.exec(line)?.[1];
  if (section) return [section];
  const part = /^\([一二三四五六七八九十]+\)([^。]+)$/u.exec(line)?.[1];
  const next = lines.slice(i + 1).find((l) => l !== '');
  return part && next && /^1\./u.test(next) ? [part] : [];
});
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const numberPrefix = number.slice(0, number.indexOf('〔')); // 东府办
const words = [
  numberPrefix,
  toTraditional(numberPrefix),
  english['notice.number'].text.replace(/\s*\[.*$/u, ''), // Dong Fu Ban
  issuer,
  toTraditional(issuer),
  english['notice.issuer'].text,
  ...partHeadings,
  ...partHeadings.map(toTraditional),
];

/** Every text file under src/ with its path. */
function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|json|mjs|css|md)$/u.test(entry.name) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

/** Each file's mention of a word of the notice. */
const noticeWordsIn = (files: { path: string; text: string }[]) =>
  files.flatMap(({ path, text }) => words.filter((word) => text.toLowerCase().includes(word.toLowerCase())).map((word) => `${path}: "${word}"`));

describe('src/', () => {
  it('reads the words to look for from the capture', () => {
    expect(number).toMatch(/〔\d{4}〕\d+号$/u);
    expect(issuer.length).toBeGreaterThan('人民政府办公室'.length);
    // The three sections of the plan and the two parts that list its sectors.
    expect(partHeadings.length).toBeGreaterThanOrEqual(5);
  });

  it('names none of the notice’s 文号, issuer and part headings, in any edition', () => {
    expect(noticeWordsIn(sourceFiles('src'))).toEqual([]);
  });

  it('would find one if it were there, in any case', () => {
    expect(noticeWordsIn([{ path: 'src/x.ts', text: `// ${partHeadings[0]}, ${english['notice.number'].text.toUpperCase()}` }])).toHaveLength(2);
  });
});
