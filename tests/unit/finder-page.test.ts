/**
 * What the finder page relies on outside its own code: the offline lists find the data file it preloads
 * (and no other preloaded file, such as Pagefind's in the header box's template), and the hotline it
 * gives readers comes from the document's profile, checked like every other field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileProblems } from '../../src/lib/document/profile.ts';
import { pageAssets } from '../../src/lib/publish/offline.ts';
import { DEFAULT_DOCUMENT } from '../support/documents.ts';

const profile = JSON.parse(readFileSync(`${DEFAULT_DOCUMENT}/profile.json`, 'utf8')) as { publisher: Record<string, unknown> };

describe('the finder page’s data file and hotline', () => {
  it('is kept for offline reading when the page preloads it with data-page-data, and only then', () => {
    const html =
      '<link data-page-data rel="preload" as="fetch" crossorigin="anonymous" href="/sub/zh/for-enterprises/finder.json">' +
      '<template><link rel="preload" href="/sub/pagefind/pagefind-worker.js" as="fetch" crossorigin></template>';
    expect(pageAssets(html, '/sub/')).toEqual(['zh/for-enterprises/finder.json']);
  });

  it('takes the hotline from the profile: digits only, named in every authored edition', () => {
    expect(profileProblems(profile)).toEqual([]);
    const withHotline = (hotline: unknown) => ({ ...profile, publisher: { ...profile.publisher, hotline } });
    expect(profileProblems(withHotline({ number: '12345-6', name: { zh: '政务服务便民热线', en: 'government service hotline' } })).join()).toContain('publisher.hotline.number');
    expect(profileProblems(withHotline({ number: '12345', name: { zh: '政务服务便民热线' } })).join()).toContain('publisher.hotline.name');
  });
});
