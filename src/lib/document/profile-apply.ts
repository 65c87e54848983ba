/**
 * The second step of parsing: a 公文 as read by the generic reader (reader.ts) is checked against its
 * profile's outline shape, and the profile's roles turn its parts into the typed document
 * (policy-model.ts): the sectors (clusters and future industries) with their zones and lead
 * departments, the measures with their departments, the targets and horizons. A part missing, a
 * phrase not found, a zone or department no registry lists: the error names the capture's file and line.
 */
import type { Horizons, Measure, NamedEntity, PolicyDocument, Sector, SectorKind, Target } from './policy-model.ts';
import type { DocumentProfile } from './profile.ts';
import { type ReadDocument, readGongwen, responsibilityNote } from './reader.ts';
import { nfkc, typesetChinese } from './text.ts';

export interface ParseOptions {
  /** Name used in error messages. */
  file: string;
  profile: DocumentProfile;
  /** Where the profile is kept, for messages. */
  profileFile?: string;
  departments: readonly NamedEntity[];
  zones: readonly NamedEntity[];
  /** Where the zones and departments are kept, for the error naming an unknown one. */
  dataFiles?: { zone: string; department: string };
}

const regex = (source: string) => new RegExp(source, 'u');

/** Reads the capture as a 公文 and applies the profile to its outline. */
export function parsePolicy(source: string, options: ParseOptions): PolicyDocument {
  const { profile } = options;
  const profileFile = options.profileFile ?? 'the profile';
  const read = readGongwen(source, {
    file: options.file,
    chrome: { published: regex(profile.chrome.published), headerEnd: regex(profile.chrome.headerEnd), footerStart: regex(profile.chrome.footerStart) },
    number: regex(profile.number),
    issuer: profile.issuer.name,
    configuredIn: profileFile,
  });
  return applyProfile(read, options);
}

