/**
 * html-validate (its recommended and a11y presets, with the options explained in .htmlvalidate.mjs)
 * over every HTML page of dist/ (every edition): a markup error anywhere fails the suite, listed by file, line and rule.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/publish/output-files.ts';
import { LOCALES } from '../../src/lib/editions/locales.ts';
import { DIST } from '../support/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('finds nothing on any page of dist/', async () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
    for (const locale of LOCALES) expect(pages.filter((f) => f.startsWith(`${locale}/`)).length, locale).toBeGreaterThan(40);
    const found: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) {
        for (const m of result.messages) found.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('reports an error it should (the check can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><ol aria-label="x"><li>a</li></ol><img src="a.png"></body></html>',
      'inline.html',
    );
    expect(report.valid).toBe(false);
  });
});
