/**
 * A Vite plugin: `import url from './x.ts?module-url'` gives the URL of x.ts built as a chunk of its
 * own, without loading it. A page's script can then load x.ts on first use with a plain import(url),
 * instead of Vite's dynamic-import helper (about 1 KB that every page would load up front).
 */
import type { Plugin } from 'vite';

const SUFFIX = '?module-url';
const PREFIX = '\0module-url:';

export default function moduleUrl(): Plugin {
  let serving = false;
  return {
    name: 'module-url',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      if (!target) throw new Error(`${importer ?? 'a module'}: cannot resolve ${source}`);
      return PREFIX + target.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const target = id.slice(PREFIX.length);
      // The dev server compiles any project file on request.
      if (serving) return `export default ${JSON.stringify(`/@fs${target}`)};`;
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: target })};`;
    },
  };
}
