/**
 * Every page of dist/, read with an HTML parser (not the build guard's own code): the head starts with
 * <meta charset> and then the CSP <meta>, so a policy given only by the page covers everything after
 * it; every executable inline script has its SHA-256 in that policy and every script file is the
 * build's own; and no element the W3C checker questioned is back (an empty <time>, a section or
 * article without a heading of its own).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/publish/output-files.ts';
import { PUBLIC_SCRIPTS } from '../../src/lib/publish/public-files.ts';
import { DIST, page } from '../support/dist.ts';

const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));

describe('every page of dist/', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(140);
  });

  it('starts its head with <meta charset> and the Content-Security-Policy <meta>', () => {
    const wrong = pages.filter((file) => {
      const [first, second] = page(file).querySelector('head')!.children;
      return first?.getAttribute('charset')?.toLowerCase() !== 'utf-8' || second?.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy';
    });
    expect(wrong).toEqual([]);
  });

  it('runs only scripts the build wrote: inline ones hashed in its CSP, files of Astro, Pagefind and the public/ manifest', () => {
    const found: string[] = [];
    for (const file of pages) {
      const root = page(file);
      const csp = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
      for (const script of root.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        if (src) {
          const path = new URL(src, `http://x/${file}`).pathname.slice(1);
          if (!path.startsWith('_astro/') && !path.startsWith('pagefind/') && !PUBLIC_SCRIPTS.includes(path)) found.push(`${file}: ${src}`);
        } else if (script.getAttribute('type') !== 'application/ld+json') {
          const hash = createHash('sha256').update(script.rawText).digest('base64');
          if (!csp.includes(`'sha256-${hash}'`)) found.push(`${file}: inline script ${hash}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has no empty <time>, and every section and article a heading of its own', () => {
    const found: string[] = [];
    for (const file of pages) {
      const root = page(file);
      for (const time of root.querySelectorAll('time')) if (!time.textContent.trim()) found.push(`${file}: empty <time>`);
      for (const box of root.querySelectorAll('section, article')) {
        const own = box.querySelectorAll('h1, h2, h3, h4, h5, h6').some((h) => h.parentNode && h.closest('section, article') === box);
        if (!own) found.push(`${file}: <${box.tagName.toLowerCase()} class="${box.getAttribute('class') ?? ''}"> without a heading`);
      }
    }
    expect(found).toEqual([]);
  });
});
