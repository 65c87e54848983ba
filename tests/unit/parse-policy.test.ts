import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/lib/document/load-policy.ts';
import { parsePolicy } from '../../src/lib/document/profile-apply.ts';
import { PolicyParseError } from '../../src/lib/document/reader.ts';
import { SPAM_TERMS } from '../../src/lib/checks/spam.ts';
import { compact } from '../../src/lib/document/text.ts';
import { lineOf } from '../support/lines.ts';

const source = loadPolicy();
const seed = readFileSync(source.capture.file, 'utf8');
const { document } = source;
/** Zones and departments as the parser matches them: by their Chinese names. */
const named = (list: readonly { slug: string; name: Record<string, string> }[]) => list.map((e) => ({ slug: e.slug, name: e.name.zh! }));
const parse = (text: string) => parsePolicy(text, { file: 'fixture.txt', profile: source.profile, zones: named(source.zones), departments: named(source.departments) });

/** The parse error of a broken capture, so a test can check the line and the reason. */
function parseError(text: string): PolicyParseError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof PolicyParseError) return error;
    throw error;
  }
  throw new Error('expected the capture to be rejected');
}

describe('the real seed', () => {
  it('holds the notice facts', () => {
    expect(document.notice).toMatchObject({
      number: '东府办〔2024〕18号',
      issuer: '东莞市人民政府办公室',
      date: '2024-09-14',
      published: '2024-09-25',
      addressees: '各镇人民政府（街道办事处），市府直属各单位：',
    });
    expect(document.notice.title).toBe(
      '东莞市人民政府办公室关于印发《关于壮大战略性新兴产业集群和培育未来产业加快发展新质生产力的实施方案》的通知',
    );
  });

  it('has 8 clusters, 4 future industries and 10 measures in order', () => {
    expect(document.sectors.filter((s) => s.kind === 'cluster').map((s) => s.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `2.1.${n}`),
    );
    expect(document.sectors.filter((s) => s.kind === 'future').map((s) => s.title)).toEqual([
      '下一代移动通信（6G）',
      '前沿新材料',
      '具身智能',
      '未来生命健康',
    ]);
    expect(document.measures.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `3.${n}`));
    expect(document.measures[1]!.title).toBe('建立“十个一”工作体系');
  });

  it('gives each sector its lead departments and key areas as the text names them', () => {
    const byId = Object.fromEntries(document.sectors.map((s) => [s.id, s]));
    expect(byId['2.1.1']).toMatchObject({ leads: ['industry-it'], zones: ['songshan-lake', 'binhaiwan', 'changan', 'tangxia'] });
    expect(byId['2.1.3']).toMatchObject({ leads: ['development-reform'], zones: ['songshan-lake', 'binhaiwan', 'linshen-electronics-base'] });
    // "等地" and "等" close the list without being part of it.
    expect(byId['2.1.5']!.zones).toEqual(['shuixiang', 'songshan-lake', 'tangxia', 'changan']);
    expect(byId['2.1.8']).toMatchObject({ leads: ['development-reform'], zones: ['songshan-lake', 'xiegang', 'shuixiang'] });
    expect(byId['2.1.7']!.leads).toEqual(['science-technology', 'industry-it']);
    expect(byId['2.2.4']!.zones).toEqual(['songshan-lake', 'chashan', 'dongcheng']);
    for (const id of ['2.2.1', '2.2.2', '2.2.3']) expect(byId[id]).toMatchObject({ zones: [], zonesClause: '' });
    expect(document.sectors.filter((s) => s.zones.includes('songshan-lake'))).toHaveLength(9);
  });

  it('keeps every measure’s responsible departments, the towns and parks included', () => {
    expect(document.measures[1]!.departments).toEqual([
      'development-reform', 'industry-it', 'science-technology', 'natural-resources', 'sasac', 'finance', 'commerce', 'towns-and-parks',
    ]);
    expect(document.measures[4]!.departments).toEqual(['development-reform', 'science-technology', 'industry-it', 'investment-promotion', 'towns-and-parks']);
    expect(document.measures[6]!.departments).toEqual(['talent-office', 'science-technology', 'industry-it', 'education', 'human-resources']);
  });

  it('reads the four 2027 targets: what each measures, its figure and unit', () => {
    expect(document.targets.map((t) => [t.id, t.label, t.value, t.unit])).toEqual([
      ['clusters', '全市规模超千亿元的产业集群不少于', 7, '个'],
      ['output', '规上工业总产值超过', 30000, '亿元'],
      ['high-tech-share', '高技术制造业增加值占规上工业比重超过', 42, '%'],
      ['investment-growth', '工业投资年均增速不低于', 10, '%'],
    ]);
  });

  it('reads the horizons: the target year and the longer outlooks', () => {
    expect(document.horizons).toEqual({
      targetYear: 2027,
      outlooks: [
        { from: 5, to: 10, goal: '从小到大', clause: '5至10年内从小到大' },
        { from: 10, to: 15, goal: '从有到优', clause: '10至15年内从有到优' },
      ],
    });
  });

  it('keeps every policy line of the seed, and nothing else', () => {
    const modelText = compact(document.blocks.map((b) => `${b.label}${b.title}${b.runIn ? '。' : ''}${b.text}`).join(''));
    const policyLines = seed.split('\n').slice(lineOf(seed, '字体大小'), lineOf(seed, '【打印本页】') - 1);
    for (const line of policyLines) expect(modelText).toContain(compact(line));
    for (const chrome of ['浏览次数', '字体大小', '打印本页', '上一条', '下一条', '发布时间', ...SPAM_TERMS]) {
      expect(JSON.stringify(document)).not.toContain(chrome);
    }
  });

  it('gives every block a unique id', () => {
    const ids = document.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('3.10');
  });
});

