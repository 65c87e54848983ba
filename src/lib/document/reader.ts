/**
 * A generic reader of a 公文 (a Chinese government notice issuing a plan), as captured from a web page.
 * It knows the form every such notice shares, and nothing of any one plan: the notice header (title
 * lines, 文号, addressees, one paragraph naming the plan in 《》, issuer, date), the plan title and its
 * preamble, then the outline 一、 / (一) / 1. with ids (`notice.number`, `plan.preamble`, `2.1.3` …),
 * run-in headings ("1.标题。正文") and the bracketed note that closes a paragraph. What is particular
 * to one document — the chrome to strip, the 文号 pattern, the issuer — comes in as options, from its
 * profile (profile.ts); the shape and the roles of its parts are applied after, by profile-apply.ts.
 *
 * Chrome before the header end and from the footer start on is dropped; everything between must be
 * policy text in the 公文 form, or reading fails with the file and line, so a changed or tampered
 * capture cannot slip through.
 */
import type { Block, Notice } from './policy-model.ts';
import { findSpam } from '../checks/spam.ts';
import { chineseNumeral, nfkc, typesetChinese } from './text.ts';

export class PolicyParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'PolicyParseError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

export interface ReaderOptions {
  /** Name used in error messages. */
  file: string;
  chrome: { published: RegExp; headerEnd: RegExp; footerStart: RegExp };
  /** The whole 文号 line. */
  number: RegExp;
  /** The issuer as the notice names it above the date. */
  issuer: string;
  /** Where the chrome, number and issuer were configured, for messages (profile.json). */
  configuredIn?: string;
}

/** A 公文 as read: its notice, its blocks in reading order, and what the profile step needs. */
export interface ReadDocument {
  notice: Notice;
  blocks: Block[];
  /** Id → the NFKC text of the block (not typeset), for clause patterns. */
  raw: Map<string, string>;
  /** Id → how many numbered children the part has ("" is the root). */
  children: Map<string, number>;
  /** The last line of the policy text, for errors about what is missing at its end. */
  lastLine: number;
  fail: (line: number, reason: string) => never;
}

const SECTION = /^([一二三四五六七八九十]+)、(.+)$/u;
const SUBSECTION = /^\(([一二三四五六七八九十]+)\)(.+)$/u;
const ITEM = /^(\d+)\.(.+)$/u;
/** A notice title is wrapped over a few lines at most; a longer run means the number is missing. */
const MAX_TITLE_LINES = 4;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
/** Any 文号 (机关代字〔年份〕序号号): where the title ends, whatever the profile's own pattern. */
const ANY_NUMBER = /^\S+〔\d{4}〕\d+号$/u;

interface Line {
  n: number;
  text: string;
}

