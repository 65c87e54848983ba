/** The layout as a reader sees it, checked in the page: shared by the every-page and templates suites. */
import type { Page } from 'playwright-core';

/**
 * What is wrong with the layout as the reader sees it now, in words: sideways scrolling, clipped
 * text, navigation off screen (unless the page has none: the site-wide 404), overlapping blocks.
 */
export const layoutProblems = (page: Page, { navigation = true } = {}) =>
  page.evaluate((navigation) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    // Text clipped: a box that hides overflow but holds more than it shows (the scrolling table is meant to).
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (el.closest('.visually-hidden, .table-scroll') || style.display === 'none') continue;
      if (/(hidden|clip)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${el.tagName}.${el.className}`);
    }
    const nav = document.querySelector('.primary-nav a');
    if (!nav) {
      if (navigation) problems.push('no navigation');
    } else {
      const box = nav.getBoundingClientRect();
      if (box.width === 0 || box.right > width || box.left < 0) problems.push('navigation off screen');
    }
    // Overlap: two consecutive blocks of main whose boxes intersect.
    const blocks = [...document.querySelectorAll<HTMLElement>('main > *, main section > *')].filter((el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).position === 'static');
    for (let i = 1; i < blocks.length; i += 1) {
      const [a, b] = [blocks[i - 1]!.getBoundingClientRect(), blocks[i]!.getBoundingClientRect()];
      if (blocks[i - 1]!.parentElement === blocks[i]!.parentElement && b.top < a.bottom - 1 && b.left < a.right && a.left < b.right) {
        problems.push(`overlap: ${blocks[i - 1]!.tagName} and ${blocks[i]!.tagName}`);
      }
    }
    return problems;
  }, navigation);

/** Problems that appear when the text is set to 200% (WCAG 1.4.4), including main content lost; the size is put back after. */
export async function problemsAtDoubleText(page: Page, options?: { navigation?: boolean }): Promise<string[]> {
  const mainText = () => page.evaluate(() => document.querySelector('main')!.innerText.length);
  const before = await mainText();
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const problems = (await mainText()) === before ? [] : ['content changed at 200% text'];
  problems.push(...(await layoutProblems(page, options)).map((p) => `at 200% text, ${p}`));
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  return problems;
}
