/**
 * Search recall, measured over whole word lists rather than samples: in /zh/ and /zh-hant/, every
 * sector, zone, department and glossary term and every distinct word of 2–6 Chinese characters of
 * the indexed text (as the browser's own Intl.Segmenter splits it, in the edition's language: the
 * words a reader can select or type), and on /en/ the English names, must find every record whose
 * indexed text contains it. The records and their text come from Pagefind itself (a search for
 * everything), so the expectation is what was indexed, not what the indexer meant to index. The
 * queries run inside one page through pagefind.js, thousands of them in a few seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser-suite.ts';
import { DIST } from '../support/dist.ts';

const site = siteInBrowser();

type Named = Record<string, string>;
const data = JSON.parse(readFileSync(join(DIST, 'data/policy.json'), 'utf8')) as {
  sectors: { name: Named; shortName: Named }[];
  zones: { name: Named }[];
  departments: { name: Named }[];
  glossary: { term: Named }[];
};
/** The names a reader looks up, in one edition. */
const namesIn = (locale: string) => [
  ...data.sectors.flatMap((s) => [s.name[locale]!, s.shortName[locale]!]),
  ...data.zones.map((z) => z.name[locale]!),
  ...data.departments.map((d) => d.name[locale]!),
  ...data.glossary.map((g) => g.term[locale]!),
];

/**
 * A word a reader could type: a run of up to this many consecutive segments of Intl.Segmenter, so
 * that a compound it splits (反向|飛|地) is a word too (飛地, 反向飛地).
 */
const WORD_SEGMENTS = 3;

interface Recall {
  queries: number;
  /** Each query that missed a record holding it as whole words, with the records it missed. */
  misses: Record<string, string[]>;
  /** Queries that missed a record holding them only inside other words (能移動 in 智能|移動): reported, not required. */
  partial: string[];
  /** The records found for each of the queries asked about by name. */
  found: Record<string, string[]>;
}

/**
 * In the page: loads Pagefind, reads every record's indexed text (Pagefind's own, without the
 * zero-width word marks), splits it with the browser's Intl.Segmenter in the edition's language (as
 * pagefind.js splits a query), builds the word list (the names; with `words`, every run of 1 to
 * WORD_SEGMENTS segments that is 2–6 Chinese characters) and searches each. A record holds a query
 * when the query is in its text from one segment boundary to another (for English: anywhere,
 * ignoring case); every such record must be found.
 */
async function measure(edition: string, names: string[], words: boolean, asked: string[]): Promise<Recall> {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.server.url}${edition}/`);
    // Imported from a string: vitest would otherwise rewrite a dynamic import for Node.
    await page.evaluate(`import(${JSON.stringify(`${site.server.url}pagefind/pagefind.js`)}).then((m) => { window.pagefind = m; })`);
    return await page.evaluate(
      async ({ names, words, asked, WORD_SEGMENTS }) => {
        const pagefind = (window as unknown as { pagefind: any }).pagefind;
        await pagefind.init();
        const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
        const everything = await pagefind.search(null, {});
        const records = await Promise.all(
          everything.results.map(async (r: { id: string; data: () => Promise<{ url: string; content: string }> }) => {
            const { url, content } = await r.data();
            const text = content.replace(/\u200b/gu, '').toLowerCase();
            const segments = [...segmenter.segment(text)];
            return { id: r.id, url, text, segments: segments.map((s) => s.segment), boundaries: new Set([...segments.map((s) => s.index), text.length]) };
          }),
        );
        /** Whether the query is in the record as whole words (a Chinese query) or at all (English). */
        const holds = (record: (typeof records)[number], query: string) => {
          if (!/\p{Script=Han}/u.test(query)) return record.text.includes(query.toLowerCase());
          for (let i = record.text.indexOf(query); i >= 0; i = record.text.indexOf(query, i + 1))
            if (record.boundaries.has(i) && record.boundaries.has(i + query.length)) return true;
          return false;
        };
        const queries = new Set(names);
        if (words)
          for (const { segments } of records)
            segments.forEach((_: string, i: number) => {
              for (let n = 1; n <= WORD_SEGMENTS; n++) {
                const word = segments.slice(i, i + n).join('');
                if (/^\p{Script=Han}{2,6}$/u.test(word)) queries.add(word);
              }
            });
        const misses: Record<string, string[]> = {};
        const partial: string[] = [];
        for (const query of queries) {
          const found = new Set((await pagefind.search(query)).results.map((r: { id: string }) => r.id));
          const missed = records.filter((r) => !found.has(r.id) && r.text.includes(query.toLowerCase()));
          const whole = missed.filter((r) => holds(r, query)).map((r) => r.url);
          if (whole.length) misses[query] = whole;
          else if (missed.length) partial.push(query);
        }
        const urlOf = new Map(records.map((r) => [r.id, r.url]));
        const found: Record<string, string[]> = {};
        for (const query of asked) found[query] = (await pagefind.search(query)).results.map((r: { id: string }) => urlOf.get(r.id)!);
        return { queries: queries.size, misses, partial, found };
      },
      { names, words, asked, WORD_SEGMENTS },
    );
  } finally {
    await page.close();
  }
}

/** Words a reader types that must find their pages: compounds Pagefind's segmenter split, and Taiwan and Hong Kong usage (aliases). */
const ASKED: Record<string, Record<string, string[]>> = {
  zh: { 反向飞地: ['/zh/measures/#3.4'], 飞地: ['/zh/measures/#3.4'], 集成电路: ['/zh/clusters/semiconductors/'] },
  'zh-hant': {
    反向飛地: ['/zh-hant/measures/#3.4'],
    飛地: ['/zh-hant/measures/#3.4'],
    積體電路: ['/zh-hant/clusters/semiconductors/'],
    集成電路: ['/zh-hant/clusters/semiconductors/'],
    人工智慧: ['/zh-hant/clusters/artificial-intelligence/'],
    具身智慧: ['/zh-hant/future-industries/embodied-intelligence/'],
    晶片: ['/zh-hant/clusters/semiconductors/'],
  },
  en: { 'reverse enclaves': ['/en/measures/#3.4'], 'integrated circuits': ['/en/clusters/semiconductors/'] },
};

describe('search recall', () => {
  it.concurrent.each([
    ['zh', true],
    ['zh-hant', true],
    ['en', false],
  ])('/%s/: every name and word finds every record that contains it', async (edition, words) => {
    const { queries, misses, partial, found } = await measure(edition, namesIn(edition), words, Object.keys(ASKED[edition]!));
    console.log(`search recall /${edition}/: ${queries} queries, ${Object.keys(misses).length} missing a record that holds them as words; ${partial.length} missing one that has them only inside other words (${partial.join(' ')})`);
    expect(queries).toBeGreaterThan(words ? 5000 : 100);
    expect(misses).toEqual({});
    for (const [query, pages] of Object.entries(ASKED[edition]!)) expect(found[query], query).toEqual(expect.arrayContaining(pages));
  }, 120_000);
});