export function readGongwen(source: string, options: ReaderOptions): ReadDocument {
  const { file, chrome } = options;
  const fail = (line: number, reason: string): never => {
    throw new PolicyParseError(file, line, reason);
  };
  const configured = options.configuredIn ? ` (as ${options.configuredIn} says)` : '';

  const all: Line[] = source
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((raw, index) => ({ n: index + 1, text: nfkc(raw).trim() }));

  const headerEnd = all.findIndex((l) => chrome.headerEnd.test(l.text));
  if (headerEnd < 0) fail(1, `no page chrome line matching /${chrome.headerEnd.source}/ before the notice${configured}: not the expected capture`);
  const publishedLine = all.slice(0, headerEnd).find((l) => chrome.published.test(l.text));
  if (!publishedLine) fail(all[headerEnd]!.n, `no publication line matching /${chrome.published.source}/ before the header end${configured}`);
  const published = chrome.published.exec(publishedLine!.text)![1]!;

  const footerStart = all.findIndex((l, i) => i > headerEnd && chrome.footerStart.test(l.text));
  const body = all.slice(headerEnd + 1, footerStart < 0 ? undefined : footerStart).filter((l) => l.text !== '');
  for (const line of body) {
    const [hit] = findSpam(line.text);
    if (hit) fail(line.n, `spam term "${hit.term}" inside the policy text`);
  }

  let cursor = 0;
  const lastLine = body.at(-1)?.n ?? all.length;
  const take = (what: string, test: (text: string) => boolean): Line => {
    const line = body[cursor];
    if (!line) return fail(lastLine, `expected ${what}, found the end of the document`);
    if (!test(line.text)) fail(line.n, `expected ${what}, found "${line.text.slice(0, 30)}"`);
    cursor += 1;
    return line;
  };
  const unnumbered = (text: string) => !SECTION.test(text) && !SUBSECTION.test(text) && !ITEM.test(text);

  // The notice: its title may be wrapped over several lines before the document number.
  const titleLines: Line[] = [];
  while (titleLines.length < MAX_TITLE_LINES && body[cursor] && !options.number.test(body[cursor]!.text) && !ANY_NUMBER.test(body[cursor]!.text)) {
    titleLines.push(take('the notice title', unnumbered));
  }
  if (titleLines.length === 0) fail(body[cursor]?.n ?? lastLine, 'no notice title before the document number');
  const number = take(`the document number matching /${options.number.source}/${configured}`, (t) => options.number.test(t));
  const addressees = take('the addressees ending in ":"', (t) => t.endsWith(':'));
  const noticeBody = take('the notice paragraph naming the plan in 《》', (t) => /《.+》/u.test(t));
  const issuer = take(`the issuer "${options.issuer}"${configured}`, (t) => t === nfkc(options.issuer));
  const dateLine = take('the date signed (YYYY年M月D日)', (t) => DATE.test(t));
  const planTitle = take('the plan title', unnumbered);
  const issuedTitle = /《(.+?)》/u.exec(noticeBody.text)![1];
  if (issuedTitle !== planTitle.text) fail(planTitle.n, `plan title differs from the title issued in the notice: "${issuedTitle}"`);
  const preamble = take('the preamble', unnumbered);

  const noticeTitle = titleLines.map((l) => l.text).join('');
  const front = (id: string, line: Line, text = line.text): Block => ({ id, line: line.n, depth: 0, label: '', title: '', runIn: false, text: typesetChinese(text) });
  const blocks: Block[] = [
    front('notice.title', titleLines[0]!, noticeTitle),
    front('notice.number', number),
    front('notice.addressees', addressees),
    front('notice.body', noticeBody),
    front('notice.issuer', issuer),
    front('notice.date', dateLine),
    front('plan.title', planTitle),
    front('plan.preamble', preamble),
  ];

  // The plan: 一、 sections, (一) parts, 1. items; numbering must run 1, 2, 3 … within each parent.
  const raw = new Map<string, string>();
  const children = new Map<string, number>();
  let section = '';
  let part = '';
  const open = (depth: 1 | 2 | 3, parent: string, n: number, label: string, heading: string, line: Line): Block => {
    const expected = (children.get(parent) ?? 0) + 1;
    if (n !== expected) fail(line.n, `numbering out of order: "${label}" where number ${expected} was expected`);
    children.set(parent, n);
    const id = parent ? `${parent}.${n}` : String(n);
    const inline = depth > 1 && heading.includes('。');
    if (depth === 3 && !inline) fail(line.n, `item "${label}" has no "title。text" form`);
    const title = inline ? heading.slice(0, heading.indexOf('。')) : heading;
    const text = inline ? heading.slice(heading.indexOf('。') + 1) : '';
    raw.set(id, text);
    const block: Block = { id, line: line.n, depth, label: typesetChinese(label), title: typesetChinese(title), runIn: inline, text: typesetChinese(text) };
    blocks.push(block);
    return block;
  };
  const numeral = (text: string, line: Line): number => chineseNumeral(text) ?? fail(line.n, `"${text}" is not a Chinese numeral`);

  for (; cursor < body.length; cursor += 1) {
    const line = body[cursor]!;
    let m: RegExpExecArray | null;
    if ((m = SECTION.exec(line.text))) {
      section = open(1, '', numeral(m[1]!, line), `${m[1]}、`, m[2]!, line).id;
      part = '';
    } else if ((m = SUBSECTION.exec(line.text))) {
      if (!section) fail(line.n, `"(${m[1]})" before any section`);
      part = open(2, section, numeral(m[1]!, line), `(${m[1]})`, m[2]!, line).id;
    } else if ((m = ITEM.exec(line.text))) {
      if (!part) fail(line.n, `item "${m[1]}." outside a (一) part`);
      open(3, part, Number(m[1]), `${m[1]}.`, m[2]!, line);
    } else {
      // An unnumbered paragraph belongs to the heading-only part just above it, as in 一(一)指导思想.
      const last = blocks.at(-1)!;
      if (last.depth !== 2 || last.text !== '' || children.has(last.id)) fail(line.n, `unexpected paragraph "${line.text.slice(0, 30)}"`);
      last.text = typesetChinese(line.text);
      raw.set(last.id, line.text);
    }
  }

  const [, year, month, day] = DATE.exec(dateLine.text)!;
  return {
    notice: {
      title: typesetChinese(noticeTitle),
      number: number.text,
      addressees: typesetChinese(addressees.text),
      body: typesetChinese(noticeBody.text),
      issuer: issuer.text,
      dateText: dateLine.text,
      date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
      published,
    },
    blocks,
    raw,
    children,
    lastLine,
    fail,
  };
}

/** The text inside the brackets that close a paragraph, allowing one level of nested "(园区)". */
export function closingBracket(text: string): string | undefined {
  const body = text.replace(/。$/u, '');
  if (body.endsWith('〕')) {
    const start = body.lastIndexOf('〔');
    return start < 0 ? undefined : body.slice(start + 1, -1);
  }
  if (!body.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    if (body[i] === ')') depth += 1;
    if (body[i] === '(') depth -= 1;
    if (depth === 0) return body.slice(i + 1, -1);
  }
  return undefined;
}

/**
 * The bracketed note that closes a paragraph, split into its clauses ("A、B按照职能分工负责,有关镇街(园区)落实属地责任"):
 * each clause's names and the phrase (of `phrases`) it ends with; undefined when the paragraph has no closing note.
 */
export function responsibilityNote(text: string, phrases: readonly string[]): { names: string[]; phrase: string | undefined; clause: string }[] | undefined {
  const inner = closingBracket(text);
  if (inner === undefined) return undefined;
  return inner.split(',').map((clause) => {
    const phrase = phrases.find((p) => clause.endsWith(p));
    return { clause, phrase, names: phrase ? clause.slice(0, -phrase.length).split('、') : [] };
  });
}
