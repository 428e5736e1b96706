import { describe, expect, it } from 'vitest';
import { checkGrounding, needsCheck, prepareEvidence } from '../../../server/agent/guardrails/grounding.ts';
import { eligibility, people, search } from './grounding-evidence.ts';

/** The sentence-level API the stream hold-back uses (ADR 0012, ADR 0014). */
describe('needsCheck: when the hold-back starts holding', () => {
  it.each([
    ['您可以领取5', true],
    ['补贴标准是一万', true],
    ['最长三个', true],
    ['比例是百分之', true],
    ['详见【yb2022-38:2.5.3】', true],
    ['您符合条件', true],
    ['您暂不符合', true],
    ['按您说的情况，可以享受', true],
    ['您好，关于求职创业补贴的办理', false],
    ['“一生一困”就业帮扶，一对一服务', false],
    ['请到区就业和人才中心咨询', false],
  ])('%s → %s', (text, expected) => expect(needsCheck(text)).toBe(expected));
});

describe('checkGrounding on a fragment with evidence prepared once', () => {
  const evidence = prepareEvidence({ toolCalls: [eligibility(people.poorGraduate), search('2.5.3', '2.2.2')] });

  it('checks one sentence at a time, as the whole answer is the sum of its sentences', () => {
    const good = '您符合离校求职创业补贴的条件，可以领取500元/人【yb2022-38:2.5.3】。';
    const bad = '另外还可以申请一次性创业补助8000元/户【yb2022-38:2.2.2】。';
    expect(checkGrounding(good, evidence).ok).toBe(true);
    expect(checkGrounding(bad, evidence)).toMatchObject({ ok: false, unsupportedClaims: [{ cue: '可以申请', benefits: ['startup_one_off_grant'], found: ['unknown'] }] });
    const whole = checkGrounding(good + bad, evidence);
    expect(whole.ok).toBe(false);
    expect(whole.unsupportedClaims).toHaveLength(1);
  });

  it('keeps the older form (evidence as texts; a JSON text is a tool output)', () => {
    const g = checkGrounding({
      answer: '您不能领离校求职创业补贴。',
      allowedClauseIds: new Set(['yb2022-38:2.5.3']),
      evidence: [JSON.stringify(eligibility(people.poorGraduate).output)],
    });
    expect(g).toMatchObject({ ok: false, ungroundedFigures: [], unsupportedClaims: [{ cue: '不能领', says: 'no', found: ['eligible'] }] });
  });

  it('is cheap enough to call per sentence', () => {
    const sentence = '创业担保贷款个人最高30万元，一次性创业补助8000元/户，您可以申请离校求职创业补贴500元/人【yb2022-38:2.5.3】。';
    const started = performance.now();
    for (let i = 0; i < 500; i++) checkGrounding(sentence, evidence);
    expect((performance.now() - started) / 500).toBeLessThan(2);
  });
});
