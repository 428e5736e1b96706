import { describe, expect, it } from 'vitest';
import { benefits } from '../../server/rules/engine.ts';
import { allParameters, entryAt, inForce, paramAt, parameterProblems, paramValue, type ParamName } from '../../server/rules/parameters/index.ts';

describe('dated parameters', () => {
  it('each have a description, values ordered and not overlapping, each with a start and a reference', () => {
    const all = allParameters();
    expect(all.length).toBeGreaterThan(20);
    expect(all.flatMap(({ name, parameter }) => parameterProblems(name, parameter))).toEqual([]);
  });

  it('are declared once: by the shared parameters or by the one benefit that owns them', () => {
    const names = allParameters().map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { name, owner } of allParameters()) {
      if (owner !== 'shared') expect(Object.keys(benefits.find((b) => b.code === owner)!.parameters), name).toContain(name);
    }
  });

  it('find what is wrong with a list: unordered, overlapping, ending before it starts, no reference or description', () => {
    const v = (from: string, to?: string, ref = 'x') => ({ from, ...(to ? { to } : {}), value: 1, ref });
    expect(parameterProblems('ok', { description: 'd', values: [v('2022-01-01', '2022-12-31'), v('2023-01-01')] })).toEqual([]);
    expect(parameterProblems('gap', { description: 'd', values: [v('2022-01-01', '2022-06-30'), v('2023-01-01')] })).toEqual([]);
    expect(parameterProblems('unordered', { description: 'd', values: [v('2023-01-01'), v('2022-01-01')] })).toEqual([
      'unordered[0]: not before the next entry (2023-01-01 ≥ 2022-01-01)',
    ]);
    expect(parameterProblems('overlap', { description: 'd', values: [v('2022-01-01', '2023-03-01'), v('2023-01-01')] })).toEqual([
      'overlap[0]: overlaps the next entry (to 2023-03-01 ≥ 2023-01-01)',
    ]);
    expect(parameterProblems('backwards', { description: 'd', values: [v('2022-01-01', '2021-12-31')] })).toEqual(['backwards[0]: ends (2021-12-31) before it starts (2022-01-01)']);
    expect(parameterProblems('bare', { description: ' ', values: [v('2022-1-1', undefined, '')] })).toEqual([
      'bare: no description',
      'bare[0]: from 2022-1-1 is not YYYY-MM-DD',
      'bare[0]: no ref',
    ]);
    expect(parameterProblems('empty', { description: 'd', values: [] })).toEqual(['empty: no values']);
  });

  it('hold the seed amounts with their clause ids', () => {
    const at = (n: ParamName) => paramAt(n, '2026-11-30')!;
    expect(at('keyGroupHiringSubsidy')).toMatchObject({ value: 6000, ref: 'yb2022-38:2.1.1' });
    expect(at('graduateHiringSubsidy').value).toBe(2000);
    expect(at('startupLoanMax').value).toEqual({ individual: 300_000, partnership: 1_100_000, small_micro: 3_000_000 });
    expect(at('startupOneOffGrant')).toMatchObject({ value: 8000, ref: 'yb2022-38:2.2.2' });
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

  it('give the unit with the parameter', () => {
    const unit = (n: string) => allParameters().find((p) => p.name === n)!.parameter.unit;
    expect(unit('keyGroupHiringSubsidy')).toBe('元/人');
    expect(unit('startupOneOffGrant')).toBe('元/户');
    expect(unit('workshopAward')).toBe('元/人/月');
  });

  it('are not in force before their first date, and pick the latest entry after', () => {
    expect(paramAt('startupOneOffGrant', '2022-05-12')).toBeUndefined();
    expect(paramAt('startupOneOffGrant', '2022-05-13')?.value).toBe(8000);
    expect(paramAt('retirement', '2024-12-31')?.ref).toBe('国发〔1978〕104号');
    expect(paramAt('retirement', '2025-01-01')?.ref).toContain('渐进式延迟法定退休年龄');
  });

  it('end on their last day: in force on `to`, not the day after, until a next entry starts', () => {
    const values = [
      { from: '2022-05-13', to: '2023-12-31', value: 'a', ref: 'x' },
      { from: '2025-01-01', value: 'b', ref: 'y' },
    ];
    expect(inForce(values, '2022-05-12')).toEqual({ status: 'not_yet', from: '2022-05-13' });
    expect(entryAt(values, '2023-12-31')?.value).toBe('a');
    expect(inForce(values, '2024-01-01')).toEqual({ status: 'ended', to: '2023-12-31' });
    expect(entryAt(values, '2024-12-31')).toBeUndefined();
    expect(entryAt(values, '2025-01-01')?.value).toBe('b');
    expect(inForce([values[0]!], '2030-01-01')).toEqual({ status: 'ended', to: '2023-12-31' });
  });

  it('let definitions reach back before the plan', () => {
    expect(paramValue('fourFiftyAge', '2020-01-01')).toEqual({ female: 40, male: 50 });
  });
});
