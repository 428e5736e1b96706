import { describe, expect, it } from 'vitest';
import { audiencesFor, benefitByCode, benefits, BENEFIT_CODES, EMPLOYER_BENEFITS, evaluate, PERSON_BENEFITS } from '../../server/rules/engine.ts';
import { BENEFIT_FILES } from '../../server/rules/benefits/index.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { parameter, paramAt, registerParameters, type ParamName } from '../../server/rules/parameters/index.ts';
import { derive } from '../../server/rules/derived.ts';
import { defineBenefit, param } from '../../server/rules/outcome.ts';

describe('engine', () => {
  it('registers every contract code once, in contract order, each with its clause', () => {
    expect(benefits.map((b) => b.code)).toEqual([...BENEFIT_CODES]);
    for (const b of benefits) {
      expect(b.clauseId).toMatch(/^yb2022-38:2\.\d\.\d$/);
      expect(b.name).toMatch(/[\u4e00-\u9fff]/);
      expect(benefitByCode.get(b.code)).toBe(b);
    }
  });

  it('chooses audiences from the facts given', () => {
    expect(audiencesFor({ person: {} })).toEqual(['person']);
    expect(audiencesFor({ employer: {} })).toEqual(['employer']);
    expect(audiencesFor({})).toEqual(['person', 'employer']);
    expect(audiencesFor({ person: {}, audience: 'employer' })).toEqual(['employer']);
  });

  it('is pure: the same input gives the same answer and the input is not changed', () => {
    const input = { asOf: '2026-11-30', person: { isCollegeGraduate: true }, employer: { size: 'small' as const, hires: [] } };
    const copy = structuredClone(input);
    expect(evaluate(input)).toEqual(evaluate(input));
    expect(input).toEqual(copy);
  });

  it('never answers a silent ineligible for a blank person: every benefit names what it needs', () => {
    for (const b of evaluate({ asOf: '2026-11-30', person: {}, employer: {} }).benefits) {
      expect(b.status, b.code).toBe('unknown');
      expect(b.missingFacts.length, b.code).toBeGreaterThan(0);
    }
  });

  it('has no amount for an ineligible benefit', () => {
    for (const b of evaluate({ asOf: '2026-11-30', employer: { size: 'large', certifiedEmploymentBase: false, incubatorCertified: false, hires: [] } }).benefits) {
      if (b.status === 'ineligible') expect(b.amount, b.code).toBeNull();
    }
  });

  it('evaluates the largest allowed request (500 hires) quickly, listing each open hire once', () => {
    const hires = Array.from({ length: 500 }, (_, i) => ({ hiredOn: '2025-09-01', socialInsuranceMonths: 14, stillPaying: true, person: i % 2 ? { dibaoFamily: true } : {} }));
    const started = performance.now();
    const r = evaluate({ asOf: '2026-11-30', employer: { size: 'small', hires } });
    expect(performance.now() - started).toBeLessThan(2000);
    const sixThousand = r.benefits.find((b) => b.code === 'employer_hiring_subsidy_key_groups')!;
    expect(sixThousand.amount).toMatchObject({ value: 250 * 6000, max: 500 * 6000 });
    expect(new Set(sixThousand.missingFacts).size).toBe(sixThousand.missingFacts.length);
  });

});

