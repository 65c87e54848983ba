/**
 * The document as Akoma Ntoso 3.0 (OASIS LegalDocML), one file per edition: data/akn/<locale>.xml (data/akn/<document>/<locale>.xml for a document other than the default).
 * A pure function of the parsed document and one edition's text; the original edition is the
 * authoritative expression, every other one a translation of it (FRBRtranslation authoritative="false").
 *
 * Identifiers follow the Akoma Ntoso Naming Convention:
 *   Work           /akn/<country>/doc/<subtype>/<date signed>/<number>   (country and subtype from the profile)
 *   Expression     <work>/<language>@<date signed>
 *   Manifestation  <expression>/!main.xml
 * where <number> is the English document number in lower case, words joined by hyphens
 * (as "Shi Fu Ban [2025] No. 3" → shi-fu-ban-2025-no-3) and <language> is ISO 639-2 (zho, eng).
 *
 * Every paragraph of the site maps to exactly one eId and back (aknEid / paragraphIdOfEid):
 *   notice.<part>  → preface__p_<part>          the notice, as the preface (notice.title → preface__p_title)
 *   plan.<part>    → body__p_<part>             the plan's title and preamble
 *   N              → sec_N                      一、 sections
 *   N.M            → sec_N__para_M              (一) paragraphs
 *   N.M.K          → sec_N__para_M__point_K     1. points
 */
import type { LocalizedParagraph } from '../document/site-model.ts';
import type { Notice } from '../document/policy-model.ts';
import type { Status } from '../document/document-status.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const LEVELS = ['sec', 'para', 'point'] as const;

export function aknEid(id: string): string {
  const front = /^(notice|plan)\.([a-z]+)$/u.exec(id);
  if (front) return `${front[1] === 'notice' ? 'preface' : 'body'}__p_${front[2]}`;
  const numbers = id.split('.');
  if (numbers.length > LEVELS.length || !numbers.every((n) => /^[1-9]\d*$/u.test(n))) throw new Error(`Paragraph id "${id}" has no Akoma Ntoso eId`);
  return numbers.map((n, i) => `${LEVELS[i]}_${n}`).join('__');
}

export function paragraphIdOfEid(eId: string): string {
  const front = /^(preface|body)__p_([a-z]+)$/u.exec(eId);
  if (front) return `${front[1] === 'preface' ? 'notice' : 'plan'}.${front[2]}`;
  const parts = eId.split('__');
  const numbers = parts.map((part, i) => new RegExp(`^${LEVELS[i]}_([1-9]\\d*)$`, 'u').exec(part)?.[1]);
  if (parts.length > LEVELS.length || numbers.some((n) => n === undefined)) throw new Error(`eId "${eId}" is not a paragraph of the document`);
  return numbers.join('.');
}

export interface AknReference {
  /** Slug from content/zones.json or content/departments.json, or "issuer". */
  slug: string;
  name: string;
}

/** The work's Akoma Ntoso country (FRBRcountry, as "cn-dongguan") and subtype (FRBRsubtype, as "notice"), from the document's profile. */
export interface AknWork {
  country: string;
  subtype: string;
}

export interface AknInput {
  notice: Pick<Notice, 'date' | 'published' | 'number'>;
  work: AknWork;
  /** This edition's text of every paragraph, in document order (the parsed Chinese or its translation). */
  blocks: readonly LocalizedParagraph[];
  /** ISO 639-2 code of this edition, and of the original when this edition is a translation. */
  language: string;
  originalLanguage: string;
  /** This edition's rendering of the document number (Shi Fu Ban [2025] No. 3 is the source of the IRI's number). */
  numberForIri: string;
  issuer: AknReference;
  departments: readonly AknReference[];
  zones: readonly AknReference[];
  /** Who produced this file (the site), and where the document was published (the government web page). */
  producer: AknReference;
  publication: string;
  status: Status;
  /** When the status changed, for an amended, repealed or expired document. */
  statusSince?: string;
}

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
    .join('');
/** An element; one whose children span lines opens and closes on lines of its own, so the file reads as an outline. */
const el = (name: string, values: Record<string, string | undefined> = {}, children?: string) => {
  if (children === undefined) return `<${name}${attrs(values)}/>`;
  const inner = children.includes('\n') ? `\n${children}\n` : children;
  return `<${name}${attrs(values)}>${inner}</${name}>`;
};

/** The IRIs of the work, of this expression and of the original expression, and of this file. */
export function aknIris(notice: Pick<Notice, 'date'>, numberForIri: string, language: string, originalLanguage: string, work: AknWork) {
  const number = numberForIri.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
  if (!number) throw new Error(`Document number "${numberForIri}" gives no IRI component`);
  const workIri = `/akn/${work.country}/doc/${work.subtype}/${notice.date}/${number}`;
  const expression = (lang: string) => `${workIri}/${lang}@${notice.date}`;
  return { work: workIri, expression: expression(language), original: expression(originalLanguage), manifestation: `${expression(language)}/!main.xml` };
}

/** Akoma Ntoso's lifecycle event for a status other than in force. */
const STATUS_EVENT: Partial<Record<Status, string>> = { amended: 'amendment', repealed: 'repeal', expired: 'repeal' };

