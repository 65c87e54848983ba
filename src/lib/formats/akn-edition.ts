/** The inputs of one edition's Akoma Ntoso file, gathered from the site model. */
import { type AknInput, aknDocument } from './akoma-ntoso.ts';
import { t } from '../editions/i18n.ts';
import { type Locale, ORIGINAL, TRANSLATED_LOCALES, localeInfo } from '../editions/locales.ts';
import { type SiteModel, paragraphIn } from '../document/site-model.ts';

export function aknEdition(site: SiteModel, locale: Locale): string {
  const input: AknInput = {
    notice: { date: site.facts.dateSigned, published: site.facts.datePublished, number: site.facts.number[ORIGINAL] },
    work: site.document.akn,
    blocks: site.paragraphs.map((p) => paragraphIn(p, locale)),
    language: localeInfo(locale).akn,
    originalLanguage: localeInfo(ORIGINAL).akn,
    // The IRI's number is the romanised document number (the first translation's), the same in every edition.
    numberForIri: site.facts.number[TRANSLATED_LOCALES[0]!],
    issuer: { slug: 'general-office', name: site.facts.issuer[locale] },
    departments: site.departments.map((d) => ({ slug: d.slug, name: d.name[locale] })),
    zones: site.zones.map((z) => ({ slug: z.slug, name: z.name[locale] })),
    producer: { slug: 'dongguan-industries-policy-site', name: t(locale, 'site.name') },
    publication: site.facts.publisher.website[locale],
    status: site.status.status,
    ...(site.status.since ? { statusSince: site.status.since } : {}),
  };
  return aknDocument(input);
}
