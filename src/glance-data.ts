/**
 * 一图读懂 of an edition, made once per build for its page and its PNG: the sections from the site
 * model, their figures checked against the paragraphs they cite (a figure not there fails the build),
 * and the long image with the page's address as a QR code when SITE is set.
 */
import { GLANCE_IMAGE, GLANCE_ROUTE, type GlanceSection, glanceFigureProblems, glanceSections } from './lib/at-a-glance.ts';
import { glancePng } from './lib/glance-png.ts';
import { t } from './lib/i18n.ts';
import type { Locale } from './lib/locales.ts';
import { throwIfProblems } from './lib/problems.ts';
import { qrPath } from './lib/qr.ts';
import { absoluteUrl } from './lib/urls.ts';
import { linksFor, site } from './site-data.ts';

const sections = new Map<Locale, GlanceSection[]>();
export function glanceOf(locale: Locale): GlanceSection[] {
  let made = sections.get(locale);
  if (!made) {
    made = glanceSections(site, locale);
    throwIfProblems(`Figures of the at-a-glance page (${locale})`, glanceFigureProblems(site, locale, made));
    sections.set(locale, made);
  }
  return made;
}

/** Where the long image of an edition is, under the base: beside its page. */
export const glanceImagePath = (locale: Locale): string => `${linksFor(locale).page(GLANCE_ROUTE)}${GLANCE_IMAGE}`;

const images = new Map<Locale, ReturnType<typeof glancePng>>();
/** The long image of an edition (rendered once, for the page that states its size and the file itself). */
export function glanceImage(locale: Locale, origin: URL | undefined): ReturnType<typeof glancePng> {
  let image = images.get(locale);
  if (!image) {
    const url = absoluteUrl(origin, linksFor(locale).page(GLANCE_ROUTE));
    image = glancePng(glanceOf(locale), {
      title: t(locale, 'glance.title'),
      notes: [t(locale, 'glance.note')],
      address: url ? { url, qr: qrPath(url), scan: t(locale, 'tools.scan') } : undefined,
    });
    images.set(locale, image);
  }
  return image;
}
