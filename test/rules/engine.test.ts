import { describe, expect, it } from 'vitest';
import { audiencesFor, benefitByCode, benefits, BENEFIT_CODES, evaluate } from '../../server/rules/engine.ts';
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

  it('refuses to read a parameter a benefit did not declare', () => {
    const broken = defineBenefit({
      code: 'incubator_award',
      audience: 'employer',
      clauseId: 'yb2022-38:2.2.3',
      params: [],
      evaluate: (_f, _d, asOf) => ({ status: 'eligible', amount: null, reasons: [String(param('startupOneOffGrant', asOf))], missingFacts: [], citations: [] }),
    });
    expect(broken.evaluate({}, derive({}, '2026-11-30'), '2026-11-30').reasons).toEqual(['8000']);
    expect(() => param('startupOneOffGrant', '2020-01-01')).toThrow(/not in force/);
  });
});
