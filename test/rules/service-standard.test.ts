import { describe, expect, it } from 'vitest';
import { addWorkingDays, checkServiceStandard, isWorkingDay, serviceStandard } from '../../server/rules/service-standard.ts';
import type { Person } from '../../server/rules/facts.ts';

describe('working days over the published holiday calendar', () => {
  it('knows holidays and 调休 make-up working days', () => {
    expect(isWorkingDay('2026-10-01')).toEqual({ working: false, known: true });
    expect(isWorkingDay('2026-10-10')).toEqual({ working: true, known: true }); // Saturday, make-up day
    expect(isWorkingDay('2025-01-26')).toEqual({ working: true, known: true }); // Sunday, make-up day
    expect(isWorkingDay('2026-11-28')).toEqual({ working: false, known: true }); // ordinary Saturday
    expect(isWorkingDay('2026-11-30')).toEqual({ working: true, known: true });
    expect(isWorkingDay('2023-01-02')).toEqual({ working: false, known: true });
  });
  it('treats years without a notice as Monday–Friday and says so', () => {
    expect(isWorkingDay('2027-01-01')).toEqual({ working: true, known: false });
    expect(isWorkingDay('2027-01-02')).toEqual({ working: false, known: false });
  });
  it('counts 7 working days across the National Day holiday and its make-up Saturday', () => {
    // Oct 1–7 off; Oct 8, 9, 10 (Sat, make-up), 12, 13, 14, 15.
    expect(addWorkingDays('2026-09-30', 7)).toMatchObject({ date: '2026-10-15', approximate: false });
  });
  it('counts across the 2026 Spring Festival with both make-up Saturdays', () => {
    // Feb 14 (Sat, make-up); Feb 15–23 off; Feb 24, 25, 26, 27, 28 (Sat, make-up), Mar 2.
    const due = addWorkingDays('2026-02-13', 7);
    expect(due).toMatchObject({ date: '2026-03-02', approximate: false });
    expect(due.refs[0]).toContain('2026年部分节假日安排');
  });
  it('does not count the day of application, and a plain week is 7 weekdays', () => {
    expect(addWorkingDays('2026-11-30', 7).date).toBe('2026-12-09');
    expect(addWorkingDays('2026-11-30', 0).date).toBe('2026-11-30');
  });
  it('flags a count that runs into a year without a notice', () => {
    expect(addWorkingDays('2026-12-28', 7)).toMatchObject({ date: '2027-01-06', approximate: true });
  });
});

describe('the service standard of 二（四）1', () => {
  const seeker: Person = { birthDate: '1998-03-01', ableToWork: true, wantsJob: true, employmentStatus: 'unemployed', isCollegeGraduate: true };
  const byCode = (e: ReturnType<typeof serviceStandard>) => Object.fromEntries(e.services.map((s) => [s.code, s]));

  it('owes a briefing, guidance, 3 jobs and registration to someone able and willing to work', () => {
    const s = byCode(serviceStandard({ ...seeker, wantsTraining: true, unemploymentRegistrationAppliedOn: '2026-09-30' }, '2026-10-09'));
    expect(s.policy_briefing).toMatchObject({ owed: true, minimum: 1, clauseId: 'yb2022-38:2.4.1' });
    expect(s.career_guidance).toMatchObject({ owed: true, minimum: 1 });
    expect(s.job_recommendation).toMatchObject({ owed: true, minimum: 3 });
    expect(s.training_recommendation).toMatchObject({ owed: true, minimum: 3 });
    expect(s.unemployment_registration).toMatchObject({ owed: true, dueBy: '2026-10-15', dueByApproximate: false });
    expect(s.unemployment_registration!.reasons.join()).toContain('2026-10-15');
    expect(s.policy_application_help!.owed).toBe(true);
    expect(s.policy_application_help!.benefits).toContain('internship_post');
  });

  it('leaves training courses unknown while the wish for training is unknown', () => {
    const s = byCode(serviceStandard(seeker, '2026-11-30'));
    expect(s.training_recommendation).toMatchObject({ owed: undefined, missingFacts: ['person.wantsTraining'] });
    expect(s.training_recommendation!.reasons.join()).toContain('至少3个培训课程');
    expect(s.unemployment_registration!.dueBy).toBeUndefined();
    expect(s.unemployment_registration!.reasons.join()).toContain('尚未申请失业登记');
  });

  it('owes no job-seeking services to someone who does not want work, and asks when unknown', () => {
    const none = byCode(serviceStandard({ ableToWork: true, wantsJob: false, wantsTraining: false }, '2026-11-30'));
    expect(none.policy_briefing!.owed).toBe(false);
    expect(none.training_recommendation!.owed).toBe(false);
    const open = byCode(serviceStandard({}, '2026-11-30'));
    expect(open.career_guidance).toMatchObject({ owed: undefined, missingFacts: ['person.ableToWork', 'person.wantsJob'] });
    expect(open.unemployment_registration!.owed).toBeUndefined();
    expect(open.policy_application_help!.owed).toBeUndefined();
  });

  it('does not owe registration to someone already registered', () => {
    const s = byCode(serviceStandard({ ...seeker, registeredUnemployed: true }, '2026-11-30'));
    expect(s.unemployment_registration!.owed).toBe(false);
  });

  it('owes no policy help when nothing is or could be granted', () => {
    const s = byCode(serviceStandard({ birthDate: '1940-01-01', gender: 'male', ableToWork: false, wantsJob: false, employmentStatus: 'employed', education: 'high_school', povertyAlleviated: false, registeredUnemployed: false, dibaoFamily: false, zeroEmploymentFamily: false, disabled: false, veteran: false, fromEliminatedCapacityEnterprise: false, migrantWorker: false, retiredFisher: false, hasBusiness: false, wantsStartup: false, wantsTraining: false, attendedVocationalTraining: false, hukou: 'chongqing', poorFamilyGraduate: false, payingSocialInsurance: false, passedFirstSkillAppraisal: false, certificate: 'none', receivingDibao: false }, '2026-11-30'));
    expect(s.policy_application_help).toMatchObject({ owed: false, minimum: 0, benefits: [] });
  });
});

