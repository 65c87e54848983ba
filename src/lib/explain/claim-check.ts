/**
 * Explanations are claims with citations. Every text the site writes in its own words about the plan
 * (a measure summary, a sector overview, a section of the 解读, an answer, an item of the 一图读懂)
 * names the paragraph ids it explains, and is checked against the text of those paragraphs in the same
 * edition. A claim fails, naming where it is and what it says, when:
 *
 * - it gives a figure, year or percentage that the cited paragraphs do not;
 * - it names a zone, department, sector or named programme that the cited paragraphs do not;
 * - it drops a hedge: a cited paragraph puts what the claim talks about under 探索, 力争, 研究制定,
 *   鼓励 or 支持 (explore, strive, study, encourage, support), and the claim says it without that word;
 * - it states as done what the paragraphs set as a task (已建成, "is in place", "has been upgraded").
 *
 * Pure: the caller gives the claims, the paragraphs' texts and the names to look for.
 */
import { figuresOf, digitsOf } from '../editions/figure-check.ts';
import { ProblemsError } from '../checks/problems.ts';
import { containsPhrase } from '../editions/term-check.ts';
import { compact, nfkc } from '../document/text.ts';

/** One explanatory text and the paragraph ids it explains. */
export interface Claim {
  /** Where it is kept, for messages: `content/documents/<id>/measures.json "3.4.en"`. */
  where: string;
  /** The edition it is written in (an authored edition: zh or en). */
  locale: string;
  text: string;
  clauses: readonly string[];
}

/** A name the checks look for: a zone, department, sector or named programme, in each edition's forms. */
export interface NamedEntity {
  kind: 'zone' | 'department' | 'sector' | 'programme';
  /** For messages: its name in the original. */
  name: string;
  /** Per edition, the forms that name it (the first is its name). */
  forms: Record<string, readonly string[]>;
}

export interface ClaimContext {
  /** The heading and text of a paragraph in an edition; undefined for an id the plan does not have. */
  clause: (id: string, locale: string) => string | undefined;
  /** Every paragraph's text in an edition: what tells a distinctive word from a common one. */
  allClauses: (locale: string) => readonly string[];
  entities: readonly NamedEntity[];
}

/** A hedge or aim that must survive from a paragraph into any claim about what it governs. */
interface Hedge {
  /** How the paragraph says it (in its edition): regular expressions, matched as whole words where words are spaced. */
  markers: readonly string[];
  /** The words a claim may use for it. */
  accepts: readonly string[];
}

