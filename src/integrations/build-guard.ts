/**
 * Fails the build when any output file carries a spam term or an internal link that does not
 * resolve (the compromised source page must never leak into what we deploy), when a page carries a
 * script the build did not write or a head that does not start with the CSP, when a script file is
 * not one of Astro's, Pagefind's or the public/ manifest's, when a text was converted to 繁體 in a
 * context the conversion's review list lacks (src/lib/editions/convert.ts), or when an Akoma Ntoso file under
 * data/akn/ (data/akn/<document>/ for a document other than the default) does not validate against the OASIS schema.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { aknSchemaErrors } from '../lib/formats/akn-validate.ts';
import { CONVERSION_FILE, collectUnreviewed } from '../lib/editions/convert.ts';
import { formatProblems, headOrderProblems, linkProblems, scriptProblems, spamProblems } from '../lib/publish/output-checks.ts';
import { listFiles, readOutput } from '../lib/publish/output-files.ts';
import { isOwnScript } from '../lib/publish/public-files.ts';

/** Where the site's own words come from: a problem found in the output is traced back to these. */
const SOURCE_FOLDERS = ['content', 'src/locales'];

export default function buildGuard(): AstroIntegration {
  let base = '/';
  let root = '';
  let unreviewed = new Map<string, string>();
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        unreviewed = collectUnreviewed();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = readOutput(fileURLToPath(dir));
        const all = listFiles(fileURLToPath(dir));
        const strayScripts = all
          .filter((path) => /\.m?js$/u.test(path) && !isOwnScript(path))
          .map((path) => ({ file: path, message: 'a script file the build did not write (not Astro\'s, Pagefind\'s or listed in src/lib/publish/public-files.ts)' }));
        const problems = [...spamProblems(files), ...linkProblems(files, base, all), ...scriptProblems(files, base, isOwnScript), ...headOrderProblems(files), ...strayScripts];
        const conversion = unreviewed.size ? `Traditional conversion (${CONVERSION_FILE}): ${unreviewed.size} context(s) not reviewed:\n  - ${[...unreviewed.values()].join('\n  - ')}` : '';
        if (problems.length) {
          const sources = SOURCE_FOLDERS.flatMap((folder) => readOutput(join(root, folder)).map((f) => ({ ...f, path: `${folder}/${f.path}` })));
          throw new Error(`The build wrote ${problems.length} problem(s):\n${formatProblems(problems, sources)}${conversion && `\n${conversion}`}`);
        }
        if (conversion) throw new Error(conversion);
        const akn = files.filter((f) => /^data\/akn\/(?:[^/]+\/)?[^/]+\.xml$/u.test(f.path)).map((f) => ({ name: f.path, contents: f.text }));
        const aknErrors = await aknSchemaErrors(akn, root);
        if (aknErrors.length) throw new Error(`Akoma Ntoso files do not validate against the OASIS schema:\n  - ${aknErrors.join('\n  - ')}`);
        logger.info(`${files.length} text files checked: no spam terms, every internal link resolves, every script one the build wrote, the CSP first in every head, ${akn.length} Akoma Ntoso files valid.`);
      },
    },
  };
}
