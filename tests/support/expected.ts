/**
 * What the pages must show, read straight from the seed and the content files with regular
 * expressions of its own, not with the parser or the site model, so that a bug there cannot hide
 * in a test that repeats it.
 */
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(path, 'utf8');
const seed = read('seeds/000_46accd98a18236e3.txt').normalize('NFKC');
const lines = seed.split('\n').map((l) => l.trim());
/** The policy text: the lines between the page header and the print/close links. */
export const POLICY_LINES = lines.slice(lines.findIndex((l) => l.startsWith('字体大小')) + 1, lines.findIndex((l) => l.includes('【打印本页】'))).filter(Boolean);

const zonesData = JSON.parse(read('content/zones.json')) as { slug: string; name: Record<string, string> }[];
const departmentsData = JSON.parse(read('content/departments.json')) as { slug: string; name: Record<string, string> }[];
const slugOf = (list: { slug: string; name: Record<string, string> }[], name: string) => {
  const found = list.find((e) => e.name.zh === name);
  if (!found) throw new Error(`expected.ts: no entry named ${name}`);
  return found.slug;
};

/** The 12 sector paragraphs: 二(一) items 1–8 and 二(二) items 1–4, with the paragraph id the site gives them. */
export const SECTORS = (() => {
  const part2 = lines.findIndex((l) => l.startsWith('二、'));
  const part3 = lines.findIndex((l) => l.startsWith('三、'));
  let part = 0;
  const found: { id: string; line: string; zones: string[]; leads: string[] }[] = [];
  for (const line of lines.slice(part2, part3)) {
    if (/^\([一二]\)/u.test(line)) part += 1;
    const item = /^(\d+)\./u.exec(line);
    if (!item) continue;
    const zones = /支持以(.+?)为重点建设集聚区/u.exec(line)?.[1]!.replace(/等地?$/u, '').split('、') ?? [];
    const leads = /\(([^()]+)牵头\)。?$/u.exec(line)![1]!.split('、');
    found.push({ id: `2.${part}.${item[1]}`, line, zones: zones.map((z) => slugOf(zonesData, z)), leads: leads.map((d) => slugOf(departmentsData, d)) });
  }
  return found;
})();

/** The 10 measures of 三、 with the departments in their closing brackets. */
export const MEASURES = (() => {
  const part3 = lines.findIndex((l) => l.startsWith('三、'));
  return lines
    .slice(part3)
    .filter((l) => /^\(([一二三四五六七八九十]+)\)/u.test(l))
    .map((line, i) => {
      // The responsible departments close the paragraph: "(A、B按照职能分工负责)" or "〔A、B按照职能分工负责,有关镇街(园区)落实属地责任〕".
      const [, named, towns] = /[(〔]([^(〔]+)按照职能分工负责(,有关镇街\(园区\)落实属地责任)?[)〕]。?$/u.exec(line)!;
      const names = [...named!.split('、'), ...(towns ? ['有关镇街(园区)'] : [])];
      return { id: `3.${i + 1}`, departments: names.map((n) => slugOf(departmentsData, n)) };
    });
})();

/** Zones and departments in the order the plan first names them. */
export const NAMED_ZONES = [...new Set(SECTORS.flatMap((s) => s.zones))];
export const NAMED_DEPARTMENTS = [...new Set([...SECTORS.flatMap((s) => s.leads), ...MEASURES.flatMap((m) => m.departments)])];
export const sectorsInZone = (zone: string) => SECTORS.filter((s) => s.zones.includes(zone)).map((s) => s.id);
export const sectorsLedBy = (department: string) => SECTORS.filter((s) => s.leads.includes(department)).map((s) => s.id);
export const measuresOf = (department: string) => MEASURES.filter((m) => m.departments.includes(department)).map((m) => m.id);
