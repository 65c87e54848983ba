/**
 * Terms of the gambling spam injected into the captured page. The one list that the parser,
 * the build guard and the tests all use: a term here must never appear in any output file.
 */
export const SPAM_TERMS: readonly string[] = [
  '365体育',
  '唯一入口',
  'European Cup',
  '官方入口',
  '体育官方',
  '博彩',
  '赌场',
  '娱乐城',
  '彩票',
  '真人视讯',
  'bet365',
];

export interface SpamHit {
  line: number;
  term: string;
}

/** Every spam term in the text, with its 1-based line, compared after NFKC and case-folding. */
export function findSpam(text: string): SpamHit[] {
  const hits: SpamHit[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.normalize('NFKC').toLowerCase();
    for (const term of SPAM_TERMS) {
      if (line.includes(term.normalize('NFKC').toLowerCase())) hits.push({ line: index + 1, term });
    }
  });
  return hits;
}
