/**
 * Read aloud in Chromium, with speechSynthesis replaced by a recorder (headless Chromium has no
 * voices): what is spoken, in which language and order, the highlight, pause, stop, the remembered
 * speed, "read this paragraph", keyboard use, and that without a voice the control stays and says why.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, withAxe } from '../support/axe.ts';
import { siteInBrowser } from '../support/browser-suite.ts';

const site = siteInBrowser();

interface Spoken {
  text: string;
  lang: string;
  rate: number;
}
interface Recorder {
  spoken: Spoken[];
  calls: string[];
  /** Ends the utterance being spoken, as the engine would when done. */
  end: () => void;
}

/** A context whose pages get a recording speechSynthesis with these voices, before any script runs. */
async function withVoices(voiceLangs: string[]): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 700 } });
  await context.addInitScript((langs: string[]) => {
    const voices = langs.map((lang, i) => ({ lang, name: `voice ${lang}`, voiceURI: lang, default: i === 0, localService: true }));
    let speaking: { text: string; onend?: () => void } | null = null;
    const recorder = { spoken: [] as unknown[], calls: [] as string[], end: () => finish() };
    const finish = () => {
      const utterance = speaking;
      speaking = null;
      utterance?.onend?.();
    };
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend?: () => void;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak(u: Utterance) {
        recorder.spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
        speaking = u;
      },
      // A real engine ends a cancelled utterance a moment later: the player must not take that as "go on".
      cancel() {
        recorder.calls.push('cancel');
        const cancelled = speaking;
        speaking = null;
        setTimeout(() => cancelled?.onend?.());
      },
      pause: () => recorder.calls.push('pause'),
      resume: () => recorder.calls.push('resume'),
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'recorder', { value: recorder });
  }, voiceLangs);
  return context;
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorder: Recorder }).recorder);
const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { recorder: Recorder }).recorder.end());
const status = (page: Page) => page.locator('[data-tools-status]').innerText();
const highlighted = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.reading-now')].map((el) => (el as HTMLElement).innerText.trim()));
/** The texts of the page's first reading blocks, found here from the markup, not by the player. */
const firstBlocks = (page: Page) => page.evaluate(() => ['main .kicker', 'main h1', 'main .lead'].map((s) => (document.querySelector(s) as HTMLElement).innerText.trim()));

