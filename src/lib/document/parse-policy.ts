/**
 * Parses the captured web page of 东府办〔2024〕18号 into the typed document model.
 *
 * The capture is a compromised government page: page chrome (发布时间, 浏览次数, 字体大小, 【打印本页】,
 * 上一条/下一条) and injected gambling spam surround the policy text. Chrome before 字体大小 and from the
 * print/close links on is dropped; everything between must be policy text in the expected structure,
 * or parsing fails with the file and line, so a changed or further tampered capture cannot slip through.
 */
import { type Block, type Horizons, type Measure, type NamedEntity, type PolicyDocument, type Sector, TARGETS_PARAGRAPH, type Target } from './policy-model.ts';
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

export interface ParseOptions {
  /** Name used in error messages. */
  file: string;
  departments: readonly NamedEntity[];
  zones: readonly NamedEntity[];
  /** Where the zones and departments are kept, for the error naming an unknown one. */
  dataFiles?: { zone: string; department: string };
}

/** How many numbered children each part of the plan has; the root holds the sections 一、二、三. */
const EXPECTED_CHILDREN: Record<string, number> = { '': 3, '1': 2, '2': 2, '2.1': 8, '2.2': 4, '3': 10 };
/** Parts whose items are sectors, and of which kind. */
const SECTOR_PARTS = { '2.1': 'cluster', '2.2': 'future' } as const;
const MEASURE_PART = '3';

const SECTION = /^([一二三四五六七八九十]+)、(.+)$/u;
const SUBSECTION = /^\(([一二三四五六七八九十]+)\)(.+)$/u;
const ITEM = /^(\d+)\.(.+)$/u;
const DOC_NUMBER = /^东府办〔\d{4}〕\d+号$/u;
const HEADER_END = /^字体大小:/u;
const PUBLISHED = /^发布时间:(\d{4}-\d{2}-\d{2})/u;
const FOOTER_START = /^TOP】|【打印本页】|【关闭窗口|^上一条:|下一条:/u;
/** The notice title is wrapped over three lines in the capture; a longer run means the number is missing. */
const MAX_TITLE_LINES = 4;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

interface Line {
  n: number;
  text: string;
}

