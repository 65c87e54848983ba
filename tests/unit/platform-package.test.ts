import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_BASE, isPortableName, packageProblems, rebase, rootFrom, zipArchive } from '../../src/lib/publish/platform-package.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the platform package', () => {
  it('makes every link relative to its file, from the root down', () => {
    expect(['index.html', 'zh/index.html', 'zh/clusters/6g/index.html'].map(rootFrom)).toEqual(['./', '../', '../../../']);
    const page = `<a href="${PLACEHOLDER_BASE}zh/policy/">x</a><link rel="icon" href="${PLACEHOLDER_BASE}favicon.svg">`;
    expect(rebase('zh/clusters/6g/index.html', page)).toBe('<a href="../../../zh/policy/">x</a><link rel="icon" href="../../../favicon.svg">');
    expect(rebase('site.webmanifest', `{"scope":"${PLACEHOLDER_BASE}"}`)).toBe('{"scope":"./"}');
  });

  it('gives an inline script that names the base its new hash in the page’s CSP, and leaves the others', () => {
    const loader = `import(\`${PLACEHOLDER_BASE}_astro/a.js\`)`;
    const style = 'p{color:red}';
    const page = `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(loader)}; style-src ${hash(style)}"><style>${style}</style><script type="module">${loader}</script>`;
    const rebased = rebase('en/index.html', page);
    expect(rebased).toContain(`<script type="module">import(\`../_astro/a.js\`)</script>`);
    expect(rebased).toContain(`script-src 'self' ${hash('import(`../_astro/a.js`)')};`);
    expect(rebased).toContain(`style-src ${hash(style)}`);
    expect(rebased).not.toContain(hash(loader));
  });

  it('refuses a rebased page the output guard would refuse, naming the file: a script its CSP does not allow, a script outside the site, a late CSP', () => {
    const script = 'console.log(1)';
    const head = (csp: string) => `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' ${csp}">`;
    const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
    const good = file('zh/index.html', `${head(hash(script))}</head><body><script>${script}</script><script type="module" src="../_astro/a.js"></script></body></html>`);
    expect(packageProblems([good])).toEqual([]);
    const stale = file('en/index.html', `${head(hash('other'))}</head><body><script>${script}</script></body></html>`);
    const outside = file('en/policy/index.html', `${head('')}</head><body><script src="../../../x.js"></script></body></html>`);
    const late = file('zh-hant/index.html', `<html><head><title>t</title><meta charset="utf-8"><meta http-equiv="content-security-policy" content="">`);
    expect(packageProblems([good, stale, outside, late])).toEqual([
      expect.stringMatching(/^en\/index\.html:1: inline script whose hash the build did not put in the page's Content-Security-Policy/u),
      'en/policy/index.html:1: script "../../../x.js" is not one the build wrote',
      'zh-hant/index.html:1: the head does not start with <meta charset> and then the Content-Security-Policy <meta>',
    ]);
  });

  it('takes portable ASCII names only', () => {
    expect(['zh/index.html', 'pagefind/fragment/zh-cn_1a.pf_fragment', '_astro/a.B_c-1.js'].every(isPortableName)).toBe(true);
    expect(['政策/index.html', 'a b.html', 'a\\b', '/abs', 'a//b'].some(isPortableName)).toBe(false);
  });

  it('zips the same entries to the same bytes, in name order, each entry deflated and intact', () => {
    const entries = [
      { name: 'site/b.txt', bytes: new TextEncoder().encode('二'.repeat(100)) },
      { name: 'site/a.txt', bytes: new TextEncoder().encode('a') },
    ];
    const zip = Buffer.from(zipArchive(entries));
    expect(Buffer.from(zipArchive([...entries].reverse())).equals(zip)).toBe(true);
    // The first local header: site/a.txt, stored (deflate would be larger), dated 1980-01-01.
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.subarray(30, 40).toString()).toBe('site/a.txt');
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.readUInt16LE(12)).toBe(33);
    // The second: deflated, and inflates back to its bytes.
    const second = 30 + 10 + 1;
    expect(zip.readUInt16LE(second + 8)).toBe(8);
    const size = zip.readUInt32LE(second + 18);
    const data = zip.subarray(second + 30 + 10, second + 30 + 10 + size);
    expect(inflateRawSync(data).toString()).toBe('二'.repeat(100));
    // The end record counts both entries.
    expect(zip.readUInt16LE(zip.length - 12)).toBe(2);
  });
});
