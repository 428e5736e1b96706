/**
 * What the eligibility tools return is what the model is shown: missing facts in Chinese labels,
 * never the engine's paths (a model once asked a seeker for `person.business.startedOn`). The
 * composer still asks by path: it gets them back from the labels, and answers exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibilityTool } from '../../../server/agent/tools/check-eligibility.ts';
import { checkEmployerEligibilityTool } from '../../../server/agent/tools/check-employer-eligibility.ts';
import { withTurn } from '../../../server/agent/tools/context.ts';
import { factPathOf, flatFromEmployer, flatFromPerson, missingLabel } from '../../../server/agent/tools/fields.ts';
import { renderEligibility } from '../../../server/dialogue/answer/eligibility.ts';
import { eligibilityOutput } from '../../../server/dialogue/answer/tool-outputs.ts';
import type { ComposeTurn } from '../../../server/dialogue/answer/types.ts';
import { evaluate } from '../../../server/rules/engine.ts';
import { PersonSchema } from '../../../server/rules/facts.ts';
import { randomEmployer, randomPerson, seeded } from './random-facts.ts';

const AS_OF = '2026-11-30';
const turnWith = (facts: Record<string, unknown>) => withTurn({ asOf: AS_OF, seekerId: 'seeker', facts: { get: () => facts, set: () => {} } } as never);
const run = async (tool: { invoke: (a: never, c: never) => Promise<unknown> }, args: unknown, facts: Record<string, unknown> = {}) =>
  JSON.parse(String(await tool.invoke(args as never, turnWith(facts) as never)));

/** An engine path (person.hukou, employer.hires.0.person.dibaoFamily) or a bare engine field name. */
const PATH = /\b(person|employer)\.[a-zA-Z]|\b(hires|internships)\.\d|\b[a-z]+[A-Z][a-zA-Z]+\b/;
/** What the model reads as words (codes and the flat `known` fields are the tools' own vocabulary). */
const words = (out: any) => JSON.stringify([out.benefits?.map((b: any) => [b.reasons, b.missingFacts, b.amount?.text]), out.missingFacts, out.explanation]);

const rand = seeded(38);
const people = Array.from({ length: 150 }, () => randomPerson(rand));
const employers = Array.from({ length: 150 }, () => randomEmployer(rand));

describe('eligibility outputs, as the model reads them', () => {
  it('say every missing fact in Chinese, in the benefits, the summary and the explanation', async () => {
    let missing = 0;
    for (const person of people) {
      const out = await run(checkEligibilityTool, {}, person);
      missing += out.missingFacts.length;
      expect(words(out), JSON.stringify(person)).not.toMatch(PATH);
      for (const label of [...out.missingFacts, ...out.benefits.flatMap((b: any) => b.missingFacts)]) expect(label).toMatch(/[\u4e00-\u9fff]/u);
    }
    for (const employer of employers) {
      const out = await run(checkEmployerEligibilityTool, flatFromEmployer(employer));
      missing += out.missingFacts.length;
      expect(words(out), JSON.stringify(employer)).not.toMatch(PATH);
    }
    expect(missing).toBeGreaterThan(500);
  });

  it('say a fact missing for several hires once, with whom it concerns', async () => {
    const out = await run(checkEmployerEligibilityTool, { size: '小型', hires: [{ isCollegeGraduate: true, graduationDate: '2026-06-30' }, { isCollegeGraduate: true, graduationDate: '2026-06-30' }] });
    expect(out.missingFacts).toContain('入职日期（第1、2位招用人员）');
    const sme = out.benefits.find((b: any) => b.code === 'employer_hiring_subsidy_graduates_sme');
    expect(sme.missingFacts).toEqual(expect.arrayContaining(['第1位招用人员：入职日期', '第2位招用人员：入职日期']));
  });

  it('name the facts known in the fields record_profile_facts takes, with their Chinese values', async () => {
    const out = await run(checkEligibilityTool, {}, { hukou: 'chongqing', education: 'bachelor', business: { startedOn: '2025-01-01' } });
    expect(out.known).toEqual({ hukou: '重庆', education: '本科', hasBusiness: true, businessStartedOn: '2025-01-01' });
    expect(JSON.stringify(out)).not.toContain('chongqing');
  });

  it('turn every label the engine can say back into its path', () => {
    const paths = new Set<string>();
    for (const person of people) for (const b of evaluate({ person: person as never, asOf: AS_OF, audience: 'both' }).benefits) b.missingFacts.forEach((p) => paths.add(p));
    for (const employer of employers) for (const b of evaluate({ employer, asOf: AS_OF, audience: 'employer' }).benefits) b.missingFacts.forEach((p) => paths.add(p));
    expect(paths.size).toBeGreaterThan(60);
    for (const path of paths) {
      expect(missingLabel(path), path).not.toBe(path);
      expect(factPathOf(missingLabel(path)), path).toBe(path);
    }
    // Every fact a person can have, too (labels are unique).
    for (const key of Object.keys(PersonSchema.shape)) expect(factPathOf(missingLabel(`person.${key}`))).toBe(`person.${key}`);
  });

  it('leave the composer answering as it did from paths', async () => {
    const turn = (over: Partial<ComposeTurn>): ComposeTurn => ({ audience: 'seeker', role: 'seeker', intent: 'check_eligibility', focus: [], askedBefore: [], person: {}, actions: [{ kind: 'eligibility' }], ...over });
    let compared = 0;
    for (const person of people.slice(0, 60)) {
      const out = await run(checkEligibilityTool, {}, person);
      const parsed = PersonSchema.parse(person);
      const before = { asOf: AS_OF, person: parsed, benefits: evaluate({ person: parsed, asOf: AS_OF, audience: 'person' }).benefits, bearing: out.bearing };
      for (const t of [turn({ person: parsed }), turn({ person: parsed, focus: ['startup_one_off_grant', 'unemployment_registration'] })]) {
        expect(renderEligibility(eligibilityOutput(out), t)).toEqual(renderEligibility(before, t));
        compared++;
      }
    }
    for (const employer of employers.slice(0, 60)) {
      const out = await run(checkEmployerEligibilityTool, flatFromEmployer(employer));
      const before = { asOf: AS_OF, person: {}, benefits: evaluate({ employer, asOf: AS_OF, audience: 'employer' }).benefits };
      const t = turn({ role: 'employer', audience: 'employer', employer, focus: ['employer_hiring_subsidy_key_groups', 'employer_hiring_subsidy_graduates_sme'] });
      expect(renderEligibility(eligibilityOutput(out), t)).toEqual(renderEligibility(before, t));
      compared++;
    }
    expect(compared).toBe(180);
    expect(flatFromPerson({})).toEqual({});
  });
});
