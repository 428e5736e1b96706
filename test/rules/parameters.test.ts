import { describe, expect, it } from 'vitest';
import { paramAt, parameters, paramValue, type ParamName } from '../../server/rules/parameters/index.ts';

describe('dated parameters', () => {
  it('give every value a start date, a reference and a sorted history', () => {
    for (const [name, entries] of Object.entries(parameters)) {
      expect(entries.length, name).toBeGreaterThan(0);
      const froms = entries.map((e: { from: string }) => e.from);
      expect(froms, name).toEqual([...froms].sort());
      for (const e of entries as readonly { ref: string }[]) expect(e.ref, name).not.toBe('');
    }
  });
  it('hold the seed amounts with their clause ids', () => {
    const at = (n: ParamName) => paramAt(n, '2026-11-30')!;
    expect(at('keyGroupHiringSubsidy')).toMatchObject({ value: 6000, unit: '元/人', ref: 'yb2022-38:2.1.1' });
    expect(at('graduateHiringSubsidy').value).toBe(2000);
    expect(at('startupLoanMax').value).toEqual({ individual: 300_000, partnership: 1_100_000, small_micro: 3_000_000 });
    expect(at('startupOneOffGrant')).toMatchObject({ value: 8000, unit: '元/户', ref: 'yb2022-38:2.2.2' });
    expect(at('employmentBaseOneOff').value).toBe(600_000);
    expect(at('employmentBasePerformance').value).toEqual({ perPersonYear: 1000, cap: 400_000, years: 4 });
    expect(at('workshopAward').value).toBe(500);
    expect(at('demoStreetAward').value).toBe(300);
    expect(at('internshipSubsidy').value).toEqual({ standard: 1300, raised: 1500, retentionThreshold: 0.5 });
    expect(at('jobSearchSubsidy').value).toBe(500);
    expect(at('incubatorAward').value).toEqual({ oneOff: 600_000, performanceMin: 100_000, performanceMax: 300_000, years: 3 });
    expect(at('grassrootsPostsPerTown').value).toEqual({ min: 1, max: 2 });
    expect(at('registrationWorkingDays').value).toBe(7);
    expect(at('workshopStableMonths').value).toBe(3);
  });
  it('are not in force before their first date, and pick the latest entry after', () => {
    expect(paramAt('startupOneOffGrant', '2022-05-12')).toBeUndefined();
    expect(paramAt('startupOneOffGrant', '2022-05-13')?.value).toBe(8000);
    expect(paramAt('retirement', '2024-12-31')?.ref).toBe('国发〔1978〕104号');
    expect(paramAt('retirement', '2025-01-01')?.ref).toContain('渐进式延迟法定退休年龄');
  });
  it('let definitions reach back before the plan', () => {
    expect(paramValue('fourFiftyAge', '2020-01-01')).toEqual({ female: 40, male: 50 });
  });
});
