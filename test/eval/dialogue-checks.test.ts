import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkCites,
  checkFigureFirst,
  checkFigures,
  checkHandoff,
  checkMaxChars,
  checkMustInclude,
  checkMustNotAsk,
  checkMustNotInclude,
  checkNoCites,
  checkNoCutQuote,
  checkNoInternalKeys,
  checkNoRepeatQuestion,
  checkNoTools,
  checkOnlyCites,
  checkRefuse,
  checkResults,
  checkSmalltalk,
  checkTools,
  chineseNumeral,
  hasFigure,
  normaliseFigures,
  questionSentences,
  scoreTurn,
  type TurnAnswer,
} from '../../eval/dialogue/checks.ts';
import { CaseFileSchema, flattenCaseFiles } from '../../eval/dialogue/schema.ts';

const answer = (text: string, more: Partial<TurnAnswer> = {}): TurnAnswer => ({ text, citations: [], toolCalls: [], handoff: null, status: 'answered', ...more });
const cite = (clauseId: string, quote = '对困难家庭高校毕业生离校后未就业的，给予500元/人的离校求职创业补贴。') => ({ clauseId, title: '', quote });

describe('cites / onlyCites / noCites', () => {
  it('passes when one expected clause is cited, in citations or as a 【id】 marker', () => {
    expect(checkCites(answer('x', { citations: [cite('yb2022-38:2.5.3')] }), ['yb2022-38:2.5.3', 'yb2022-38:2.4.1']).ok).toBe(true);
    expect(checkCites(answer('补贴500元【yb2022-38:2.5.3】'), ['yb2022-38:2.5.3']).ok).toBe(true);
  });
  it('fails when none is cited', () => {
    const r = checkCites(answer('x', { citations: [cite('yb2022-38:2.1.1')] }), ['yb2022-38:2.5.3']);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('yb2022-38:2.1.1');
    expect(checkCites(answer('没有引用'), ['yb2022-38:2.5.3']).ok).toBe(false);
  });
  it('onlyCites fails on an unrelated clause', () => {
    const a = answer('【yb2022-38:2.1.2】', { citations: [cite('yb2022-38:2.5.3')] });
    expect(checkOnlyCites(a, ['yb2022-38:2.5.3']).ok).toBe(false);
    expect(checkOnlyCites(a, ['yb2022-38:2.5.3', 'yb2022-38:2.1.2']).ok).toBe(true);
  });
  it('noCites fails when a forbidden clause is cited', () => {
    const a = answer('x', { citations: [cite('yb2022-38:2.1.2')] });
    expect(checkNoCites(a, ['yb2022-38:2.1.2']).ok).toBe(false);
    expect(checkNoCites(a, ['yb2022-38:2.2.3']).ok).toBe(true);
  });
});

describe('figure normalisation', () => {
  it('reads Chinese numerals before a unit, 万/千 and separators', () => {
    expect(chineseNumeral('三十')).toBe(30);
    expect(chineseNumeral('一千三百')).toBe(1300);
    expect(chineseNumeral('十三')).toBe(13);
    expect(chineseNumeral('三十万')).toBe(300000);
    expect(normaliseFigures('最高30万元')).toBe('最高300000元');
    expect(normaliseFigures('５千元')).toBe('5000元');
    expect(normaliseFigures('1,300元')).toBe('1300元');
    expect(normaliseFigures('七个工作日内')).toBe('7个工作日内');
    expect(normaliseFigures('一生一困')).toBe('一生一困');
  });
  it('matches whole numbers only', () => {
    expect(hasFigure('给予1500元/人/月', '500元')).toBe(false);
    expect(hasFigure('给予500元/人的补贴', '500元')).toBe(true);
    expect(hasFigure('给予500元/人的补贴', '500元/人')).toBe(true);
    expect(hasFigure('个人最高３０万元', '300000元')).toBe(true);
    expect(hasFigure('个人最高30万', '30万')).toBe(true);
    expect(hasFigure('个人最高300万', '30万')).toBe(false);
    expect(hasFigure('八千元一户', '8000元')).toBe(true);
  });
});

describe('figures / figureFirst', () => {
  it('passes when every figure is stated, in any notation', () => {
    expect(checkFigures(answer('个人最高三十万元，合伙企业最高110万元。'), ['30万元', '1100000元']).ok).toBe(true);
  });
  it('fails and names the missing figure', () => {
    const r = checkFigures(answer('个人最高20万元。'), ['30万元']);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('30万元');
  });
  it('figureFirst wants the figure in the first two sentences', () => {
    expect(checkFigureFirst(answer('创业担保贷款个人最高30万元【yb2022-38:2.2.2】。还要满足条件。'), '30万元').ok).toBe(true);
    expect(checkFigureFirst(answer('您好！请问您是哪里户籍？\n您注册了吗？个人最高30万元。'), '30万元').ok).toBe(false);
  });
});

