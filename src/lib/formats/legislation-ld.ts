/**
 * schema.org Legislation for policy/: the work, each language version as a Legislation that is a
 * translation of the original (or has translations), and each version's encodings (the HTML page,
 * the Akoma Ntoso file, the JSON data) as LegislationObjects with their legal value.
 */
import type { Status } from '../document/document-status.ts';
import type { Locale } from '../editions/locales.ts';

export interface LegislationVersion {
  locale: Locale;
  languageTag: string;
  name: string;
  /** Absolute or site-relative URLs of the version's encodings. */
  html: string;
  akn: string;
  json: string;
}

export interface LegislationInput {
  identifier: string;
  dateSigned: string;
  datePublished: string;
  issuer: string;
  jurisdiction: string;
  status: Status;
  original: Locale;
  /** Whether this site is published by the issuing authority: then the original here has official legal value. */
  publisherIsIssuer: boolean;
  /** The page's own version first. */
  versions: readonly LegislationVersion[];
}

const SCHEMA = 'https://schema.org/';
const FORCE: Record<Status, string> = { 'in-force': 'InForce', amended: 'InForce', repealed: 'NotInForce', expired: 'NotInForce' };

export function legislationJsonLd(input: LegislationInput): Record<string, unknown> {
  const original = input.versions.find((v) => v.locale === input.original);
  if (!original) throw new Error(`No ${input.original} version among the versions given`);
  const id = (v: LegislationVersion) => `${v.html}#legislation`;
  const legalValue = (v: LegislationVersion) =>
    `${SCHEMA}${v.locale === input.original && input.publisherIsIssuer ? 'OfficialLegalValue' : 'UnofficialLegalValue'}`;
  const version = (v: LegislationVersion) => {
    const isOriginal = v.locale === input.original;
    const encoding = (contentUrl: string, encodingFormat: string) => ({
      '@type': 'LegislationObject',
      contentUrl,
      encodingFormat,
      inLanguage: v.languageTag,
      legislationLegalValue: legalValue(v),
    });
    return {
      '@type': 'Legislation',
      '@id': id(v),
      name: v.name,
      inLanguage: v.languageTag,
      legislationIdentifier: input.identifier,
      ...(isOriginal
        ? { workTranslation: input.versions.filter((o) => o !== v).map((o) => ({ '@id': id(o) })) }
        : { translationOfWork: { '@id': id(original) } }),
      encoding: [encoding(v.html, 'text/html'), encoding(v.akn, 'application/akn+xml'), encoding(v.json, 'application/json')],
    };
  };
  const [own] = input.versions;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: own!.name,
    legislationIdentifier: input.identifier,
    legislationDate: input.dateSigned,
    datePublished: input.datePublished,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: input.issuer },
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: input.jurisdiction },
    legislationLegalForce: `${SCHEMA}${FORCE[input.status]}`,
    inLanguage: own!.languageTag,
    workExample: input.versions.map(version),
  };
}
