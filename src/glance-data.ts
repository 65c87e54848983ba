/**
 * 一图读懂 of an edition, made once per build for its page and its PNG: the sections from the site
 * model, checked as claims against the paragraphs they cite like every other explanation (a figure,
 * name, dropped hedge or task stated as done that they do not support fails the build, naming the
 * item), and the long image with the page's address as a QR code when SITE is set.
 */
import { GLANCE_IMAGE, GLANCE_ROUTE, type GlanceSection, glanceClaims, glanceSections } from './lib/explain/at-a-glance.ts';
import { checkClaims } from './lib/explain/claim-check.ts';
import { glancePng } from './lib/formats/glance-png.ts';
import { t } from './lib/editions/i18n.ts';
import { AUTHORED_LOCALES, type Locale } from './lib/editions/locales.ts';
import { qrPath } from './lib/formats/qr.ts';
import { absoluteUrl } from './lib/site/urls.ts';
import type { SiteDocument } from './site-data.ts';
import { linksFor } from './site-pages.ts';

/** Made once per document and edition. */
const sections = new Map<string, GlanceSection[]>();
export function glanceOf(document: SiteDocument, locale: Locale): GlanceSection[] {
  const { site } = document;
  let made = sections.get(`${document.id}/${locale}`);
  if (!made) {
    made = glanceSections(site, locale);
    // Claims are checked in the authored editions, as the other explanations are: a converted edition's
    // items are its source edition's, converted.
    if (AUTHORED_LOCALES.includes(locale)) checkClaims(glanceClaims(made, locale), site.claimContext, `The at-a-glance items (${document.id}, ${locale}) and their clauses`);
    sections.set(`${document.id}/${locale}`, made);
  }
  return made;
}

/** Where the long image of an edition is, under the base: beside its page. */
export const glanceImagePath = (document: SiteDocument, locale: Locale): string => `${linksFor(locale, document).page(GLANCE_ROUTE)}${GLANCE_IMAGE}`;

const images = new Map<string, ReturnType<typeof glancePng>>();
/** The long image of a document in an edition (rendered once, for the page that states its size and the file itself). */
export function glanceImage(document: SiteDocument, locale: Locale, origin: URL | undefined): ReturnType<typeof glancePng> {
  let image = images.get(`${document.id}/${locale}`);
  if (!image) {
    const url = absoluteUrl(origin, linksFor(locale, document).page(GLANCE_ROUTE));
    image = glancePng(glanceOf(document, locale), {
      title: t(locale, 'glance.title'),
      notes: [t(locale, 'glance.note')],
      address: url ? { url, qr: qrPath(url), scan: t(locale, 'tools.scan') } : undefined,
    });
    images.set(`${document.id}/${locale}`, image);
  }
  return image;
}
