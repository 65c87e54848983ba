/**
 * The second build the suite needs: under BASE=/policy/ with SITE and footer fields set. The global
 * setup makes it once (npm run build, as a webmaster would), and every suite that needs it reads it.
 */
import { execFileSync } from 'node:child_process';

export const SUBPATH_DIST = 'tests/.tmp/dist-subpath';
export const SUBPATH_SITE = 'https://www.example.gov.cn';
export const SUBPATH_BASE = '/policy/';
export const SUBPATH_FOOTER = { SITE_SPONSOR: '东莞市示例单位', SITE_ICP: '粤ICP备00000000号', SITE_ID_CODE: '4419000000' };

export function buildSubpath(): void {
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) into process.env; the build must not inherit them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(k)));
  execFileSync('npm', ['run', 'build', '--', '--outDir', SUBPATH_DIST], {
    env: { ...env, SITE: SUBPATH_SITE, BASE: SUBPATH_BASE, ...SUBPATH_FOOTER },
    stdio: 'pipe',
  });
}
