/**
 * The service worker's own offline page takes its words from the UI strings through t(), like every
 * page (plural, context, fallback and the missing-key check), never from the locale files read raw.
 * Here t() is replaced by one that names what it was asked for, so words read any other way show.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline-reading.ts';
import { LOCALES, languageTag } from '../../src/lib/editions/locales.ts';

vi.mock('../../src/lib/editions/i18n.ts', () => ({ t: (locale: string, key: string) => `t(${locale}, ${key})` }));

describe('the service worker offline page', () => {
  it('has each edition\'s words from t()', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    try {
      writeServiceWorker(dir, "const VERSION = 'development';\nconst OFFLINE_PAGES = {};\n", []);
      const pages = JSON.parse(/^const OFFLINE_PAGES = (.*);$/mu.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!);
      const keys = { title: 'tools.unsavedTitle', text: 'tools.unsavedText', search: 'tools.searchNeedsNetwork', query: 'search.label', home: 'nav.home' };
      expect(pages).toEqual(
        Object.fromEntries(LOCALES.map((l) => [`${l}/`, { lang: languageTag(l), ...Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, `t(${l}, ${key})`])) }])),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
