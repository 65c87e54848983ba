import { describe, expect, it } from 'vitest';
import { keyProblems, quoteProblems, t } from '../../src/lib/editions/i18n.ts';

const summary = (locale: 'zh' | 'en', name: string, sectors: number, measures: number, group = false) => {
  const context = group ? 'group' : undefined;
  return t(locale, 'departments.summary', {
    context,
    name,
    leads: t(locale, 'departments.summaryLeads', { context, count: sectors, total: 12 }),
    shares: t(locale, 'departments.summaryShares', { context, count: measures, total: 10 }),
  });
};

describe('the UI strings’ grammar', () => {
  it('says none, one and many in English, with the article before a bureau and plural verbs for a group', () => {
    expect(summary('en', 'Dongguan Finance Bureau', 0, 1)).toBe('In the plan, the Dongguan Finance Bureau leads none of the 12 sectors and shares responsibility for 1 of the 10 support measures.');
    expect(summary('en', 'Dongguan Science and Technology Bureau', 1, 0)).toBe('In the plan, the Dongguan Science and Technology Bureau leads 1 of the 12 sectors and shares responsibility for none of the 10 support measures.');
    expect(summary('en', 'the towns, subdistricts and parks concerned', 0, 2, true)).toBe('In the plan, the towns, subdistricts and parks concerned lead none of the 12 sectors and share responsibility for 2 of the 10 support measures.');
    expect(t('en', 'departments.leadsCount', { count: 0 })).toBe('leads no sector');
    expect(t('en', 'departments.leadsCount', { count: 1 })).toBe('leads 1 sector');
    expect(t('en', 'departments.leadsCount', { count: 5 })).toBe('leads 5 sectors');
    expect(t('en', 'departments.leadsCount', { count: 0, context: 'group' })).toBe('lead no sector');
  });

  it('says none in Chinese too, and falls back from a context Chinese does not need', () => {
    expect(summary('zh', '市财政局', 0, 1)).toBe('在方案中，市财政局不牵头12个产业中的任何一个；参与负责10项保障措施中的1项。');
    expect(summary('zh', '有关镇街(园区)', 0, 2, true)).toBe('在方案中，有关镇街(园区)不牵头12个产业中的任何一个；参与负责10项保障措施中的2项。');
    expect(t('zh', 'departments.leadsCount', { count: 3 })).toBe('牵头3个产业');
  });

  it('takes context and plural variants as their key when comparing editions', () => {
    const figure = { figure: { count: '{{value}}' } };
    expect(keyProblems({ zh: { a: 'x', a_zero: 'y' }, en: { a_group_zero: 'n', a_one: 'o', a_other: 'p', ...figure } })).toEqual([]);
    expect(keyProblems({ zh: { a: 'x' }, en: { b_group: 'n', ...figure } })).toEqual([
      'src/locales/en.json: key "a" is missing (src/locales/zh.json has it)',
      'src/locales/en.json: key "b" is not in src/locales/zh.json',
    ]);
  });

  it('finds quotation marks of another kind than the edition’s', () => {
    expect(quoteProblems('en', [{ where: 'home.title', text: "Dongguan's \"plan\"" }])).toEqual(['home.title: \' " in "Dongguan\'s "plan"": this edition quotes with “ ” ‘ ’']);
    expect(quoteProblems('en', [{ where: 'home.title', text: 'Dongguan’s “plan”' }])).toEqual([]);
    expect(quoteProblems('zh', [{ where: 'x', text: '方案“重点方向”' }])).toEqual([]);
    expect(quoteProblems('zh-hant', [{ where: 'x', text: '方案“重點方向”' }])).toEqual(['x: “ ” in "方案“重點方向”": this edition quotes with 「 」 『 』']);
    expect(quoteProblems('zh-hant', [{ where: 'x', text: '方案「重點方向」' }])).toEqual([]);
  });
});