describe('what is still owed', () => {
  const entitlement = serviceStandard(
    { birthDate: '1998-03-01', ableToWork: true, wantsJob: true, employmentStatus: 'unemployed', isCollegeGraduate: true, wantsTraining: true, unemploymentRegistrationAppliedOn: '2026-09-30' },
    '2026-10-20',
  );
  const item = (r: ReturnType<typeof checkServiceStandard>, code: string) => r.items.find((i) => i.code === code)!;

  it('lists everything as outstanding before anything is delivered, with registration overdue', () => {
    const r = checkServiceStandard(entitlement, []);
    expect(r.complete).toBe(false);
    expect(r.outstanding.map((i) => i.code)).toEqual(['unemployment_registration', 'policy_briefing', 'career_guidance', 'job_recommendation', 'training_recommendation', 'policy_application_help']);
    expect(item(r, 'unemployment_registration')).toMatchObject({ overdue: true, dueBy: '2026-10-15', remaining: 1 });
    expect(item(r, 'job_recommendation')).toMatchObject({ required: 3, delivered: 0, remaining: 3 });
  });

  it('counts deliveries, flags a late registration and names policies not yet helped with', () => {
    const r = checkServiceStandard(entitlement, [
      { code: 'unemployment_registration', on: '2026-10-16' },
      { code: 'policy_briefing' },
      { code: 'career_guidance', on: '2026-10-02' },
      { code: 'job_recommendation', count: 2 },
      { code: 'training_recommendation', count: 3 },
      { code: 'policy_application_help', benefit: 'internship_post' },
    ]);
    expect(item(r, 'unemployment_registration')).toMatchObject({ status: 'done', late: true });
    expect(item(r, 'job_recommendation')).toMatchObject({ status: 'outstanding', delivered: 2, remaining: 1 });
    expect(item(r, 'training_recommendation').status).toBe('done');
    expect(item(r, 'policy_application_help').pendingBenefits).not.toContain('internship_post');
    expect(r.complete).toBe(false);
  });

  it('is complete when every owed service is delivered on time', () => {
    const help = entitlement.services.find((s) => s.code === 'policy_application_help')!;
    const r = checkServiceStandard(entitlement, [
      { code: 'unemployment_registration', on: '2026-10-15' },
      { code: 'policy_briefing' },
      { code: 'career_guidance' },
      { code: 'job_recommendation', count: 3 },
      { code: 'training_recommendation', count: 3 },
      ...help.benefits!.map((benefit) => ({ code: 'policy_application_help' as const, benefit })),
    ]);
    expect(item(r, 'unemployment_registration')).toMatchObject({ status: 'done', late: false });
    expect(r.outstanding).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('keeps services unknown until the facts are known, unless already delivered', () => {
    const open = serviceStandard({}, '2026-11-30');
    const r = checkServiceStandard(open, [{ code: 'policy_briefing' }]);
    expect(item(r, 'career_guidance').status).toBe('unknown');
    expect(item(r, 'policy_briefing').status).toBe('done');
    expect(r.complete).toBe(false);
    const notOwed = checkServiceStandard(serviceStandard({ ableToWork: false, wantsJob: false, wantsTraining: false, registeredUnemployed: true }, '2026-11-30'), []);
    expect(item(notOwed, 'career_guidance').status).toBe('not_owed');
  });

  it('does not call a registration late when its date was not recorded', () => {
    const r = checkServiceStandard(entitlement, [{ code: 'unemployment_registration' }]);
    expect(item(r, 'unemployment_registration')).toMatchObject({ status: 'done', late: false });
  });

  it('does not call a registration overdue before its due date', () => {
    const early = serviceStandard({ birthDate: '1998-03-01', ableToWork: true, wantsJob: true, employmentStatus: 'unemployed', unemploymentRegistrationAppliedOn: '2026-11-30' }, '2026-11-30');
    expect(item(checkServiceStandard(early, []), 'unemployment_registration')).toMatchObject({ overdue: false, dueBy: '2026-12-09' });
  });
});