/** What a claim is checked with in one edition's language. */
export interface ClaimLexicon {
  hedges: Record<string, Hedge>;
  /** Words that start another task in a sentence, ending the reach of the hedge before them. */
  taskVerbs: readonly string[];
  /** Sayings that a task is already done. */
  done: RegExp;
  /** Splits a paragraph into sentences. */
  sentences: RegExp;
  /** The distinctive units of a text: 4-character runs of Han, or words of 5 letters or more. */
  units: (text: string) => string[];
  /** Figures a claim gives, as written. */
  figures: (text: string) => string[];
  /** True when a figure of a claim is one of the paragraphs'. */
  hasFigure: (clauses: string, figure: string) => boolean;
  /** True when the text names the form (as a whole word where words are spaced). */
  names: (text: string, form: string) => boolean;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const hanUnits = (text: string) => {
  const units: string[] = [];
  for (const run of nfkc(text).match(HAN_RUN) ?? []) for (let i = 0; i + 4 <= run.length; i++) units.push(run.slice(i, i + 4));
  return units;
};
const STOP_WORDS = new Set(['which', 'their', 'there', 'these', 'those', 'where', 'while', 'about', 'other', 'under', 'through', 'within', 'between', 'should', 'would', 'could', 'being', 'every', 'plan', 'plans']);
/** Words of five letters or more, lower case, without a plural s, so that "programme" and "programmes" meet. */
const englishUnits = (text: string) =>
  (nfkc(text).toLowerCase().match(/\p{L}[\p{L}-]{4,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => w.replace(/(?<=[^s])s$/u, ''));
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion'];

const CLAIM_LEXICONS: Record<string, ClaimLexicon> = {
  zh: {
    hedges: {
      explore: { markers: ['探索'], accepts: ['探索'] },
      strive: { markers: ['力争'], accepts: ['力争'] },
      study: { markers: ['研究制定'], accepts: ['研究制定', '研究'] },
      encourage: { markers: ['鼓励'], accepts: ['鼓励'] },
      support: { markers: ['支持'], accepts: ['支持'] },
    },
    taskVerbs: ['为了', '推动', '推进', '加快', '加速', '积极', '大力', '着力', '加强', '强化', '优化', '完善', '深化', '聚焦', '围绕', '重点', '发展', '培育', '扩大', '组建', '开发', '引进', '打造', '巩固'],
    done: /已经|已[建完形实出设有成落开启]|建成|落成|完成了|到位|成立了|实现了/u,
    sentences: /[^。；]+[。；]?/gu,
    units: hanUnits,
    figures: (text) => figuresOf(text).map((f) => f.source),
    hasFigure: (clauses, figure) => compact(nfkc(clauses)).includes(compact(nfkc(figure))),
    names: (text, form) => compact(nfkc(text)).includes(compact(nfkc(form))),
  },
  en: {
    hedges: {
      explore: { markers: ['explore', 'explores', 'exploring'], accepts: ['explore', 'explores', 'exploring', 'exploration', 'explored'] },
      strive: { markers: ['strive', 'strives', 'striving'], accepts: ['strive', 'strives', 'striving', 'aim', 'aims', 'aiming', 'aimed'] },
      study: { markers: ['study and draw up', 'study and formulate'], accepts: ['study', 'studies', 'studying', 'studied'] },
      encourage: { markers: ['encourage', 'encourages', 'encouraging'], accepts: ['encourage', 'encourages', 'encouraging', 'encouraged', 'encouragement'] },
      // "support" the verb; not the noun of "support system", nor the adjective "supporting" (支撑, 配套).
      support: { markers: ['support(?! system)', 'supports'], accepts: ['support', 'supports', 'supporting', 'supported'] },
    },
    taskVerbs: ['so as to', 'in order to', ', and ', 'steer', 'promote', 'advance', 'accelerate', 'speed up', 'actively', 'vigorously', 'strengthen', 'optimize', 'improve', 'deepen', 'focus', 'concentrate', 'develop', 'foster', 'expand', 'form', 'bring in', 'create', 'make'],
    done: /\b(?:has|have|had) been\b|\balready\b|\b(?:is|are|was|were) (?:now )?in place\b|\b(?:is|are|was|were|been) (?:now )?(?:built|established|completed|set up|upgraded|created|achieved|in operation)\b|\b(?:has|have) (?:built|established|set up|created|completed|upgraded|achieved)\b|\bupgraded\b/iu,
    sentences: /[^.;]+(?:[.;](?!\d)|$)/gu,
    units: englishUnits,
    figures: (text) => [
      ...digitsOf(text),
      ...NUMBER_WORDS.filter((w) => containsPhrase(text, w)),
    ],
    hasFigure: (clauses, figure) => (/^\d/u.test(figure) ? digitsOf(clauses).includes(figure) : containsPhrase(clauses, figure)),
    names: containsPhrase,
  },
};

function lexiconOf(locale: string): ClaimLexicon {
  const lexicon = CLAIM_LEXICONS[locale];
  if (!lexicon) throw new Error(`src/lib/explain/claim-check.ts: no claim lexicon for the "${locale}" edition: add its markers to CLAIM_LEXICONS`);
  return lexicon;
}

/** Where a marker's reach in a sentence ends: at the next task verb or hedge after the word it governs, or the sentence's end. */
function reachOf(sentence: string, at: number, marker: string, lexicon: ClaimLexicon): string {
  const lower = sentence.toLowerCase();
  // The word right after the marker is what it governs (支持开发…, "support building…"), never a stop.
  const next = /^\s*(?:\p{Script=Han}{2}|[\p{L}-]+)/u.exec(sentence.slice(at + marker.length));
  const start = at + marker.length + (next?.[0].length ?? 0);
  const stops = [...lexicon.taskVerbs, ...Object.values(lexicon.hedges).flatMap((h) => h.markers)]
    .map((word) => {
      const i = lower.indexOf(word.toLowerCase(), start);
      return i < 0 ? sentence.length : i;
    });
  return sentence.slice(at, Math.min(sentence.length, ...stops));
}

/** Each hedge of the cited paragraphs with the part of its sentence it governs. */
function hedgedReaches(text: string, lexicon: ClaimLexicon): { hedge: string; marker: string; reach: string }[] {
  const found: { hedge: string; marker: string; reach: string }[] = [];
  for (const sentence of text.match(lexicon.sentences) ?? []) {
    for (const [hedge, { markers }] of Object.entries(lexicon.hedges)) {
      for (const marker of markers) {
        const bounded = /\p{Script=Han}/u.test(marker) ? marker : `(?<!\\p{L})${marker}(?!\\p{L})`;
        for (const hit of sentence.matchAll(new RegExp(bounded, 'giu'))) {
          found.push({ hedge, marker: hit[0], reach: reachOf(sentence, hit.index, hit[0], lexicon) });
        }
      }
    }
  }
  return found;
}

/** Units that occur in at most two paragraphs of the edition: what ties a claim to a part of a paragraph. */
const distinctiveCache = new WeakMap<readonly string[], Map<string, number>>();
function paragraphCounts(all: readonly string[], lexicon: ClaimLexicon): Map<string, number> {
  let counts = distinctiveCache.get(all);
  if (!counts) {
    counts = new Map();
    for (const text of all) for (const unit of new Set(lexicon.units(text))) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    distinctiveCache.set(all, counts);
  }
  return counts;
}

/** The problems of every claim; an empty list when all hold. */
export function claimProblems(claims: readonly Claim[], context: ClaimContext): string[] {
  const problems: string[] = [];
  for (const claim of claims) {
    const lexicon = lexiconOf(claim.locale);
    const say = (what: string) => problems.push(`${claim.where}: ${what} — in “${claim.text.length > 120 ? `${claim.text.slice(0, 117)}…` : claim.text}”`);
    if (!claim.clauses.length) {
      say('cites no paragraph');
      continue;
    }
    const texts: string[] = [];
    for (const id of claim.clauses) {
      const text = context.clause(id, claim.locale);
      if (text === undefined) say(`cites "${id}", which is not a paragraph of the plan`);
      else texts.push(text);
    }
    if (texts.length < claim.clauses.length) continue;
    const cited = texts.join('\n');
    const cites = `paragraph${claim.clauses.length > 1 ? 's' : ''} ${claim.clauses.join(', ')}`;

    for (const figure of new Set(lexicon.figures(claim.text))) {
      if (!lexicon.hasFigure(cited, figure)) say(`the figure ${figure} is not in ${cites}`);
    }
    for (const entity of context.entities) {
      const forms = entity.forms[claim.locale] ?? [];
      const used = forms.find((form) => lexicon.names(claim.text, form));
      if (used && !forms.some((form) => lexicon.names(cited, form))) say(`names the ${entity.kind} “${used}”, which ${cites} do${claim.clauses.length > 1 ? '' : 'es'} not`);
    }
    const done = lexicon.done.exec(claim.text);
    if (done && !lexicon.done.test(cited)) say(`states as done (“${done[0]}”) what ${cites} set${claim.clauses.length > 1 ? '' : 's'} as a task`);

    // A hedge survives: a claim that shares with what a hedge governs a distinctive unit or a name that
    // the paragraphs say nowhere else must carry the hedge.
    const reaches = hedgedReaches(cited, lexicon);
    const unhedged = reaches.reduce((text, { reach }) => text.replace(reach, ' '), cited);
    const unhedgedUnits = new Set(lexicon.units(unhedged));
    const counts = paragraphCounts(context.allClauses(claim.locale), lexicon);
    const claimUnits = new Set(lexicon.units(claim.text));
    const namedInClaim = context.entities
      .filter((e) => e.kind !== 'sector')
      .flatMap((e) => (e.forms[claim.locale] ?? []).filter((f) => lexicon.names(claim.text, f) && !lexicon.names(unhedged, f)));
    const dropped = new Set<string>();
    for (const { hedge, marker, reach } of reaches) {
      const { accepts } = lexicon.hedges[hedge]!;
      if (dropped.has(hedge) || accepts.some((word) => lexicon.names(claim.text, word))) continue;
      const shared = lexicon.units(reach).find((u) => claimUnits.has(u) && !unhedgedUnits.has(u) && (counts.get(u) ?? 0) <= 2);
      const name = namedInClaim.find((form) => lexicon.names(reach, form));
      if (shared || name) dropped.add(hedge);
      if (shared || name) say(`drops “${marker}” (${hedge}): ${cites} put${claim.clauses.length > 1 ? '' : 's'} “${(shared ?? name)!}” under it (“${reach.trim()}”)`);
    }
  }
  return problems;
}

/** Throws a ProblemsError naming every claim that says more than its paragraphs. */
export function checkClaims(claims: readonly Claim[], context: ClaimContext, source = 'Explanations and their clauses'): void {
  const problems = claimProblems(claims, context);
  if (problems.length) throw new ProblemsError(source, problems);
}
