/**
 * What the eligibility tools return is what the model is shown: missing facts in Chinese labels,
 * never the engine's paths (a model once asked a seeker for `person.business.startedOn`). The
 * composer still asks by path: it gets them back from the labels, and answers exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { withTurn } from '../../../server/agent/tools/context.ts';
import { TOOLS_BY_NAME } from '../../../server/agent/tools/index.ts';
import { randomPerson, seeded } from './random-facts.ts';

const AS_OF = '2026-11-30';
const turnWith = (facts: Record<string, unknown>) => withTurn({ asOf: AS_OF, seekerId: 'seeker', facts: { get: () => facts, set: () => {} } } as never);
const run = async (name: string, args: unknown, facts: Record<string, unknown> = {}) => {
  const tool = TOOLS_BY_NAME.get(name);
  expect(tool, `no tool ${name}`).toBeDefined();
  return JSON.parse(String(await tool!.invoke(args as never, turnWith(facts) as never)));
};

/** An engine path (person.hukou, employer.hires.0.person.dibaoFamily) or a bare engine field name. */
const PATH = /\b(person|employer)\.[a-zA-Z]|\b(hires|internships)\.\d|\b[a-z]+[A-Z][a-zA-Z]+\b/;
/** What the model reads as words (codes and the flat `known` fields are the tools' own vocabulary). */
const words = (out: any) => JSON.stringify([out.benefits?.map((b: any) => [b.reasons, b.missingFacts, b.amount?.text]), out.missingFacts, out.explanation]);

const rand = seeded(38);
const people = Array.from({ length: 150 }, () => randomPerson(rand));
/** Employers as a model would describe them, in check_employer_eligibility's flat fields. */
const employers: Record<string, unknown>[] = [
  {},
  { size: '小型', hires: [{ isCollegeGraduate: true, graduationDate: '2026-06-30' }, {}] },
  { hires: [{ dibaoFamily: true }, { dibaoFamily: true }, { disabled: true, hiredOn: '2026-03-01', socialInsuranceMonths: 6 }] },
  { industry: '零售业', employeeCount: 12, hires: [{ age: 45, gender: '女', registeredUnemployed: true, hukou: '重庆', hiredOn: '2025-10-08', socialInsuranceMonths: 12, stillPaying: true }] },
  { assistanceWorkshop: true, hires: [{ povertyAlleviated: true }] },
  { certifiedEmploymentBase: true, employmentBaseCertifiedOn: '2025-01-01' },
  { internshipBase: true, internships: [{ months: 6 }, { isCollegeGraduate: true, retained: true }] },
  { demoStreet: true, incubatorCertified: true },
];

describe('eligibility outputs, as the model reads them', () => {
  it('say every missing fact in Chinese, in the benefits, the summary and the explanation', async () => {
    let missing = 0;
    for (const person of people) {
      const out = await run('check_eligibility', {}, person);
      missing += out.missingFacts.length;
      expect(words(out), JSON.stringify(person)).not.toMatch(PATH);
      for (const label of [...out.missingFacts, ...out.benefits.flatMap((b: any) => b.missingFacts)]) expect(label).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(missing).toBeGreaterThan(500);
  });

  it('say an employer’s and its hires’ missing facts in Chinese', async () => {
    let missing = 0;
    for (const employer of employers) {
      const out = await run('check_employer_eligibility', employer);
      missing += out.missingFacts.length;
      expect(words(out), JSON.stringify(employer)).not.toMatch(PATH);
      expect(out.benefits.every((b: { audience: string }) => b.audience === 'employer')).toBe(true);
    }
    expect(missing).toBeGreaterThan(30);
  });

  it('say a fact missing for several hires once, with whom it concerns', async () => {
    const out = await run('check_employer_eligibility', { size: '小型', hires: [{ isCollegeGraduate: true, graduationDate: '2026-06-30' }, { isCollegeGraduate: true, graduationDate: '2026-06-30' }] });
    expect(out.missingFacts).toContain('入职日期（第1、2位招用人员）');
    const sme = out.benefits.find((b: any) => b.code === 'employer_hiring_subsidy_graduates_sme');
    expect(sme.missingFacts).toEqual(expect.arrayContaining(['第1位招用人员：入职日期', '第2位招用人员：入职日期']));
  });

  it('name the facts known in the fields record_profile_facts takes, with their Chinese values', async () => {
    const out = await run('check_eligibility', {}, { hukou: 'chongqing', education: 'bachelor', business: { startedOn: '2025-01-01' } });
    expect(out.known).toEqual({ hukou: '重庆', education: '本科', hasBusiness: true, businessStartedOn: '2025-01-01' });
    expect(JSON.stringify(out)).not.toContain('chongqing');
  });


  it('refuse input that fails the schema as data naming the field in Chinese, not as an exception', async () => {
    const out = await run('check_employer_eligibility', { size: '巨型', hires: [{ hiredOn: '2026-13-01', socialInsuranceMonths: -1 }] });
    expect(out.benefits).toBeUndefined();
    expect(out.errors).toEqual([
      { field: 'size', label: '企业规模', message: '应为以下之一：微型、小型、中型、大型' },
      { field: 'hires.0.hiredOn', label: '第1位招用人员的入职（签订劳动合同）日期', message: '应为 YYYY-MM-DD 格式的有效日期' },
      { field: 'hires.0.socialInsuranceMonths', label: '第1位招用人员的单位为其连续缴纳社会保险的月数', message: '不能为负数' },
    ]);
    expect(out.error).toMatch(/^参数有误，未执行：企业规模应为以下之一/);
    const group = await run('check_eligibility', { group: ['外星人'] });
    expect(group.errors).toEqual([expect.objectContaining({ field: 'group.0', label: expect.stringMatching(/^问的是某类人群/) })]);
  });

  it('read a field sent as null (as open models send what they leave out) as absent', async () => {
    const out = await run('check_employer_eligibility', { benefitCodes: null, size: '小型', industry: null, hires: [{ isCollegeGraduate: true, hiredOn: null }] });
    expect(out.errors).toBeUndefined();
    expect(out.benefits.map((b: { code: string }) => b.code)).toContain('employer_hiring_subsidy_graduates_sme');
  });
});
