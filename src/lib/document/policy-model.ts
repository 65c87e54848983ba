/** The typed model of the plan, as the parser builds it from the seed. */

export type SectorKind = 'cluster' | 'future';

/** The units a target may have: the site renders each (a count, a sum in 亿元, a percentage). */
export const TARGET_UNITS = ['个', '亿元', '%'] as const;

/** One paragraph of the document, in reading order. Text is the seed's, typeset (NFKC-equal). */
export interface Block {
  /** Stable id: `notice.body`, `plan.preamble`, `1`, `1.2`, `2.1.3`, `3.10` … */
  id: string;
  /** 1-based line of the seed where the block starts. */
  line: number;
  /** Heading depth: 0 for the notice and plan front matter, 1 for 一、, 2 for (一), 3 for 1. */
  depth: 0 | 1 | 2 | 3;
  /** Numbering as printed: `一、`, `(一)`, `1.`; empty for unnumbered blocks. */
  label: string;
  /** Heading words without the label; empty when the block has none. */
  title: string;
  /** The heading runs into the text, closed by "。", as in "1.新一代电子信息产业集群。重点发展…". */
  runIn: boolean;
  /** Body text; empty for a heading-only block. */
  text: string;
}

export interface Notice {
  title: string;
  number: string;
  addressees: string;
  body: string;
  issuer: string;
  /** Date signed, as printed (2024年9月14日) and as ISO 8601. */
  dateText: string;
  date: string;
  /** Date published on the web page (ISO 8601), from the capture's 发布时间. */
  published: string;
}

export interface Target {
  /** As the profile names it (clusters, output …). */
  id: string;
  /** The clause of the targets paragraph that states it, verbatim. */
  clause: string;
  /** The clause without its figure: what is measured and how it compares (规上工业总产值超过). */
  label: string;
  value: number;
  unit: (typeof TARGET_UNITS)[number];
}

/** The plan's time horizons, from 一(二): the target year and the longer outlooks. */
export interface Horizons {
  /** 力争到2027年底 */
  targetYear: number;
  /** 5至10年内从小到大, 10至15年内从有到优: years from now, and the clause verbatim. */
  outlooks: { from: number; to: number; goal: string; clause: string }[];
}

export interface Sector {
  id: string;
  kind: SectorKind;
  /** 1-based position within its kind. */
  order: number;
  line: number;
  title: string;
  text: string;
  /** Department slugs from the closing "(…牵头)". */
  leads: string[];
  /** Zone slugs from "支持以……为重点建设集聚区", in the text's order; empty when none are named. */
  zones: string[];
  /** That clause verbatim, or empty. */
  zonesClause: string;
}

export interface Measure {
  id: string;
  order: number;
  line: number;
  title: string;
  text: string;
  /** Department slugs from the closing bracket, 有关镇街(园区) included as `towns-and-parks`. */
  departments: string[];
}

/** The role of each part of the outline, as the document's profile gives it (part and paragraph ids). */
export interface DocumentParts {
  clusters: string;
  futureIndustries?: string;
  measures: string;
  /** The paragraph that states the targets and horizons. */
  targets: string;
}

export interface PolicyDocument {
  notice: Notice;
  parts: DocumentParts;
  blocks: Block[];
  targets: Target[];
  horizons: Horizons;
  sectors: Sector[];
  measures: Measure[];
}

/** A zone or department as the parser matches it: its slug and its name in the original. */
export interface NamedEntity {
  slug: string;
  name: string;
}
