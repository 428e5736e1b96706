/**
 * Micro-benchmark of the eligibility engine: a full person + employer evaluation (all 22 benefits,
 * 5 hires, 3 interns) per iteration. Warm-up first, then timed iterations; prints a small table and
 * writes bench/results/rules.json. Not part of the tests. Run: `npx tsx bench/rules.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { evaluate, type EvaluationInput } from '../server/rules/engine.ts';

const hire = (person: object, hiredOn: string, socialInsuranceMonths: number) => ({ person, hiredOn, socialInsuranceMonths, stillPaying: true });

export const benchInput: EvaluationInput = {
  asOf: '2026-11-30',
  person: {
    birthDate: '1986-05-20',
    gender: 'female',
    hukou: 'chongqing',
    education: 'bachelor',
    graduationDate: '2025-06-30',
    employmentStatus: 'unemployed',
    registeredUnemployed: true,
    ableToWork: true,
    wantsJob: true,
    wantsTraining: true,
    dibaoFamily: true,
    receivingDibao: true,
    wantsStartup: true,
    business: { form: 'individual', registeredInChongqing: true, firstBusiness: true, startedOn: '2025-06-01', employees: 3, payingSocialInsurance: true },
  },
  employer: {
    size: 'small',
    assistanceWorkshop: true,
    demoStreet: true,
    certifiedEmploymentBase: true,
    employmentBaseCertifiedOn: '2024-03-01',
    employmentBaseAbsorbed: 120,
    internshipBase: true,
    incubatorCertified: false,
    hires: [
      hire({ dibaoFamily: true }, '2025-09-01', 14),
      hire({ isCollegeGraduate: true, graduationDate: '2026-06-30' }, '2026-05-01', 6),
      hire({ birthDate: '1975-02-01', gender: 'male', fromEliminatedCapacityEnterprise: true, hukou: 'chongqing', registeredUnemployed: true }, '2025-08-01', 15),
      hire({ migrantWorker: true }, '2026-01-10', 10),
      hire({}, '2026-03-01', 8),
    ],
    internships: [
      { person: { isCollegeGraduate: true }, months: 6, retained: true },
      { person: { isCollegeGraduate: true }, months: 3, retained: false },
      { person: { education: 'master' }, months: 4, retained: true },
    ],
  },
};

export interface RulesBenchResult {
  name: string;
  benefits: number;
  warmup: number;
  iterations: number;
  totalMs: number;
  evaluationsPerSecond: number;
  meanMicros: number;
  p50Micros: number;
  p99Micros: number;
  node: string;
  at: string;
}

export async function runRulesBench(options: { warmup?: number; iterations?: number; write?: boolean } = {}): Promise<RulesBenchResult> {
  const { warmup = 2_000, iterations = 20_000, write = true } = options;
  let benefits = 0;
  for (let i = 0; i < warmup; i++) benefits = evaluate(benchInput).benefits.length;
  const times = new Float64Array(iterations);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    evaluate(benchInput);
    times[i] = performance.now() - t0;
  }
  const totalMs = performance.now() - start;
  times.sort();
  const micros = (ms: number) => Math.round(ms * 1000 * 10) / 10;
  const result: RulesBenchResult = {
    name: 'rules: full person+employer evaluation',
    benefits,
    warmup,
    iterations,
    totalMs: Math.round(totalMs),
    evaluationsPerSecond: Math.round(iterations / (totalMs / 1000)),
    meanMicros: micros(totalMs / iterations),
    p50Micros: micros(times[Math.floor(iterations * 0.5)]!),
    p99Micros: micros(times[Math.floor(iterations * 0.99)]!),
    node: process.version,
    at: new Date().toISOString(),
  };
  console.log('\nRules engine: a full person + employer evaluation');
  console.table({
    'evaluations/s': result.evaluationsPerSecond,
    'mean µs': result.meanMicros,
    'p50 µs': result.p50Micros,
    'p99 µs': result.p99Micros,
    'benefits per evaluation': result.benefits,
    iterations: result.iterations,
  });
  if (write) {
    const dir = new URL('./results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL('rules.json', dir), `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runRulesBench();