describe('maxChars', () => {
  it('defaults to 600, 1200 when a list tool ran, and ignores markers', () => {
    const long = '字'.repeat(700);
    expect(checkMaxChars(answer(long)).ok).toBe(false);
    expect(checkMaxChars(answer(long, { toolCalls: [{ name: 'match_vacancies' }] })).ok).toBe(true);
    expect(checkMaxChars(answer(`${'字'.repeat(600)}【yb2022-38:2.5.3】`)).ok).toBe(true);
    expect(checkMaxChars(answer('字'.repeat(101)), 100).ok).toBe(false);
  });
});

describe('tools / noTools', () => {
  const a = answer('x', { toolCalls: [{ name: 'check_eligibility' }, { name: 'search_policy' }] });
  it('tools needs every named tool', () => {
    expect(checkTools(a, ['check_eligibility']).ok).toBe(true);
    expect(checkTools(a, ['match_vacancies']).ok).toBe(false);
  });
  it('noTools fails when a named tool ran', () => {
    expect(checkNoTools(a, ['search_policy']).ok).toBe(false);
    expect(checkNoTools(a, ['list_events']).ok).toBe(true);
  });
});

describe('mustInclude / mustNotInclude', () => {
  const a = answer('请到户籍所在地街道或乡镇公共就业服务机构办理【yb2022-38:2.4.1】。');
  it('tests regex sources against the text', () => {
    expect(checkMustInclude(a, ['区就业和人才中心|街道|乡镇']).ok).toBe(true);
    expect(checkMustInclude(a, ['7个工作日']).ok).toBe(false);
    expect(checkMustNotInclude(a, ['60万']).ok).toBe(true);
    expect(checkMustNotInclude(a, ['街道']).ok).toBe(false);
  });
  it('does not look inside citation markers', () => {
    expect(checkMustInclude(a, ['2\\.4\\.1']).ok).toBe(false);
  });
});

describe('mustNotAsk', () => {
  it('finds the fact in a question sentence', () => {
    expect(questionSentences('可以申请。请问您是重庆户籍吗？请告诉我您的毕业时间')).toEqual(['请问您是重庆户籍吗？', '请告诉我您的毕业时间']);
    expect(checkMustNotAsk(answer('可以申请。请问您是重庆户籍吗？'), ['户籍']).ok).toBe(false);
    expect(checkMustNotAsk(answer('您是否已经办理失业登记。'), ['失业登记']).ok).toBe(false);
  });
  it('passes when the word only appears in statements', () => {
    expect(checkMustNotAsk(answer('您是重庆户籍，已办理失业登记，可以申请500元。还需要什么帮助吗？'), ['户籍', '失业登记']).ok).toBe(true);
  });
});

describe('handoff', () => {
  it('compares expected and actual', () => {
    expect(checkHandoff(answer('x', { handoff: { caseId: 'c1', reason: 'distress' } }), true).ok).toBe(true);
    expect(checkHandoff(answer('x'), true).ok).toBe(false);
    expect(checkHandoff(answer('x', { handoff: { caseId: 'c1', reason: 'asked' } }), false).ok).toBe(false);
    expect(checkHandoff(answer('x'), false).ok).toBe(true);
  });
});

describe('results', () => {
  const matches = (titles: string[], extra: object = {}) => answer('x', { toolCalls: [{ name: 'match_vacancies', input: {}, output: { matches: titles.map((title) => ({ title })), ...extra } }] });
  it('counts matching titles in the last call', () => {
    expect(checkResults(matches(['物流管理见习生', '财务助理见习生']), { tool: 'match_vacancies', min: 2, match: '见习' }).ok).toBe(true);
    expect(checkResults(matches(['物流管理见习生', '叉车司机']), { tool: 'match_vacancies', min: 2, match: '见习' }).ok).toBe(false);
  });
  it('fails when the tool did not run, passes a shortfall only when allowed', () => {
    expect(checkResults(answer('x'), { tool: 'recommend_training', min: 1 }).ok).toBe(false);
    const short = matches(['物流管理见习生'], { shortfall: { found: 1, wanted: 3 } });
    expect(checkResults(short, { tool: 'match_vacancies', min: 3, match: '见习' }).ok).toBe(false);
    expect(checkResults(short, { tool: 'match_vacancies', min: 3, match: '见习', allowShortfall: true }).ok).toBe(true);
  });
  it('reads events[].name for list_events', () => {
    const a = answer('x', { toolCalls: [{ name: 'list_events', output: { events: [{ name: '金秋招聘月' }] } }] });
    expect(checkResults(a, { tool: 'list_events', min: 1, match: '金秋' }).ok).toBe(true);
    expect(checkResults(a, { tool: 'list_events', min: 1, match: '春风' }).ok).toBe(false);
  });
});

describe('smalltalk', () => {
  it('wants a short answer without citations or tools', () => {
    expect(checkSmalltalk(answer('不客气！还有其他想了解的，随时问我。')).ok).toBe(true);
    expect(checkSmalltalk(answer('不客气【yb2022-38:2.5.3】')).ok).toBe(false);
    expect(checkSmalltalk(answer('好的', { toolCalls: [{ name: 'search_policy' }] })).ok).toBe(false);
    expect(checkSmalltalk(answer('字'.repeat(81))).ok).toBe(false);
  });
});