export function parsePolicy(source: string, options: ParseOptions): PolicyDocument {
  const { file } = options;
  const fail = (line: number, reason: string): never => {
    throw new PolicyParseError(file, line, reason);
  };

  const all: Line[] = source
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((raw, index) => ({ n: index + 1, text: nfkc(raw).trim() }));

  const headerEnd = all.findIndex((l) => HEADER_END.test(l.text));
  if (headerEnd < 0) fail(1, 'no page chrome line "字体大小:" before the notice: not the expected capture');
  const publishedLine = all.slice(0, headerEnd).find((l) => PUBLISHED.test(l.text));
  if (!publishedLine) fail(all[headerEnd]!.n, 'no "发布时间:" line before "字体大小:"');
  const published = PUBLISHED.exec(publishedLine!.text)![1]!;

  const footerStart = all.findIndex((l, i) => i > headerEnd && FOOTER_START.test(l.text));
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
  while (titleLines.length < MAX_TITLE_LINES && body[cursor] && !DOC_NUMBER.test(body[cursor]!.text)) {
    titleLines.push(take('the notice title', unnumbered));
  }
  if (titleLines.length === 0) fail(body[cursor]?.n ?? lastLine, 'no notice title before the document number');
  const number = take('the document number (东府办〔YYYY〕N号)', (t) => DOC_NUMBER.test(t));
  const addressees = take('the addressees ending in ":"', (t) => t.endsWith(':'));
  const noticeBody = take('the notice paragraph naming the plan in 《》', (t) => /《.+》/u.test(t));
  const issuer = take('the issuer (…人民政府办公室)', (t) => t.endsWith('人民政府办公室'));
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
  const raw = new Map<string, string>(); // id → NFKC text of the block, for the clauses parsed below
  const childCount = new Map<string, number>();
  const parentOf = (id: string) => id.split('.').slice(0, -1).join('.');
  let section = '';
  let part = '';
  const open = (depth: 1 | 2 | 3, parent: string, n: number, label: string, heading: string, line: Line): Block => {
    const expected = (childCount.get(parent) ?? 0) + 1;
    if (n !== expected) fail(line.n, `numbering out of order: "${label}" where number ${expected} was expected`);
    childCount.set(parent, n);
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
      if (last.depth !== 2 || last.text !== '' || childCount.has(last.id)) fail(line.n, `unexpected paragraph "${line.text.slice(0, 30)}"`);
      last.text = typesetChinese(line.text);
      raw.set(last.id, line.text);
    }
  }

  // A capture cut off ends inside a part that lacks children: say so, at the deepest such part.
  const lastId = blocks.at(-1)!.id;
  const ancestors = lastId.split('.').map((_, i, parts) => parts.slice(0, i).join('.')).reverse();
  for (const parent of ancestors.filter((id) => id in EXPECTED_CHILDREN)) {
    const got = childCount.get(parent) ?? 0;
    const expected = EXPECTED_CHILDREN[parent]!;
    if (got >= expected) continue;
    const path = ancestors
      .filter((id) => id !== '' && parent.startsWith(id))
      .reverse()
      .map((id) => blocks.find((b) => b.id === id)!)
      .map((b) => `${b.label}${b.title}`);
    const where = path.length ? `inside section ${path.join(' › ')}, after ${got} of its ${expected} numbered parts` : `after ${got} of the plan's ${expected} sections`;
    fail(lastLine, `the text ends ${where}: the capture looks cut off (compare it with the source page)`);
  }

  // The shape: every part has all its numbered children, and every leaf has a body.
  for (const [parent, expected] of Object.entries(EXPECTED_CHILDREN)) {
    const got = childCount.get(parent) ?? 0;
    if (got !== expected) {
      const where = blocks.find((b) => b.id === parent)?.line ?? lastLine;
      fail(where, `${parent ? `part ${parent}` : 'the plan'} has ${got} numbered children, expected ${expected}`);
    }
  }
  for (const block of blocks) {
    if (block.depth > 0 && !childCount.has(block.id) && block.text === '') fail(block.line, `"${block.label}${block.title}" has no text`);
  }

  function numeral(text: string, line: Line): number {
    return chineseNumeral(text) ?? fail(line.n, `"${text}" is not a Chinese numeral`);
  }

  const findEntity = (list: readonly NamedEntity[], kind: 'zone' | 'department', name: string, line: number): string =>
    list.find((e) => nfkc(e.name) === name)?.slug ??
    fail(line, `unknown ${kind} "${name}": the text names a ${kind} that ${options.dataFiles?.[kind] ?? `the ${kind} data file`} does not list (add it there, with its slug and its name in every edition)`);

  /** Department slugs from a closing "(A、B牵头)" or "〔A、B按照职能分工负责,有关镇街(园区)落实属地责任〕". */
  const responsible = (block: Block, roles: readonly string[]): string[] => {
    const text = raw.get(block.id)!;
    const inner = closingBracket(text) ?? fail(block.line, `"${block.label}${block.title}" does not end with its responsible departments in brackets`);
    return inner.split(',').flatMap((clause) => {
      const role = roles.find((r) => clause.endsWith(r));
      if (!role) fail(block.line, `"${clause}" names no role (${roles.join(' / ')})`);
      return clause
        .slice(0, -role!.length)
        .split('、')
        .map((name) => findEntity(options.departments, 'department', name, block.line));
    });
  };

  const sectors: Sector[] = blocks
    .filter((b) => parentOf(b.id) in SECTOR_PARTS)
    .map((b) => {
      const text = raw.get(b.id)!;
      const clause = /支持以([^。]+?)为重点建设集聚区[^。]*。/u.exec(text);
      const zoneNames = clause ? clause[1]!.replace(/等地?$/u, '').split('、') : [];
      return {
        id: b.id,
        kind: SECTOR_PARTS[parentOf(b.id) as keyof typeof SECTOR_PARTS],
        order: Number(b.id.split('.').at(-1)),
        line: b.line,
        title: b.title,
        text: b.text,
        leads: responsible(b, ['牵头']),
        zones: zoneNames.map((name) => findEntity(options.zones, 'zone', name, b.line)),
        zonesClause: clause ? typesetChinese(clause[0]) : '',
      };
    });

  const measures: Measure[] = blocks
    .filter((b) => parentOf(b.id) === MEASURE_PART)
    .map((b) => ({
      id: b.id,
      order: Number(b.id.split('.').at(-1)),
      line: b.line,
      title: b.title,
      text: b.text,
      departments: responsible(b, ['按照职能分工负责', '落实属地责任']),
    }));

  const [, year, month, day] = DATE.exec(dateLine.text)!;
  const targetsLine = blocks.find((b) => b.id === TARGETS_PARAGRAPH)!.line;
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
    targets: parseTargets(raw.get(TARGETS_PARAGRAPH)!, targetsLine, fail),
    horizons: parseHorizons(raw.get(TARGETS_PARAGRAPH)!, targetsLine, fail),
    sectors,
    measures,
  };
}

/** The text inside the brackets that close a paragraph, allowing one level of nested "(园区)". */
function closingBracket(text: string): string | undefined {
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

/** The four quantified 2027 targets of 一(二): what is measured, how it compares, the figure and its unit. */
const TARGET_PATTERNS: { id: Target['id']; pattern: RegExp }[] = [
  { id: 'clusters', pattern: /(全市规模超千亿元的产业集群不少于)(\d+)(个)/u },
  { id: 'output', pattern: /(规上工业总产值超过)(\d+)(亿元)/u },
  { id: 'high-tech-share', pattern: /(高技术制造业增加值占规上工业比重超过)(\d+)(%)/u },
  { id: 'investment-growth', pattern: /(工业投资年均增速不低于)(\d+)(%)/u },
];

function parseTargets(text: string, line: number, fail: (line: number, reason: string) => never): Target[] {
  return TARGET_PATTERNS.map(({ id, pattern }) => {
    const m = pattern.exec(text) ?? fail(line, `the 2027 targets do not state "${pattern.source}"`);
    return { id, clause: typesetChinese(m[0]), label: m[1]!, value: Number(m[2]), unit: m[3] as Target['unit'] };
  });
}

/** 力争到2027年底 and the "5至10年内…、10至15年内…" outlooks of 一(二). */
function parseHorizons(text: string, line: number, fail: (line: number, reason: string) => never): Horizons {
  const target = /力争到(\d{4})年底/u.exec(text) ?? fail(line, 'the targets name no year ("力争到YYYY年底")');
  const outlooks = [...text.matchAll(/(\d+)至(\d+)年内([^、,。]+)/gu)].map((m) => ({
    from: Number(m[1]),
    to: Number(m[2]),
    goal: m[3]!,
    clause: typesetChinese(m[0]),
  }));
  if (outlooks.length === 0) fail(line, 'the targets state no "N至M年内" outlook');
  return { targetYear: Number(target[1]), outlooks };
}