export function aknDocument(input: AknInput): string {
  const { notice, blocks, language, originalLanguage } = input;
  const iri = aknIris(notice, input.numberForIri, language, originalLanguage, input.work);
  const { country } = input.work;
  const isTranslation = language !== originalLanguage;
  const text = (id: string) => {
    const block = blocks.find((b) => b.id === id);
    if (!block) throw new Error(`Paragraph "${id}" is missing from the ${language} edition`);
    return escapeXml(block.text);
  };
  const p = (id: string, inline: string) => el('p', { eId: aknEid(id) }, inline);

  const meta = [
    el('identification', { source: '#producer' }, [
      el('FRBRWork', {}, [
        el('FRBRthis', { value: `${iri.work}/!main` }),
        el('FRBRuri', { value: iri.work }),
        el('FRBRdate', { date: notice.date, name: 'signature' }),
        el('FRBRauthor', { href: '#issuer' }),
        el('FRBRcountry', { value: country }),
        el('FRBRsubtype', { value: input.work.subtype }),
        el('FRBRnumber', { value: iri.work.split('/').at(-1) }),
        el('FRBRname', { value: notice.number }),
      ].join('\n')),
      el('FRBRExpression', {}, [
        el('FRBRthis', { value: `${iri.expression}/!main` }),
        el('FRBRuri', { value: iri.expression }),
        el('FRBRdate', { date: notice.date, name: isTranslation ? 'translation' : 'signature' }),
        el('FRBRauthor', { href: isTranslation ? '#producer' : '#issuer' }),
        el('FRBRauthoritative', { value: String(!isTranslation) }),
        el('FRBRlanguage', { language }),
        isTranslation ? el('FRBRtranslation', { href: iri.original, fromLanguage: originalLanguage, authoritative: 'false', by: '#producer' }) : '',
      ].filter(Boolean).join('\n')),
      el('FRBRManifestation', {}, [
        el('FRBRthis', { value: iri.manifestation }),
        el('FRBRuri', { value: iri.manifestation }),
        el('FRBRdate', { date: notice.published, name: 'publication' }),
        el('FRBRauthor', { href: '#producer' }),
        el('FRBRformat', { value: 'application/akn+xml' }),
      ].join('\n')),
    ].join('\n')),
    el('publication', { date: notice.published, name: 'web', showAs: input.publication }),
    el('lifecycle', { source: '#producer' }, [
      el('eventRef', { eId: 'e_signature', date: notice.date, source: '#original', type: 'generation' }),
      STATUS_EVENT[input.status] && input.statusSince ? el('eventRef', { eId: `e_${input.status}`, date: input.statusSince, source: '#original', type: STATUS_EVENT[input.status] }) : '',
    ].filter(Boolean).join('\n')),
    el('references', { source: '#producer' }, [
      el('original', { eId: 'original', href: iri.original, showAs: notice.number }),
      el('TLCOrganization', { eId: 'issuer', href: `/ontology/organization/${country}/${input.issuer.slug}`, showAs: input.issuer.name }),
      el('TLCOrganization', { eId: 'producer', href: `/ontology/organization/${input.producer.slug}`, showAs: input.producer.name }),
      ...input.departments.map((d) => el('TLCOrganization', { eId: `dept_${d.slug}`, href: `/ontology/organization/${country}/${d.slug}`, showAs: d.name })),
      ...input.zones.map((z) => el('TLCLocation', { eId: `zone_${z.slug}`, href: `/ontology/location/${country}/${z.slug}`, showAs: z.name })),
    ].join('\n')),
  ].join('\n');

  const preface = [
    p('notice.title', el('docTitle', {}, text('notice.title'))),
    p('notice.number', el('docNumber', {}, text('notice.number'))),
    p('notice.addressees', text('notice.addressees')),
    p('notice.body', text('notice.body')),
    p('notice.issuer', el('docAuthority', { refersTo: '#issuer' }, text('notice.issuer'))),
    p('notice.date', el('docDate', { date: notice.date }, text('notice.date'))),
  ].join('\n');

  const body = [p('plan.title', el('docTitle', {}, text('plan.title'))), p('plan.preamble', text('plan.preamble')), hierarchy(blocks.filter((b) => b.depth > 0))].join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>\n${el(
    'akomaNtoso',
    { xmlns: AKN_NAMESPACE },
    el('doc', { name: 'notice', contains: 'originalVersion' }, [el('meta', {}, meta), el('preface', {}, preface), el('mainBody', {}, body)].join('\n')),
  )}\n`;
}

/** Sections, paragraphs and points with num, heading and content; a parent's own text becomes its intro. */
function hierarchy(blocks: readonly LocalizedParagraph[]): string {
  const ELEMENT = { 1: 'section', 2: 'paragraph', 3: 'point' } as const;
  const render = (index: number): [string, number] => {
    const block = blocks[index]!;
    const head = [block.label && el('num', {}, escapeXml(block.label)), block.title && el('heading', {}, escapeXml(block.title))].filter(Boolean).join('\n');
    const children: string[] = [];
    let next = index + 1;
    while (next < blocks.length && blocks[next]!.depth > block.depth) {
      const [child, after] = render(next);
      children.push(child);
      next = after;
    }
    const own = block.text ? el('p', {}, escapeXml(block.text)) : '';
    const inner = children.length ? `${own ? el('intro', {}, own) : ''}${children.join('\n')}` : el('content', {}, own || el('p', {}, ''));
    return [el(ELEMENT[block.depth as 1 | 2 | 3], { eId: aknEid(block.id) }, head + inner), next];
  };
  const out: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const [xml, next] = render(i);
    out.push(xml);
    i = next;
  }
  return out.join('\n');
}