function applyProfile(read: ReadDocument, options: ParseOptions): PolicyDocument {
  const { profile } = options;
  const { blocks, raw, children, lastLine, fail } = read;
  const profileFile = options.profileFile ?? 'the profile';
  const parentOf = (id: string) => id.split('.').slice(0, -1).join('.');
  const expectedChildren = profile.outline;

  // A capture cut off ends inside a part that lacks children: say so, at the deepest such part.
  const lastId = blocks.at(-1)!.id;
  const ancestors = lastId.split('.').map((_, i, parts) => parts.slice(0, i).join('.')).reverse();
  for (const parent of ancestors.filter((id) => id in expectedChildren)) {
    const got = children.get(parent) ?? 0;
    const expected = expectedChildren[parent]!;
    if (got >= expected) continue;
    const path = ancestors
      .filter((id) => id !== '' && parent.startsWith(id))
      .reverse()
      .map((id) => blocks.find((b) => b.id === id)!)
      .map((b) => `${b.label}${b.title}`);
    const where = path.length ? `inside section ${path.join(' › ')}, after ${got} of its ${expected} numbered parts` : `after ${got} of the plan's ${expected} sections`;
    fail(lastLine, `the text ends ${where}: the capture looks cut off (compare it with the source page)`);
  }

  // The shape: every part has the numbered children the profile expects, and every leaf has a body.
  for (const [parent, expected] of Object.entries(expectedChildren)) {
    const got = children.get(parent) ?? 0;
    if (got !== expected) {
      const where = blocks.find((b) => b.id === parent)?.line ?? lastLine;
      fail(where, `${parent ? `part ${parent}` : 'the plan'} has ${got} numbered children, expected ${expected} (${profileFile} field "outline")`);
    }
  }
  for (const block of blocks) {
    if (block.depth > 0 && !children.has(block.id) && block.text === '') fail(block.line, `"${block.label}${block.title}" has no text`);
  }
  const targetsBlock = blocks.find((b) => b.id === profile.parts.targets && raw.has(b.id) && b.text !== '');
  if (!targetsBlock) fail(lastLine, `${profileFile} field "parts.targets": "${profile.parts.targets}" is not a paragraph with text`);

  const findEntity = (list: readonly NamedEntity[], kind: 'zone' | 'department', name: string, line: number): string =>
    list.find((e) => nfkc(e.name) === name)?.slug ??
    fail(line, `unknown ${kind} "${name}": the text names a ${kind} that ${options.dataFiles?.[kind] ?? `the ${kind} data file`} does not list (add it there, with its slug and its name in every edition)`);

  /** Department slugs from the closing note, each clause ending in one of the phrases. */
  const responsible = (id: string, line: number, heading: string, phrases: readonly string[], role: string): string[] => {
    const note = responsibilityNote(raw.get(id)!, phrases) ?? fail(line, `"${heading}" does not end with its responsible departments in brackets (${role})`);
    return note.flatMap((clause) => {
      if (!clause.phrase) fail(line, `"${clause.clause}" names no role (${phrases.join(' / ')}; ${profileFile} field "responsibility")`);
      return clause.names.map((name) => findEntity(options.departments, 'department', name, line));
    });
  };

  const zonesClause = regex(profile.zonesClause);
  const sectorParts = new Map<string, SectorKind>([[profile.parts.clusters, 'cluster']]);
  if (profile.parts.futureIndustries !== undefined) sectorParts.set(profile.parts.futureIndustries, 'future');
  const sectors: Sector[] = blocks
    .filter((b) => sectorParts.has(parentOf(b.id)))
    .map((b) => {
      const text = raw.get(b.id)!;
      const clause = zonesClause.exec(text);
      const zoneNames = clause ? clause[1]!.replace(/等地?$/u, '').split('、') : [];
      return {
        id: b.id,
        kind: sectorParts.get(parentOf(b.id))!,
        order: Number(b.id.split('.').at(-1)),
        line: b.line,
        title: b.title,
        text: b.text,
        leads: responsible(b.id, b.line, `${b.label}${b.title}`, profile.responsibility.lead, 'field "parts.clusters" / "parts.futureIndustries"'),
        zones: zoneNames.map((name) => findEntity(options.zones, 'zone', name, b.line)),
        zonesClause: clause ? typesetChinese(clause[0]) : '',
      };
    });

  const measurePhrases = [...profile.responsibility.responsible, ...profile.responsibility.local];
  const measures: Measure[] = blocks
    .filter((b) => parentOf(b.id) === profile.parts.measures)
    .map((b) => ({
      id: b.id,
      order: Number(b.id.split('.').at(-1)),
      line: b.line,
      title: b.title,
      text: b.text,
      departments: responsible(b.id, b.line, `${b.label}${b.title}`, measurePhrases, 'field "parts.measures"'),
    }));

  const targetsText = raw.get(targetsBlock!.id)!;
  return {
    notice: read.notice,
    parts: profile.parts,
    blocks,
    targets: parseTargets(profile, targetsText, targetsBlock!.line, fail, profileFile),
    horizons: parseHorizons(profile, targetsText, targetsBlock!.line, fail, profileFile),
    sectors,
    measures,
  };
}

/** The quantified targets: what is measured and how it compares, the figure and its unit. */
function parseTargets(profile: DocumentProfile, text: string, line: number, fail: ReadDocument['fail'], profileFile: string): Target[] {
  return profile.targets.map(({ id, pattern, unit }, i) => {
    const m = regex(pattern).exec(text) ?? fail(line, `the targets paragraph does not state /${pattern}/ (${profileFile} field "targets.${i}.pattern", target "${id}")`);
    if (m[3] !== unit) fail(line, `target "${id}": the text gives the unit "${m[3]}", ${profileFile} field "targets.${i}.unit" says "${unit}"`);
    return { id, clause: typesetChinese(m[0]), label: m[1]!, value: Number(m[2]), unit };
  });
}

/** The target year (力争到2027年底) and the outlooks ("5至10年内…、10至15年内…"). */
function parseHorizons(profile: DocumentProfile, text: string, line: number, fail: ReadDocument['fail'], profileFile: string): Horizons {
  const target = regex(profile.horizons.targetYear).exec(text) ?? fail(line, `the targets name no year (/${profile.horizons.targetYear}/, ${profileFile} field "horizons.targetYear")`);
  const outlooks = [...text.matchAll(new RegExp(profile.horizons.outlook, 'gu'))].map((m) => ({
    from: Number(m[1]),
    to: Number(m[2]),
    goal: m[3]!,
    clause: typesetChinese(m[0]),
  }));
  if (outlooks.length === 0) fail(line, `the targets state no outlook (/${profile.horizons.outlook}/, ${profileFile} field "horizons.outlook")`);
  return { targetYear: Number(target[1]), outlooks };
}
