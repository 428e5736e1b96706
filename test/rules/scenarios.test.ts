/**
 * Runs every scenario file in ./scenarios (one YAML file per benefit code, OpenFisca-style): each
 * scenario is its own test, named by its sentence. Inputs go through the request schema first, as
 * on the API. A benefit is its module (server/rules/benefits/<code>.ts) and its file here: one
 * without the other fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EligibilityRequest } from '../../server/rules/facts.ts';
import { BENEFIT_CODES, benefits, evaluate, type Amount, type BenefitCode, type Status } from '../../server/rules/engine.ts';
import { BENEFIT_FILES } from '../../server/rules/benefits/index.ts';
import { allParameters } from '../../server/rules/parameters/index.ts';

interface Scenario {
  name: string;
  asOf: string;
  input: { person?: unknown; employer?: unknown; audience?: string };
  expect: {
    code: BenefitCode;
    status: Status;
    amount?: Partial<Amount> | null;
    missingFacts?: string[];
    reasonIncludes?: string | string[];
  };
}

const dir = new URL('./scenarios/', import.meta.url);
const files = readdirSync(dir).sort();
const suites = files.filter((f) => f.endsWith('.yml')).map((file) => ({ file, code: file.replace(/\.yml$/, ''), scenarios: parse(readFileSync(new URL(file, dir), 'utf8')) as Scenario[] }));

const day = (iso: string, by: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const declared = new Map(allParameters().map((p) => [p.name, p.parameter]));

/**
 * The dates around which a parameter the benefit reads changes: the day before each value starts
 * and the day it starts, the day it ends and the day after — from the day before the plan on
 * (earlier, the plan answers for every benefit alike).
 */
function boundaries(code: BenefitCode): string[] {
  const b = benefits.find((x) => x.code === code)!;
  const dates = b.params.flatMap((name) => declared.get(name)!.values.flatMap((e) => [day(e.from, -1), e.from, ...(e.to ? [e.to, day(e.to, 1)] : [])]));
  const planStart = declared.get('plan')!.values[0]!.from;
  return [...new Set(dates.filter((d) => d >= day(planStart, -1)))].sort();
}

describe('scenario files', () => {
  it('are YAML only, one for each benefit module and a module for each', () => {
    expect(files.filter((f) => !f.endsWith('.yml'))).toEqual([]);
    const modules = BENEFIT_FILES.map((f) => f.replace(/\.ts$/, ''));
    expect(suites.map((s) => s.code).filter((c) => !modules.includes(c)), 'scenario files without a benefit module').toEqual([]);
    expect(modules.filter((c) => !suites.some((s) => s.code === c)), 'benefit modules without a scenario file').toEqual([]);
    expect(suites.map((s) => s.code).sort()).toEqual([...BENEFIT_CODES].sort());
  });

  it('hold at least 150 scenarios with unique names', () => {
    const names = suites.flatMap((s) => s.scenarios.map((x) => x.name));
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(suites)('$file has eligible, ineligible and unknown cases for its own code', ({ code, scenarios }) => {
    expect(scenarios.every((s) => s.expect.code === code)).toBe(true);
    expect(new Set(scenarios.map((s) => s.expect.status))).toEqual(new Set(['eligible', 'ineligible', 'unknown']));
  });

  it.each(suites)('$file has a scenario on each side of every date its parameters start or end', ({ code, scenarios }) => {
    const dates = new Set(scenarios.map((s) => s.asOf));
    const wanted = boundaries(code as BenefitCode);
    expect(wanted.length).toBeGreaterThanOrEqual(2);
    for (const d of wanted) expect(dates.has(d), `${code}: no scenario on ${d}`).toBe(true);
  });
});

for (const { file, scenarios } of suites) {
  describe(file, () => {
    for (const s of scenarios) {
      it(s.name, () => {
        const request = EligibilityRequest.parse({ asOf: s.asOf, ...s.input });
        const result = evaluate(request).benefits.find((b) => b.code === s.expect.code);
        expect(result, `${s.expect.code} listed`).toBeDefined();
        const explain = JSON.stringify({ reasons: result!.reasons, missingFacts: result!.missingFacts, amount: result!.amount }, null, 1);
        expect(result!.status, explain).toBe(s.expect.status);
        if (s.expect.amount === null) expect(result!.amount).toBeNull();
        else if (s.expect.amount) expect(result!.amount, explain).toMatchObject(s.expect.amount);
        if (s.expect.missingFacts) expect([...result!.missingFacts].sort(), explain).toEqual([...s.expect.missingFacts].sort());
        for (const text of [s.expect.reasonIncludes ?? []].flat()) expect(result!.reasons.join('\n'), explain).toContain(text);
        expect(result!.citations.length).toBeGreaterThan(0);
      });
    }
  });
}
