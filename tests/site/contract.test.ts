import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAG, LOCALES } from '../../src/lib/urls.ts';
import { allContractPages, exists, page } from '../support/dist.ts';

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
    expect(root.querySelector('html')!.getAttribute('lang')).toBe(LANGUAGE_TAG[locale]);
    expect(root.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(expectedUrl(locale, route));
    const alternates = Object.fromEntries(
      root.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(alternates).toEqual({
      ...Object.fromEntries(LOCALES.map((l) => [LANGUAGE_TAG[l], expectedUrl(l, route)])),
      'x-default': expectedUrl('zh', route),
    });
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('sends the root to /zh/ and links both languages', () => {
    const root = page('index.html');
    expect(root.querySelector('meta[http-equiv=refresh]')!.getAttribute('content')).toBe('0; url=zh/');
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['zh/', 'en/']);
  });

  it('links every page to the same page in the other language', () => {
    for (const { locale, route, file } of allContractPages()) {
      const other = locale === 'zh' ? 'en' : 'zh';
      expect(page(file).querySelector('[data-language-switch]')!.getAttribute('href')).toBe(`${BASE}${other}/${route ? `${route}/` : ''}`);
    }
  });
});