describe('a benefit module', () => {
  it('holds its rule, parameters, wording and guide, and is found in its file', () => {
    for (const b of benefits) {
      expect(b.order, b.code).toBeGreaterThan(0);
      expect(b.text, b.code).toBeTypeOf('object');
      expect(b.guide('2026-11-30').needle, b.code).not.toBe('');
      for (const name of Object.keys(b.parameters)) expect(b.params, b.code).toContain(name);
    }
    expect(BENEFIT_FILES).toEqual([...BENEFIT_CODES].map((c) => `${c}.ts`).sort());
  });

  it('keeps the contract order: the codes of DESIGN.md in their order, person codes before employer codes', () => {
    // A new benefit may come anywhere in its audience; these may not move.
    const contract = [
      'unemployment_registration', 'standard_service_package', 'startup_training_subsidy', 'startup_guaranteed_loan', 'startup_one_off_grant',
      'entrepreneurship_workspace', 'vocational_training_subsidy', 'skill_certification_subsidy', 'internship_post', 'grassroots_post',
      'flexible_employment_social_insurance_subsidy', 'dibao_employment_subsidy', 'job_search_startup_subsidy', 'public_welfare_post',
      'employer_hiring_subsidy_key_groups', 'employer_hiring_subsidy_graduates_sme', 'employer_social_insurance_subsidy', 'employment_base_grant',
      'assistance_workshop_award', 'demo_street_award', 'internship_subsidy', 'incubator_award',
    ];
    expect(BENEFIT_CODES.filter((c) => contract.includes(c))).toEqual(contract);
    expect(BENEFIT_CODES).toEqual([...PERSON_BENEFITS, ...EMPLOYER_BENEFITS]);
    expect(PERSON_BENEFITS.every((c) => benefitByCode.get(c)!.audience === 'person')).toBe(true);
  });
});

describe('a parameter without a value on the date', () => {
  // A benefit of the test's own, with an amount that ends and comes back: 1000 to 2023-12-31, none in 2024, 1200 from 2025.
  registerParameters('incubator_award', {
    testAward: parameter<number>({
      description: 'a test amount',
      unit: '元',
      values: [
        { from: '2022-05-13', to: '2023-12-31', value: 1000, ref: 'test' },
        { from: '2025-01-01', value: 1200, ref: 'test' },
      ],
    }),
  });
  const rule = (uses: ParamName[], reads = 'testAward' as ParamName) =>
    defineBenefit({
      code: 'incubator_award',
      order: 999,
      audience: 'employer',
      clauseId: 'yb2022-38:2.2.3',
      name: 'test',
      parameters: {} as never,
      uses,
      text: {},
      guide: { needle: 'test' },
      evaluate: (_f, _d, asOf) => ({ status: 'eligible', amount: null, reasons: [String(param(reads, asOf))], missingFacts: [], citations: [] }),
    });
  const run = (b: ReturnType<typeof rule>, asOf: string) => b.evaluate({}, derive({}, asOf), asOf);

  it('is not found: paramAt says nothing outside every period', () => {
    expect(paramAt('testAward' as ParamName, '2022-05-12')).toBeUndefined();
    expect(paramAt('testAward' as ParamName, '2023-12-31')?.value).toBe(1000);
    expect(paramAt('testAward' as ParamName, '2024-01-01')).toBeUndefined();
    expect(paramAt('testAward' as ParamName, '2025-01-01')?.value).toBe(1200);
    expect(paramAt('noSuchParameter' as ParamName, '2026-11-30')).toBeUndefined();
  });

  it('makes a declared benefit answer unknown, saying the value ended, with no amount and nothing to ask', () => {
    const declared = rule(['testAward' as ParamName]);
    expect(run(declared, '2023-12-31').reasons).toEqual(['1000']);
    expect(run(declared, '2024-06-30')).toEqual({
      status: 'unknown',
      amount: null,
      reasons: [zh.rules.reasons.ended('2024-06-30', '2023-12-31')],
      missingFacts: [],
      citations: ['yb2022-38:2.2.3'],
    });
    expect(run(declared, '2025-01-01').reasons).toEqual(['1200']);
    expect(run(declared, '2022-05-12').reasons).toEqual([zh.rules.reasons.notInForce('2022-05-12', '2022-05-13')]);
  });

  it('makes a benefit that reads it without declaring it say so too, not crash', () => {
    const undeclared = rule([]);
    expect(run(undeclared, '2024-06-30')).toMatchObject({ status: 'unknown', amount: null, reasons: [zh.rules.reasons.ended('2024-06-30', '2023-12-31')], missingFacts: [] });
    expect(run(rule([], 'noSuchParameter' as ParamName), '2026-11-30')).toMatchObject({ status: 'unknown', reasons: [zh.rules.reasons.notFound('2026-11-30')] });
  });
});