describe('read aloud', () => {
  it('reads a Chinese sector page paragraph by paragraph in zh-CN, highlighting each, with pause, resume and stop from the keyboard', async () => {
    const context = await withVoices(['en-US', 'zh-CN', 'zh-TW']);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.url}zh/clusters/semiconductors/`);
    const play = page.locator('[data-tool="read-aloud"][data-action="play"]');
    expect(await play.isVisible()).toBe(true);
    expect(scripts.some((s) => s.endsWith('/read-aloud.js'))).toBe(false);

    const [kicker, h1, lead] = await firstBlocks(page);
    await play.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 1);
    expect(scripts.some((s) => s.endsWith('/read-aloud.js'))).toBe(true);
    expect((await recorded(page)).spoken[0]).toEqual({ text: kicker, lang: 'zh-CN', rate: 1 });
    expect(await highlighted(page)).toEqual([kicker]);
    expect(await status(page)).toMatch(/^正在朗读第 1 段，共 \d+ 段$/u);

    await endUtterance(page);
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 2);
    await endUtterance(page);
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 3);
    expect((await recorded(page)).spoken.map((s) => s.text)).toEqual([kicker, h1, lead]);
    expect(await highlighted(page)).toEqual([lead]);
    // The status follows the paragraph read.
    expect(await status(page)).toMatch(/^正在朗读第 3 段，共 \d+ 段$/u);
    // Kept in view.
    const box = await page.locator('.reading-now').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);

    await page.keyboard.press('Enter'); // focus is still on the play button, now "pause"
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('已暂停');
    expect((await recorded(page)).calls).toContain('pause');
    expect(await play.innerText()).toContain('继续');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await recorded(page)).calls, { timeout: 10_000 }).toContain('resume');

    await page.locator('[data-action="stop"]').click();
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('已停止朗读');
    expect(await highlighted(page)).toEqual([]);
    const count = (await recorded(page)).spoken.length;
    await endUtterance(page);
    await page.waitForTimeout(50);
    expect((await recorded(page)).spoken.length).toBe(count);
    expect(await play.innerText()).toContain('朗读全文');
    await context.close();
  });

  it('speaks within the reader\'s tap when a voice is listed (iOS speaks only then), and waits only for voices not yet listed', async () => {
    const context = await withVoices(['zh-CN']);
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh/clusters/semiconductors/`);
    // The module as the loader calls it on a click: speech has started when the call returns.
    // (A string: the test runner would rewrite an import() in a function.)
    const spokenInCall = await page.evaluate(`import(new URL('/read-aloud.js', location.href).href).then(({ default: readAloud }) => {
      readAloud(document.querySelector('[data-tool="read-aloud"][data-action="play"]'));
      return window.recorder.spoken.length;
    })`);
    expect(spokenInCall).toBe(1);

    // A browser that lists its voices only after the tap: the player waits for them, then reads.
    await page.reload();
    await page.evaluate(() => {
      const listed = speechSynthesis.getVoices();
      speechSynthesis.getVoices = () => ((window as unknown as { late?: boolean }).late ? listed : []);
    });
    await page.click('[data-tool="read-aloud"][data-action="play"]');
    await page.waitForTimeout(100);
    expect((await recorded(page)).spoken).toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { late: boolean }).late = true;
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    });
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 1);
    expect((await recorded(page)).spoken[0]!.lang).toBe('zh-CN');
    await context.close();
  });

  it('remembers the speed, and a speed change restarts the paragraph rather than skipping it', async () => {
    const context = await withVoices(['zh-CN']);
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh/clusters/semiconductors/`);
    await page.click('[data-tool="read-aloud"][data-action="play"]');
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 1);
    await page.selectOption('[data-read-speed]', '1.25');
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 2);
    await page.waitForTimeout(50); // the cancelled utterance's late end must not move on
    const { spoken } = await recorded(page);
    expect(spoken.length).toBe(2);
    expect(spoken[1]).toEqual({ ...spoken[0], rate: 1.25 });

    await page.reload();
    await page.click('[data-tool="read-aloud"][data-action="play"]');
    await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 1);
    expect((await recorded(page)).spoken[0]!.rate).toBe(1.25);
    expect(await page.inputValue('[data-read-speed]')).toBe('1.25');
    await context.close();
  });

  it('reads one paragraph of policy/ with "read this paragraph", then stops', async () => {
    const context = await withVoices(['zh-CN']);
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh/policy/`);
    const block = page.locator('.readable', { has: page.locator('[id="3.1"]') });
    const expected = await block.evaluate((el) => [...el.querySelectorAll(':is(h3, h4, h5, p):not(.visually-hidden)')].map((e) => (e as HTMLElement).innerText.trim()));
    await block.locator('.read-this').click();
    for (let i = 1; i <= expected.length; i += 1) {
      await page.waitForFunction((n) => (window as unknown as { recorder: Recorder }).recorder.spoken.length === n, i);
      await endUtterance(page);
    }
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('朗读完毕');
    expect((await recorded(page)).spoken.map((s) => s.text)).toEqual(expected);
    await context.close();
  });

  it('speaks each edition with its own voices: English, zh-CN for 简体, zh-HK or zh-TW for 繁體', async () => {
    const context = await withVoices(['zh-TW', 'en-GB', 'zh-HK', 'zh-CN']);
    const page = await context.newPage();
    const spokenLang = async (path: string) => {
      await page.goto(site.server.url + path);
      await page.click('[data-tool="read-aloud"][data-action="play"]');
      await page.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 1);
      return (await recorded(page)).spoken[0]!.lang;
    };
    expect(await spokenLang('en/measures/')).toBe('en-GB');
    // zh-TW is the browser's default voice here, yet the 简体 edition asks for zh-CN first.
    expect(await spokenLang('zh/measures/')).toBe('zh-CN');
    // The 繁體 edition prefers zh-HK to zh-TW (src/lib/editions/locales.ts), whatever the browser's default.
    expect(await spokenLang('zh-hant/measures/')).toBe('zh-HK');
    await context.close();
  });

  // Every edition (with voices of other languages only) in every view: phone at normal and largest text, desktop.
  const otherVoices = { zh: ['en-US'], en: ['zh-CN'], 'zh-hant': [] } as const;
  const views = [[375, 'normal'], [375, 'largest'], [1280, 'normal']] as const;
  it.each(Object.entries(otherVoices).flatMap(([locale, voices]) => views.map(([width, size]) => [locale, width, size, voices] as const)))('on /%s/ at %i px (%s text), without a voice for the language, keeps the control and says why and what to do', async (locale, width, size, voices) => {
    const context = await withVoices([...voices]);
    await context.addInitScript((size) => localStorage.setItem('reading-settings', JSON.stringify({ 'text-size': size })), size);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`${site.server.url}${locale}/policy/`);
    const play = page.locator('[data-tool="read-aloud"][data-action="play"]');
    expect(await play.isVisible()).toBe(true);
    // Reading one paragraph needs a voice: those buttons stay hidden.
    expect(await page.locator('.read-this').first().isVisible()).toBe(false);
    await play.click();
    const expected = JSON.parse(readFileSync(`src/locales/${locale}.json`, 'utf8')).tools.noVoice;
    // The browser says it has listed its voices (none speaks the language); else the player waits a second for them.
    const listed = () => page.evaluate(() => speechSynthesis.dispatchEvent(new Event('voiceschanged')));
    await expect.poll(async () => (await listed(), status(page)), { timeout: 10_000 }).toBe(expected);
    expect(await page.locator('[data-tools-status]').isVisible()).toBe(true);
    expect((await recorded(page)).spoken).toEqual([]);
    await context.close();
  });

  it('falls back within the language', async () => {
    // With no 繁體 voice, the 繁體 edition is read by a Chinese voice of another region.
    const simplifiedOnly = await withVoices(['en-GB', 'zh-CN']);
    const hant = await simplifiedOnly.newPage();
    await hant.goto(`${site.server.url}zh-hant/measures/`);
    await hant.click('[data-tool="read-aloud"][data-action="play"]');
    await hant.waitForFunction(() => (window as unknown as { recorder: Recorder }).recorder.spoken.length === 1);
    expect((await recorded(hant)).spoken[0]!.lang).toBe('zh-CN');
    await simplifiedOnly.close();
  });

  it('leaves axe nothing to find with the tools shown and a paragraph highlighted, in each language', async () => {
    const context = await withAxe(await withVoices(['zh-CN', 'en-US', 'zh-TW']));
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of ['zh/policy/', 'en/clusters/semiconductors/', 'zh-hant/zones/']) {
      await page.goto(site.server.url + path);
      await page.click('[data-tool="read-aloud"][data-action="play"]');
      await page.waitForSelector('.reading-now');
      // The tools and the highlighted block: the rest of every page is checked by every-page.test.ts and templates.test.ts.
      for (const violation of await axeViolations(page, ['.page-tools', '.reading-now'])) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