describe('refuse', () => {
  it('passes on out_of_scope status or a redirect', () => {
    expect(checkRefuse(answer('x', { status: 'out_of_scope' })).ok).toBe(true);
    expect(checkRefuse(answer('抱歉，我只能解答渝北区“一生一困”就业帮扶相关的问题。')).ok).toBe(true);
  });
  it('fails when the bot just answers', () => {
    expect(checkRefuse(answer('明天重庆晴，最高气温25度。')).ok).toBe(false);
  });
});

describe('generic checks', () => {
  it('noCutQuote fails on a quote or a sentence cut with …', () => {
    expect(checkNoCutQuote(answer('可以申请。', { citations: [cite('yb2022-38:2.5.3')] })).ok).toBe(true);
    expect(checkNoCutQuote(answer('可以申请。', { citations: [cite('yb2022-38:2.5.3', '对困难家庭高校毕业生离校后……')] })).ok).toBe(false);
    expect(checkNoCutQuote(answer('政策原文：对招用脱贫人口、低保家庭成员……【yb2022-38:2.1.1】')).ok).toBe(false);
    expect(checkNoCutQuote(answer('按规定给予补贴…\n其他')).ok).toBe(false);
  });
  it('noRepeatQuestion fails when the previous question is asked again', () => {
    const prev = answer('可以了解一下。请问您是哪一年毕业的？');
    expect(checkNoRepeatQuestion(answer('好的。请问您是哪一年毕业的？'), prev).ok).toBe(false);
    expect(checkNoRepeatQuestion(answer('好的，您可以领取500元。'), prev).ok).toBe(true);
    expect(checkNoRepeatQuestion(answer('请问您是哪一年毕业的？'), undefined).ok).toBe(true);
  });
  it('noInternalKeys fails on fact paths, codes and placeholders', () => {
    expect(checkNoInternalKeys(answer('还需确认 person.hukou。')).ok).toBe(false);
    expect(checkNoInternalKeys(answer('您可申请 startup_one_off_grant。')).ok).toBe(false);
    expect(checkNoInternalKeys(answer('金额：undefined元')).ok).toBe(false);
    expect(checkNoInternalKeys(answer('缺少 missingFacts')).ok).toBe(false);
    expect(checkNoInternalKeys(answer('您可领取{amount}')).ok).toBe(false);
    expect(checkNoInternalKeys(answer('您可以申请8000元/户的一次性创业补助（SYB培训另计）【yb2022-38:2.2.2】。')).ok).toBe(true);
  });
});

describe('scoreTurn', () => {
  it('runs the asked checks plus the generic ones', () => {
    const a = answer('困难家庭高校毕业生离校后未就业的，可领500元/人的离校求职创业补贴【yb2022-38:2.5.3】。', { citations: [cite('yb2022-38:2.5.3')] });
    const results = scoreTurn(a, { cites: ['yb2022-38:2.5.3'], figures: ['500元'], figureFirst: true });
    expect(results.map((r) => r.name)).toEqual(['cites', 'figures', 'figureFirst', 'maxChars', 'handoff', 'noCutQuote', 'noRepeatQuestion', 'noInternalKeys']);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(scoreTurn(a, { figures: ['8000元'] }).some((r) => !r.ok)).toBe(true);
  });
});

describe('case files', () => {
  const dir = new URL('../../eval/dialogue/cases/', import.meta.url);
  const names = readdirSync(dir).filter((n) => /^seeker-.*\.ya?ml$/.test(n));
  it('the seeker files parse, with unique ids and at least 5 cases per family', () => {
    expect(names.length).toBeGreaterThan(0);
    const files = names.map((file) => ({ file, data: CaseFileSchema.parse(parse(readFileSync(new URL(file, dir), 'utf8'))) }));
    const { cases, warnings } = flattenCaseFiles(files);
    expect(warnings).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });
  it('the schema rejects unknown keys and bad regexes', () => {
    const base = { families: [{ family: 'f', who: 'graduate', source: 's', cases: [{ id: 'f-1', turns: [{ say: '你好' }] }] }] };
    expect(CaseFileSchema.safeParse(base).success).toBe(true);
    const bad = (expect_: object) => ({ families: [{ ...base.families[0], cases: [{ id: 'f-1', turns: [{ say: '你好', expect: expect_ }] }] }] });
    expect(CaseFileSchema.safeParse(bad({ citez: ['yb2022-38:2.5.3'] })).success).toBe(false);
    expect(CaseFileSchema.safeParse(bad({ mustInclude: ['(unclosed'] })).success).toBe(false);
    expect(CaseFileSchema.safeParse(bad({ cites: ['2.5.3'] })).success).toBe(false);
    expect(() => flattenCaseFiles([{ file: 'a', data: CaseFileSchema.parse(base) }, { file: 'b', data: CaseFileSchema.parse({ families: [{ ...base.families[0], family: 'g' }] }) }])).toThrow(/f-1/);
  });
});
