/** For a browser test file: dist/ served and Chromium launched before its tests, both closed after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, launchBrowser, serve } from './browser.ts';

export interface SiteInBrowser {
  server: StaticServer;
  browser: Browser;
}

export function siteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await serve();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
