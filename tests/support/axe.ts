/**
 * axe-core on a page, as every browser suite runs it: the WCAG 2.2 A and AA rules, violations only.
 * Legacy mode runs axe in the page itself, without the blank page @axe-core/playwright opens for
 * every call to merge the results of frames: our pages have no frames, and the call is several
 * times faster.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation on the page as "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
