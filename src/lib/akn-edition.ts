/** The inputs of one edition's Akoma Ntoso file, gathered from the parsed document, its translation and the data files. */
import { type AknInput, aknDocument } from './akoma-ntoso.ts';
import type { DocumentStatus } from './document-status.ts';
import { t } from './i18n.ts';
import type { PolicySource } from './load-policy.ts';
import { localizeBlock } from './localize.ts';
import type { Locale } from './policy-model.ts';
import { AKN_LANGUAGE, ORIGINAL_LOCALE } from './urls.ts';

export function aknEdition(source: PolicySource, status: DocumentStatus, locale: Locale): string {
  const { document, english } = source;
  const blocks = document.blocks.map((b) => localizeBlock(b, locale, english));
  const textOf = (id: string, l: Locale = locale) => localizeBlock(document.blocks.find((b) => b.id === id)!, l, english).text;
  const mentioned = new Set([...document.sectors.flatMap((s) => s.leads), ...document.measures.flatMap((m) => m.departments)]);
  const input: AknInput = {
    notice: document.notice,
    blocks,
    language: AKN_LANGUAGE[locale],
    originalLanguage: AKN_LANGUAGE[ORIGINAL_LOCALE],
    // The IRI's number is the romanised document number, the same in every edition.
    numberForIri: english['notice.number']!.text!,
    issuer: { slug: 'general-office', name: textOf('notice.issuer') },
    departments: source.departments.filter((d) => mentioned.has(d.slug)).map((d) => ({ slug: d.slug, name: d[locale] })),
    zones: source.zones.filter((z) => document.sectors.some((s) => s.zones.includes(z.slug))).map((z) => ({ slug: z.slug, name: z[locale] })),
    producer: { slug: 'dongguan-industries-policy-site', name: t(locale, 'site.name') },
    publication: t(locale, 'akn.publication'),
    status: status.status,
    statusSince: status.since,
  };
  return aknDocument(input);
}
