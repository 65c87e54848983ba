import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { MEASURES, NAMED_ZONES, SECTORS } from '../support/expected.ts';
import { DIST, page, pageFile } from '../support/dist.ts';

/** The words of a paragraph as an edition's policy/ page shows it, found by its anchor. */
function paragraphOnPolicyPage(locale: string, id: string): string {
  const anchored = page(pageFile(locale as never, 'policy')).getElementById(id);
  expect(anchored, `${locale}/policy/ #${id}`).not.toBeNull();
  return (anchored!.closest('.readable') ?? anchored!).textContent;
}
const numbers = (text: string) => [...text.normalize('NFKC').replace(/(\d),(\d{3})/gu, '$1$2').matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]);

describe.each(LOCALES)('the %s at-a-glance page', (locale) => {
  const root = page(pageFile(locale, 'at-a-glance'));
  const items = (section: string) => root.querySelectorAll(`.glance__section--${section} [data-clauses]`);

  it('shows the 2027 targets and outlooks, the 8 + 4 sectors with their lead departments, every zone and the ten measures', () => {
    expect(items('targets')).toHaveLength(6);
    expect(items('clusters').map((li) => li.getAttribute('data-clauses'))).toEqual(SECTORS.filter((s) => s.id.startsWith('2.1.')).map((s) => s.id));
    expect(items('futures').map((li) => li.getAttribute('data-clauses'))).toEqual(SECTORS.filter((s) => s.id.startsWith('2.2.')).map((s) => s.id));
    expect(items('zones')).toHaveLength(NAMED_ZONES.length);
    expect(items('measures').map((li) => li.getAttribute('data-clauses'))).toEqual(MEASURES.map((m) => m.id));
    // Each sector names its lead departments as its department pages do.
    for (const li of [...items('clusters'), ...items('futures')]) expect(li.querySelector('.glance__detail')!.textContent.length).toBeGreaterThan(4);
  });

  it('traces every item to its paragraphs: it links each, and every number it shows stands in them', () => {
    const traced = root.querySelectorAll('[data-clauses]');
    expect(traced.length).toBeGreaterThan(40);
    let checked = 0;
    for (const element of traced) {
      const clauses = element.getAttribute('data-clauses')!.split(' ');
      const source = clauses.map((id) => paragraphOnPolicyPage(locale, id)).join('\n');
      // A section states its heading; an item, its text less its own numbering (1., (一)) and its references.
      const own = (element.tagName === 'SECTION' ? element.querySelector('h2')! : element).clone() as typeof element;
      for (const skip of own.querySelectorAll('[data-ref], [data-numbering]')) skip.remove();
      const allowed = new Set(numbers(source));
      for (const n of numbers(own.textContent)) {
        expect(allowed.has(n), `${locale}: ${n} in "${own.textContent.trim().slice(0, 60)}" is not in ${clauses.join(', ')}`).toBe(true);
        checked++;
      }
      if (element.tagName === 'LI') expect(element.querySelectorAll('.glance__ref a').map((a) => a.getAttribute('href'))).toEqual(clauses.map((id) => `/${locale}/policy/#${id}`));
    }
    // The targets' figures, the target year, the outlooks' years, the document's number and date at least.
    expect(checked).toBeGreaterThan(12);
  });

  it('names the paragraphs as the 解读 and 问答 do, and states the hedges the targets and zones stand under', () => {
    // Each item's references are the site's one citation block (.citation, a link per .citation__item).
    const items = root.querySelectorAll('li.glance__item');
    expect(items.every((li) => li.querySelectorAll('.glance__ref.citation .citation__item a').length === li.getAttribute('data-clauses')!.split(' ').length)).toBe(true);
    // A separator ends the link before it, so that lines break between links and none starts with 、 or a comma.
    for (const item of root.querySelectorAll('.glance__ref .citation__item')) expect(item.textContent.trim()).not.toMatch(/^[、,，]/u);
    // The same paragraph is labelled the same on every page that cites it.
    const elsewhere = new Map(
      ['explained', 'questions'].flatMap((route) => page(pageFile(locale, route)).querySelectorAll('.citation a').map((a) => [a.getAttribute('href')!, a.textContent.trim()] as const)),
    );
    const refs = root.querySelectorAll('.glance__ref a').filter((a) => elsewhere.has(a.getAttribute('href')!));
    expect(refs.length).toBeGreaterThan(10);
    for (const a of refs) expect(a.textContent.trim(), a.getAttribute('href')!).toBe(elsewhere.get(a.getAttribute('href')!));
    // 力争 (strive) governs the targets, 支持 (support) the agglomeration areas.
    const hedge: Record<string, [RegExp, RegExp]> = { zh: [/力争/u, /支持/u], 'zh-hant': [/力爭/u, /支持/u], en: [/\baims?\b|\bstrive/u, /\bsupports?\b/u] };
    expect(root.querySelector('.glance__section--targets .glance__lead')!.textContent).toMatch(hedge[locale]![0]);
    expect(root.querySelector('.glance__section--zones .glance__lead')!.textContent).toMatch(hedge[locale]![1]);
  });

  it('offers the long PNG beside it, sized for a phone, well under 1 MB, with its size stated', () => {
    const link = root.querySelector('.glance__image a')!;
    expect(link.getAttribute('href')).toBe(`/${locale}/at-a-glance/at-a-glance.png`);
    const file = join(DIST, locale, 'at-a-glance', 'at-a-glance.png');
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(750);
    expect(height).toBeGreaterThan(3000);
    expect(height).toBeLessThan(12000);
    expect(statSync(file).size).toBeLessThan(600 * 1024);
    expect(link.textContent).toContain(`${width}`);
    expect(link.textContent).toContain(`${Math.round(statSync(file).size / 1024)} KB`);
  });
});
