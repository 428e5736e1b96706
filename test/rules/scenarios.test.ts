/**
 * Runs every scenario file in ./scenarios (one per benefit code, OpenFisca-style): each scenario is
 * its own test, named by its sentence. Inputs go through the request schema first, as on the API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EligibilityRequest } from '../../server/rules/facts.ts';
import { BENEFIT_CODES, evaluate, type Amount, type BenefitCode, type Status } from '../../server/rules/engine.ts';

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
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const suites = files.map((file) => ({ file, scenarios: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Scenario[] }));

describe('scenario files', () => {
  it('cover every benefit code, one file each', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...BENEFIT_CODES].sort());
  });

  it('hold at least 150 scenarios with unique names', () => {
    const names = suites.flatMap((s) => s.scenarios.map((x) => x.name));
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(suites)('$file has eligible, ineligible and unknown cases for its own code', ({ file, scenarios }) => {
    const code = file.replace(/\.json$/, '');
    expect(scenarios.every((s) => s.expect.code === code)).toBe(true);
    expect(new Set(scenarios.map((s) => s.expect.status))).toEqual(new Set(['eligible', 'ineligible', 'unknown']));
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
