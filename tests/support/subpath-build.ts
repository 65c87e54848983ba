/**
 * The second build the suite needs: under BASE=/policy/ with SITE and footer fields set, and a
 * repealed status (POLICY_STATUS_FILE), so that it also shows the status banner on every page. The global
 * setup makes it once (npm run build, as a webmaster would), and every suite that needs it reads it.
 */
import { execFileSync } from 'node:child_process';
import { buildEnv } from './project-copy.ts';

export const SUBPATH_DIST = 'tests/.tmp/dist-subpath';
export const SUBPATH_SITE = 'https://www.example.gov.cn';
export const SUBPATH_BASE = '/policy/';
export const SUBPATH_FOOTER = { SITE_SPONSOR: '东莞市示例单位', SITE_ICP: '粤ICP备00000000号', SITE_ID_CODE: '4419000000' };
export const SUBPATH_STATUS_FILE = 'tests/fixtures/status-repealed.json';

/** The environment of that build (the status file relative to the project). */
export const SUBPATH_ENV = { SITE: SUBPATH_SITE, BASE: SUBPATH_BASE, ...SUBPATH_FOOTER, POLICY_STATUS_FILE: SUBPATH_STATUS_FILE };

export function buildSubpath(): void {
  execFileSync('npm', ['run', 'build', '--', '--outDir', SUBPATH_DIST], { env: { ...buildEnv(), ...SUBPATH_ENV }, stdio: 'pipe' });
}
