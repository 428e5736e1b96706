import { describe, expect, it } from 'vitest';
import { ledgerServiceCheck } from '../../server/ledger/service-check.ts';
import { findingsFor } from '../../server/ledger/scan.ts';
import { addWorkingDays } from '../../server/rules/service-standard.ts';

const asOf = '2026-09-01';
const willing = { ableToWork: true, wantsJob: true, employmentStatus: 'unemployed' as const };
const record = (kind: string, refId: string | null, deliveredOn = '2026-08-20', extra: { dueOn?: string; completedOn?: string } = {}) => ({
  kind,
  refId,
  deliveredOn,
  dueOn: extra.dueOn ?? null,
  completedOn: extra.completedOn ?? null,
});
const item = (check: ReturnType<typeof ledgerServiceCheck>, code: string) => check.items.find((i) => i.code === code)!;

describe('the ledger’s 二（四）1 check', () => {
  it('owes a person able and willing to work a briefing, guidance and 3 jobs; courses only when training is wanted', () => {
    const check = ledgerServiceCheck(willing, [], asOf);
    expect(item(check, 'policy_briefing')).toMatchObject({ status: 'outstanding', required: 1, clauseId: 'yb2022-38:2.4.1' });
    expect(item(check, 'job_recommendation')).toMatchObject({ status: 'outstanding', required: 3, remaining: 3 });
    expect(item(check, 'training_recommendation').status).toBe('unknown');
    expect(item(check, 'training_recommendation').missingFacts).toEqual(['person.wantsTraining']);
    expect(item(ledgerServiceCheck({ ...willing, wantsTraining: false }, [], asOf), 'training_recommendation').status).toBe('not_owed');
  });

  it('says what is unknown rather than owed when willingness is not known', () => {
    const check = ledgerServiceCheck({}, [], asOf);
    expect(item(check, 'career_guidance')).toMatchObject({ status: 'unknown', missingFacts: ['person.ableToWork', 'person.wantsJob'] });
    expect(check.outstanding.map((o) => o.code)).not.toContain('career_guidance');
  });

  it('counts each job and course recommended, and ignores kinds it does not know', () => {
    const records = [
      record('job_recommendation', 'v1'),
      record('job_recommendation', 'v2'),
      record('course_recommendation', 'c1'),
      record('policy_briefing', 'chat'),
      record('career_guidance', 'case-1'),
      record('something_else', 'x'),
    ];
    const check = ledgerServiceCheck({ ...willing, wantsTraining: true }, records, asOf);
    expect(item(check, 'job_recommendation')).toMatchObject({ status: 'outstanding', delivered: 2, remaining: 1 });
    expect(item(check, 'training_recommendation')).toMatchObject({ delivered: 1, remaining: 2 });
    expect(item(check, 'policy_briefing').status).toBe('done');
    expect(item(check, 'career_guidance').status).toBe('done');
  });

  it('follows the ledger’s registration record: 7 working days from applying, overdue, then done late', () => {
    const due = addWorkingDays('2026-08-03', 7).date;
    const pending = ledgerServiceCheck(willing, [record('unemployment_registration', '2026-08-03', '2026-08-03', { dueOn: due })], asOf);
    expect(item(pending, 'unemployment_registration')).toMatchObject({ status: 'outstanding', dueBy: due, overdue: true, appliedOn: '2026-08-03' });
    const late = ledgerServiceCheck({ ...willing, registeredUnemployed: true }, [record('unemployment_registration', '2026-08-03', '2026-08-03', { dueOn: due, completedOn: '2026-08-20' })], asOf);
    expect(item(late, 'unemployment_registration')).toMatchObject({ status: 'done', remaining: 0, late: true, completedOn: '2026-08-20' });
    const onTime = ledgerServiceCheck({ ...willing, registeredUnemployed: true }, [record('unemployment_registration', '2026-08-03', '2026-08-03', { dueOn: due, completedOn: due })], asOf);
    expect(item(onTime, 'unemployment_registration').late).toBe(false);
  });

  it('marks policy help done benefit by benefit', () => {
    const graduate = { ...willing, isCollegeGraduate: true, graduationDate: '2026-06-30', hukou: 'chongqing' as const, dibaoFamily: true, poorFamilyGraduate: true, registeredUnemployed: true };
    const before = item(ledgerServiceCheck(graduate, [], asOf), 'policy_application_help');
    expect(before.pendingBenefits).toContain('job_search_startup_subsidy');
    const after = item(ledgerServiceCheck(graduate, [record('policy_application_help', 'job_search_startup_subsidy')], asOf), 'policy_application_help');
    expect(after.pendingBenefits).not.toContain('job_search_startup_subsidy');
  });
});

describe('what the proactive scan finds for one person', () => {
  const graduate = { ...willing, isCollegeGraduate: true, education: 'bachelor', graduationDate: '2026-06-30', hukou: 'chongqing', dibaoFamily: true, poorFamilyGraduate: true, registeredUnemployed: true };

  it('lists eligible benefits with the conditions met and their clause, and services owed under 2.4.1', () => {
    const findings = findingsFor(graduate, [], asOf);
    expect(findings).toContainEqual({ kind: 'benefit', code: 'job_search_startup_subsidy', clauseId: 'yb2022-38:2.5.3', reason: expect.stringContaining('离校求职创业补贴（500元/人）') });
    expect(findings).toContainEqual({ kind: 'service', code: 'job_recommendation', clauseId: 'yb2022-38:2.4.1', reason: expect.stringContaining('推荐就业岗位') });
    expect(findings.map((f) => f.code)).not.toContain('standard_service_package');
    expect(findings.map((f) => f.code)).not.toContain('policy_application_help');
  });

  it('drops a benefit once the person was helped to apply, and a service once delivered', () => {
    const records = [record('policy_application_help', 'job_search_startup_subsidy'), ...['a', 'b', 'c'].map((v) => record('job_recommendation', v))];
    const codes = findingsFor(graduate, records, asOf).map((f) => f.code);
    expect(codes).not.toContain('job_search_startup_subsidy');
    expect(codes).not.toContain('job_recommendation');
  });

  it('finds nothing to say for a person whose facts are unknown', () => {
    expect(findingsFor({}, [], asOf)).toEqual([]);
  });

  it('ignores a stored fact whose value no longer validates instead of failing', () => {
    expect(() => findingsFor({ ...graduate, hukou: 'mars' }, [], asOf)).not.toThrow();
  });
});
