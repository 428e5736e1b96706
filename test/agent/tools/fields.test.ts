/**
 * The one mapping between the tools' flat fields and the engine's facts (server/agent/tools/
 * fields.ts): it loses nothing the rules read, and the offline model's planned calls go through
 * it into arguments the tools accept.
 */
import { describe, expect, it } from 'vitest';
import { toolCallFor } from '../../../server/agent/models/offline/calls.ts';
import { checkEligibilityTool } from '../../../server/agent/tools/check-eligibility.ts';
import { checkEmployerEligibilityTool } from '../../../server/agent/tools/check-employer-eligibility.ts';
import { withTurn } from '../../../server/agent/tools/context.ts';
import { TOOLS_BY_NAME } from '../../../server/agent/tools/index.ts';
import { employerFromFlat, factPathOf, flatFromEmployer, flatFromPerson, groupFacts, groupNamesOf, knownInWords, missingLabel, personFromFlat } from '../../../server/agent/tools/fields.ts';
import { renderEligibility } from '../../../server/dialogue/answer/eligibility.ts';
import { eligibilityOutput } from '../../../server/dialogue/answer/tool-outputs.ts';
import type { ComposeTurn } from '../../../server/dialogue/answer/types.ts';
import { planTurn } from '../../../server/dialogue/turn.ts';
import { initialState } from '../../../server/dialogue/state.ts';
import { evaluate } from '../../../server/rules/engine.ts';
import { PersonSchema } from '../../../server/rules/facts.ts';
import { randomEmployer, randomPerson, seeded } from './random-facts.ts';

const AS_OF = '2026-11-30';
const rand = seeded(2022);
const turnWith = (facts: Record<string, unknown>) => withTurn({ asOf: AS_OF, seekerId: 'seeker', facts: { get: () => facts, set: () => {} } } as never);
const run = async (tool: { invoke: (a: never, c: never) => Promise<unknown> }, args: unknown, facts: Record<string, unknown> = {}) =>
  JSON.parse(String(await tool.invoke(args as never, turnWith(facts) as never)));
const people = Array.from({ length: 150 }, () => randomPerson(rand));
const employers = Array.from({ length: 150 }, () => randomEmployer(rand));

