import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { ONE_TO_MANY, contextAt, converterFor, reviewedConverter } from '../../src/lib/editions/convert.ts';
import { ProblemsError } from '../../src/lib/checks/problems.ts';

const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
const convert = converterFor('zh-hant');

describe('the Traditional conversion', () => {
  it('fixes OpenCC’s traps with the reviewed phrase overrides, character for character', () => {
    // What OpenCC alone gives: the traps the overrides exist for.
    expect(opencc('建设一个中试平台')).toContain('一箇中試');
    expect(opencc('依托市制造强市建设领导小组')).toContain('市制造強市');
    expect(opencc('请径向市发展改革局反映')).toContain('請徑向');
    expect(convert('打造一个中试')).toBe('打造一個中試');
    expect(convert('依托市制造强市建设领导小组')).toBe('依託市製造強市建設領導小組');
    expect(convert('请径向市发展改革局反映')).toBe('請逕向市發展改革局反映');
  });

  it('knows the one-to-many characters from OpenCC’s own dictionaries', () => {
    for (const ch of '个干发制系面台里准松钟后于余只冲历复汇范蒙困征表卷斗') expect(ONE_TO_MANY.has(ch), ch).toBe(true);
    for (const ch of '东业产') expect(ONE_TO_MANY.has(ch), ch).toBe(false);
  });

  it('takes a context of up to two Han characters either side, not across punctuation or markup', () => {
    expect(contextAt([...'建设一个中试平台'], 3)).toBe('设一[个]中试');
    expect(contextAt([...'，个。'], 1)).toBe('[个]');
    expect(contextAt([...'<b>发展</b>'], 3)).toBe('[发]展');
  });

  it('fails on a context not in the review list, and on a form other than the list’s, naming them', () => {
    const review = { phrases: {}, contexts: { '[干]细胞': '幹' } };
    const strict = reviewedConverter(opencc, review);
    expect(strict('干细胞')).toBe('幹細胞');
    expect(() => strict('若干个')).toThrow(ProblemsError);
    expect(() => strict('若干个')).toThrow(/"若\[干\]个" → 干 is not in the review list/u);
    const wrong = reviewedConverter(opencc, { phrases: {}, contexts: { '[干]细胞': '乾' } });
    expect(() => wrong('干细胞')).toThrow(/"\[干\]细胞" is converted to 幹, but the review list chose 乾/u);
  });

  it('stops the build on a context the site’s review list lacks, naming it', () => {
    expect(() => convert('理发')).toThrow(/"理\[发\]" → 髮 is not in the review list.*content\/zh-hant-conversion\.json|content\/zh-hant-conversion\.json.*"理\[发\]" → 髮/su);
  });

  it('refuses an override that changes the length', () => {
    expect(() => reviewedConverter(opencc, { phrases: { 软件: { form: '軟體程式', why: 'vocabulary' } }, contexts: {} })).toThrow(/changes the length/u);
  });
});
