import { describe, expect, it } from 'vitest';
import { LOCALES, ORIGINAL, languageTag, otherLocales } from '../../src/lib/editions/locales.ts';
import { allContractPages, exists, mainText, page } from '../support/dist.ts';

const SITE = process.env.SITE;
const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');
/** What a canonical or alternate link must say: absolute with SITE, else a path under the base. */
const expectedUrl = (locale: string, route: string) => {
  const path = `${BASE}${locale}/${route ? `${route}/` : ''}`;
  return SITE ? new URL(path, SITE).href : path;
};

describe('the URL contract', () => {
  it.each(allContractPages())('$file exists with its language, canonical and alternates', ({ locale, route, file }) => {
    expect(exists(file), file).toBe(true);
    const root = page(file);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe(languageTag(locale));
    expect(root.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(expectedUrl(locale, route));
    const alternates = Object.fromEntries(
      root.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(alternates).toEqual({
      ...Object.fromEntries(LOCALES.map((l) => [languageTag(l), expectedUrl(l, route)])),
      'x-default': expectedUrl(ORIGINAL, route),
    });
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    // Served as HTML, before any script: it reads and navigates.
    expect(mainText(root).trim().length, file).toBeGreaterThan(20);
    expect(root.querySelectorAll('.primary-nav a').length, file).toBeGreaterThanOrEqual(8);
  });

  it('sends the root to /zh/ and links every edition', () => {
    const root = page('index.html');
    expect(root.querySelector('meta[http-equiv=refresh]')!.getAttribute('content')).toBe('0; url=zh/');
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['zh/', 'en/', 'zh-hant/']);
  });

  it('links every page to the same page in each other edition, named in its own language', () => {
    const names: Record<string, string> = { zh: '简体中文', en: 'English', 'zh-hant': '繁體中文' };
    for (const { locale, route, file } of allContractPages()) {
      const links = page(file).querySelectorAll('[data-language-switch]');
      expect(links.map((a) => a.getAttribute('href')), file).toEqual(otherLocales(locale).map((l) => `${BASE}${l}/${route ? `${route}/` : ''}`));
      expect(links.map((a) => [a.getAttribute('lang'), a.textContent.trim()])).toEqual(otherLocales(locale).map((l) => [languageTag(l), names[l]]));
    }
  });
});