describe('missing facts in words, and back to paths for the composer', () => {
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

describe('flat fields ⇄ engine facts', () => {
  it('keep every fact of a person, through flat and back', () => {
    for (let i = 0; i < 300; i++) {
      const person = PersonSchema.parse({ ...randomPerson(rand, 0.5), jobIntent: '仓库管理', skills: ['叉车'], major: '物流管理', preferredStreet: '两路', desiredWorkTypes: ['full_time', 'part_time'], expectedWage: 4000 });
      // A business with no details yet is a business: said as 已创办 in flat words.
      const { business, ...rest } = person;
      const expected = business && !Object.keys(business).length ? { ...rest, hasBusiness: person.hasBusiness ?? true } : person.business ? { ...person, hasBusiness: person.hasBusiness ?? true } : person;
      expect(personFromFlat(flatFromPerson(person))).toEqual(expected);
    }
  });

  it('say closed sets in Chinese and put a business’s details under the business', () => {
    expect(personFromFlat({ hukou: '重庆', education: '大专', employmentStatus: '灵活就业', businessForm: '个体工商户', businessStartedOn: '2025-03-01', firstBusiness: true, desiredWorkTypes: ['兼职零工'] })).toEqual({
      hukou: 'chongqing',
      education: 'associate',
      employmentStatus: 'flexible',
      business: { form: 'individual', startedOn: '2025-03-01', firstBusiness: true },
      desiredWorkTypes: ['part_time'],
    });
  });

  it('lose nothing the employer rules read: the flat hire is enough for every hiring subsidy', () => {
    let hires = 0;
    for (let i = 0; i < 300; i++) {
      const employer = randomEmployer(rand);
      hires += employer.hires?.length ?? 0;
      const flat = flatFromEmployer(employer);
      for (const h of flat.hires ?? []) for (const v of Object.values(h)) expect(typeof v).not.toBe('object');
      expect(evaluate({ employer: employerFromFlat(flat), asOf: AS_OF, audience: 'employer' })).toEqual(evaluate({ employer, asOf: AS_OF, audience: 'employer' }));
    }
    expect(hires).toBeGreaterThan(300);
  });

  it('map an employer’s flat words to the engine’s employer', () => {
    expect(employerFromFlat({ size: '小型', hires: [{ hukou: '重庆', povertyAlleviated: true, hiredOn: '2026-03-01', socialInsuranceMonths: 6, stillPaying: true }, {}] })).toEqual({
      size: 'small',
      hires: [{ hiredOn: '2026-03-01', socialInsuranceMonths: 6, stillPaying: true, person: { hukou: 'chongqing', povertyAlleviated: true } }, { person: {} }],
    });
  });

  it('say known facts in words, for a prompt that states them', () => {
    expect(knownInWords({ hukou: 'chongqing', employmentStatus: 'self_employed', business: { form: 'individual', startedOn: '2024-03-01' }, hasBusiness: true, skills: ['叉车', 'Excel'] })).toEqual([
      '户籍：重庆',
      '目前的就业状态：自主创业',
      '是否已创办企业或个体工商户：是',
      '所创办主体的类型：个体工商户',
      '所创办主体的成立（开业）日期：2024-03-01',
      '技能和证书：叉车、Excel',
    ]);
  });

  it('name a group by its groups', () => {
    expect(groupFacts(['脱贫人口', '残疾人'])).toEqual({ povertyAlleviated: true, disabled: true });
    expect(groupNamesOf({ povertyAlleviated: true, disabled: false })).toEqual(['脱贫人口']);
  });
});

describe("the offline model's calls", () => {
  const plan = (...texts: string[]) => {
    let state = initialState();
    let turn;
    for (const text of texts) {
      turn = planTurn({ text, state, seekerFacts: {}, asOf: AS_OF });
      state = turn.tracked.state;
    }
    return turn!.calls.map(toolCallFor);
  };

  it('are the tools’ own: flat facts, an employer’s check apart, a group by name — and each passes the tool’s schema', () => {
    const seen = new Set<string>();
    for (const texts of [
      ['我是今年毕业的大学生，本科，还没找到工作，户口在重庆'],
      ['我开了个小店，2024年3月注册的，请了4个人，都交了社保，第一次创业，能领一次性创业补助吗'],
      ['我们是小微企业，2026年3月1日招了2个今年毕业的大学生，社保交了6个月，还在交，能拿多少补贴？'],
      ['我们公司招了3个人，两个是低保家庭的，一个是残疾人'],
      ['脱贫人口有啥子帮扶'],
      ['脱贫户被企业招了，企业能拿好多补贴'],
      ['我想找仓库管理的工作，在两路附近'],
    ]) {
      for (const call of plan(...texts)) {
        seen.add(call.name);
        const tool = TOOLS_BY_NAME.get(call.name) as unknown as { input: { safeParse: (x: unknown) => { success: boolean; error?: unknown } } };
        expect(tool, call.name).toBeDefined();
        const parsed = tool.input.safeParse(call.args);
        expect(parsed.success, `${call.name} ${JSON.stringify(call.args)} ${JSON.stringify(parsed.error)}`).toBe(true);
        expect(Object.keys(call.args)).not.toContain('facts');
        expect(Object.keys(call.args)).not.toContain('employer');
      }
    }
    expect([...seen].sort()).toEqual(['check_eligibility', 'check_employer_eligibility', 'match_vacancies', 'record_profile_facts']);
  });

  it('record a seeker’s facts flat, and check an employer’s hires with check_employer_eligibility', () => {
    const [record, check] = plan('我是今年毕业的大学生，本科，户口在重庆');
    expect(record).toEqual({ name: 'record_profile_facts', args: expect.objectContaining({ isCollegeGraduate: true, education: '本科', hukou: '重庆', graduationDate: '2026-06-30' }) });
    expect(check!.name).toBe('check_eligibility');
    const [employer] = plan('我们公司招了3个人，两个是低保家庭的，一个是残疾人');
    expect(employer).toMatchObject({ name: 'check_employer_eligibility', args: { hires: [{ dibaoFamily: true }, { dibaoFamily: true }, { disabled: true }] } });
    const [group] = plan('脱贫人口有啥子帮扶');
    expect(group).toEqual({ name: 'check_eligibility', args: { group: ['脱贫人口'] } });
  });
});