describe('a changed or tampered capture', () => {
  it('parses the same with CRLF line endings and with fullwidth punctuation', () => {
    expect(parse(seed.replace(/\n/g, '\r\n'))).toEqual(document);
    const fullwidth = seed.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/,/g, '，');
    expect(parse(fullwidth)).toEqual(document);
  });

  it('drops spam in the page header and footer, wherever it stands there', () => {
    const moved = seed.replace(/^.*唯一入口\n/, '').replace('浏览次数:', '365体育官方唯一入口\n浏览次数:');
    expect(parse(moved)).toEqual(document);
  });

  it('rejects spam inside the policy text, naming the line', () => {
    const between = seed.replace('  二、重点方向', '  澳门博彩官方入口\n\n  二、重点方向');
    const error = parseError(between);
    expect(error.line).toBe(lineOf(between, '澳门博彩'));
    expect(error.reason).toMatch(/spam term "官方入口"/);
    const inside = seed.replace('重点发展智能算力硬件', '重点发展365体育智能算力硬件');
    expect(parseError(inside).line).toBe(lineOf(inside, '7.人工智能产业集群'));
  });

  it('rejects a missing item, naming where', () => {
    const text = seed.replace(/\n {2}3\.半导体及集成电路产业集群[^\n]*\n/, '\n');
    const error = parseError(text);
    expect(error.reason).toMatch(/numbering out of order: "4\." where number 3 was expected/);
    expect(error.line).toBe(lineOf(text, '4.新材料产业集群'));
  });

  it('rejects a missing last item and a missing section', () => {
    const noLast = seed.replace(/\n {2}4\.未来生命健康[^\n]*\n/, '\n');
    expect(parseError(noLast).reason).toMatch(/part 2\.2 has 3 numbered children, expected 4/);
    const noSection = seed.replace('  二、重点方向\n', '');
    expect(parseError(noSection).reason).toMatch(/numbering out of order: "\(一\)" where number 3 was expected/);
  });

  it('rejects duplicated numbers', () => {
    const text = seed.replace('4.新材料产业集群', '3.新材料产业集群');
    const error = parseError(text);
    expect(error.reason).toMatch(/"3\." where number 4 was expected/);
    expect(error.line).toBe(lineOf(text, '3.新材料产业集群'));
  });

  it('rejects an unknown department or zone, naming the line', () => {
    const dept = seed.replace('(市科技局牵头)\n\n  5.', '(市海洋局牵头)\n\n  5.');
    expect(parseError(dept)).toMatchObject({ line: lineOf(dept, '4.新材料产业集群'), reason: expect.stringMatching(/unknown department "市海洋局"/) });
    const zone = seed.replace('石龙、水乡', '石排、水乡');
    expect(parseError(zone).reason).toMatch(/unknown zone "石排"/);
  });

  it('rejects a capture without its structure', () => {
    expect(parseError('just some text').reason).toMatch(/字体大小/);
    expect(parseError(seed.replace('东府办〔2024〕18号', '东府办2024第18号')).reason).toMatch(/document number/);
  });
});
