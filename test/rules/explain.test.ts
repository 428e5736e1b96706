import { describe, expect, it } from 'vitest';
import { evaluate } from '../../server/rules/engine.ts';
import { explain, explainBenefit, explainLine } from '../../server/rules/explain.ts';

const CITATION = /【yb2022-38:(\d+\.)*\d+】/;

describe('explain', () => {
  const result = evaluate({
    asOf: '2026-11-30',
    person: {
      isCollegeGraduate: true,
      graduationDate: '2025-06-30',
      employmentStatus: 'unemployed',
      poorFamilyGraduate: true,
      business: { form: 'individual', registeredInChongqing: true, firstBusiness: true, startedOn: '2025-06-01', employees: 3, payingSocialInsurance: true },
    },
  });
  const text = explain(result);

  it('starts with the date and the plan and ends with the centre having the last word', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('按2026-11-30的情况，依据《“一生一困”就业帮扶工作实施方案》（渝北人社发〔2022〕38号）：');
    expect(lines.at(-1)).toContain('以区就业和人才中心审核为准');
  });

  it('lists eligible benefits with amounts and citations in the fixed format', () => {
    expect(text).toContain('可以享受：');
    expect(text).toContain('· 一次性创业补助（8000元/户）【yb2022-38:2.2.2】');
    expect(text).toContain('· 离校求职创业补贴（500元/人）【yb2022-38:2.5.3】');
    for (const line of text.split('\n').filter((l) => l.startsWith('· '))) expect(line).toMatch(CITATION);
  });

  it('lists unknown benefits with the facts to provide, and ineligible ones briefly', () => {
    expect(text).toContain('还需确认：');
    expect(text).toMatch(/· 失业登记：请补充：出生日期；是否有劳动能力；是否有就业意愿【yb2022-38:2\.4\.1】/);
    expect(text).toContain('暂不符合：');
    expect(text).toMatch(/· 低保就业补贴：.*不满足.*【yb2022-38:2\.5\.3】/);
  });

  it('says what to confirm when no fact would settle an unknown', () => {
    const r = evaluate({ asOf: '2026-11-30', person: { isCollegeGraduate: true, certificate: 'skill_level', attendedVocationalTraining: true, passedFirstSkillAppraisal: true } });
    const b = r.benefits.find((x) => x.code === 'skill_certification_subsidy')!;
    expect(explainLine(b)).toContain('培训鉴定科确认');
  });

  it('says the plan was not yet in force for dates before it', () => {
    const b = evaluate({ asOf: '2022-01-01', person: {} }).benefits[0]!;
    expect(explainLine(b)).toBe('· 失业登记：本方案自2022-05-13起施行，2022-01-01的情形不适用本方案的规则，当时的政策请向区就业和人才中心咨询【yb2022-38:2.4.1】');
  });

  it('shortens long lists of missing facts', () => {
    const r = evaluate({ asOf: '2026-11-30', employer: { assistanceWorkshop: true, hires: [{ hiredOn: '2026-01-01' }] } });
    const line = explainLine(r.benefits.find((x) => x.code === 'assistance_workshop_award')!);
    expect(line).toMatch(/等\d+项/);
    expect(line).toContain('第1位招用人员：');
  });

  it('explains one benefit on its own with every reason', () => {
    const b = result.benefits.find((x) => x.code === 'startup_one_off_grant')!;
    const one = explainBenefit(b);
    expect(one.split('\n')[0]).toBe('一次性创业补助：符合条件（8000元/户）【yb2022-38:2.2.2】');
    expect(one).toContain('· 已经营17个月（满足“正常经营1年以上3年以下”）');
    expect(explain(b)).toBe(one);
    const unknown = explainBenefit(evaluate({ asOf: '2026-11-30', person: {} }).benefits[0]!);
    expect(unknown).toContain('待确认');
    expect(unknown).toContain('请补充：');
  });

  it('omits empty sections', () => {
    const r = evaluate({ asOf: '2026-11-30', employer: { incubatorCertified: true }, audience: 'employer' });
    const only = { ...r, benefits: r.benefits.filter((b) => b.code === 'incubator_award') };
    expect(explain(only)).not.toContain('暂不符合');
    expect(explain(only)).toContain('· 市级创业孵化基地（园区）奖补（一次性奖补60万元/户；另连续3年每年10万—30万元绩效奖补）【yb2022-38:2.2.3】');
  });
});
