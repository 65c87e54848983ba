/**
 * `npm run package [-- --out <file.zip>]`: one zip for a government platform (集约化平台) where a
 * special topic is uploaded as files under a path the platform chooses, with no control over headers
 * or rewrites. The site is built for a placeholder base and every link made relative, so it works
 * under any path; it keeps only what works there (each page's <meta> CSP; no _headers or .htaccess),
 * carries its SHA-256 manifest, and a short 上线说明 / deployment note for the platform's operator.
 * The same commit gives the same zip.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { INTEGRITY_FILE, buildManifest, serializeManifest } from '../lib/publish/integrity.ts';
import { readAllFiles } from '../lib/publish/output-files.ts';
import { PLACEHOLDER_BASE, type ZipEntry, packageProblems, rebase, rebasedFile, zipArchive } from '../lib/publish/platform-package.ts';
import { OTHER_HOSTS_FILE } from '../lib/publish/server-config.ts';
import { loadPolicy } from '../lib/document/load-policy.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_OUT = 'dist-package/dongguan-policy-site.zip';
/** The folder of the zip that is uploaded; the note sits beside it. */
const SITE_FOLDER = 'site';
const NOTE = 'DEPLOY.txt';
/** Server files for hosts the platform is not: they would only be uploaded as clutter. */
const DROPPED = new Set([OTHER_HOSTS_FILE, '.htaccess', INTEGRITY_FILE]);

const USAGE = `Usage: npm run package [-- --out <file.zip>]

Builds the site for any sub-path (relative links, no server configuration) and writes one zip for a
government platform: ${SITE_FOLDER}/ (the files to upload, with ${INTEGRITY_FILE}) and ${NOTE} (上线说明).
The footer variables (SITE_SPONSOR, SITE_ICP …) are read as for npm run build; SITE and BASE are not
(the package has no fixed address).
  --out <file.zip>   where to write it (default: ${DEFAULT_OUT})`;

class PackageError extends Error {}

/** npm runs scripts in the package root; a relative path means where the user typed the command. */
const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

function deployNote(fileCount: number, manifestDigest: string): string {
  // The topic is the site's main document, named by its plan title in each language.
  const { document, translations } = loadPolicy(PROJECT);
  const planTitle = { zh: document.blocks.find((b) => b.id === 'plan.title')!.text, en: translations.en?.['plan.title']?.text };
  return `上线说明（《${planTitle.zh}》专题）

1. 把 ${SITE_FOLDER}/ 文件夹里的全部文件按原有目录结构上传到平台为本专题分配的目录（任意路径均可，
   如 /zt/dgcy/）。所有链接都是相对链接：无需服务器配置、无需 URL 重写。
2. 平台须把目录地址（以 / 结尾）指向其中的 index.html，这是各静态网站平台的通常做法。专题入口为该
   目录本身（自动转到简体中文版 zh/），英文版为 en/，繁体中文版为 zh-hant/。
3. 安全：每个页面自带内容安全策略（<meta> CSP），不从其他网站加载任何内容。平台如能设置响应头，
   可再加 X-Content-Type-Options、X-Frame-Options 等（见项目 README“Deploy”）。
4. 核对：${INTEGRITY_FILE} 列出 ${fileCount} 个文件的 SHA-256（其本身的 SHA-256：${manifestDigest}）。
   上线后运行 npm run verify -- <专题网址> --manifest ${INTEGRITY_FILE}，可证明线上文件与本包一致。
5. 找不到的页面显示平台自己的错误页；平台如允许指定错误页，可用 404.html（中英双语）。

Deployment notes (the site of the ${planTitle.en ?? planTitle.zh})

1. Upload every file in the ${SITE_FOLDER}/ folder, keeping its folders, to the folder the platform gives
   this topic (any path, e.g. /zt/dgcy/). Every link is relative: no server configuration, no rewrites.
2. The platform must serve a folder's index.html for its address ending in "/", as static hosts do.
   The topic starts at that folder (it forwards to the Simplified Chinese edition, zh/); English is
   en/, Traditional Chinese zh-hant/.
3. Security: every page carries its own Content-Security-Policy (<meta>) and loads nothing from other
   sites. Where the platform can set headers, add X-Content-Type-Options, X-Frame-Options and the
   others (see the project's README, "Deploy").
4. Checking: ${INTEGRITY_FILE} lists the SHA-256 of ${fileCount} files (its own SHA-256: ${manifestDigest}).
   Once online, npm run verify -- <topic URL> --manifest ${INTEGRITY_FILE} proves the files are these.
5. A page that does not exist shows the platform's own error page; where an error page can be chosen,
   use 404.html (bilingual).
`;
}

function buildForPackage(outDir: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, BASE: PLACEHOLDER_BASE };
  delete env.SITE;
  const build = spawnSync(process.execPath, [join(PROJECT, 'src/cli/build.ts'), '--outDir', outDir], { cwd: PROJECT, env, stdio: 'inherit' });
  if (build.status !== 0) throw new PackageError('the build failed (its error is above)');
}

function packageEntries(built: string): { entries: ZipEntry[]; fileCount: number; manifestDigest: string } {
  const files = readAllFiles(built)
    .filter((f) => !DROPPED.has(f.path))
    .map((f) => (rebasedFile(f.path) ? { path: f.path, bytes: new TextEncoder().encode(rebase(f.path, new TextDecoder().decode(f.bytes))) } : f));
  const problems = packageProblems(files);
  if (problems.length) throw new PackageError(`the package would not work under any path:\n  - ${problems.join('\n  - ')}`);
  const manifest = new TextEncoder().encode(serializeManifest(buildManifest(files)));
  const manifestDigest = createHash('sha256').update(manifest).digest('hex');
  const entries = [...files.map((f) => ({ name: `${SITE_FOLDER}/${f.path}`, bytes: f.bytes })), { name: `${SITE_FOLDER}/${INTEGRITY_FILE}`, bytes: manifest }];
  entries.push({ name: NOTE, bytes: new TextEncoder().encode(deployNote(files.length, manifestDigest)) });
  return { entries, fileCount: files.length, manifestDigest };
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = values.out ? userPath(values.out) : join(PROJECT, DEFAULT_OUT);
  const work = mkdtempSync(join(tmpdir(), 'package-'));
  try {
    const built = join(work, 'site');
    buildForPackage(built);
    const { entries, fileCount, manifestDigest } = packageEntries(built);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zipArchive(entries));
    console.log(`\nPackage written: ${relative(process.cwd(), out)} (${fileCount} files in ${SITE_FOLDER}/, ${INTEGRITY_FILE} sha256 ${manifestDigest}, ${NOTE}).`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`\npackage: ${error instanceof PackageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
